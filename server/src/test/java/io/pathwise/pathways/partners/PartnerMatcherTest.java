package io.pathwise.pathways.partners;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.SkillGraphView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ranking classmates as study partners from mastered and started skills: who complements whom,
 * mutual help first, only those who opted in, never the learner themself, always in the same order.
 */
class PartnerMatcherTest {

    // Two chains and a lone skill: equivalent → adding → mixed; decimals → percent; ratios.
    private static final SkillGraphView GRAPH = new SkillGraphView(List.of(
            skill("equivalent", "Equivalent fractions"),
            skill("adding", "Adding unlike fractions", "equivalent"),
            skill("mixed", "Mixed numbers", "adding"),
            skill("decimals", "Decimals"),
            skill("percent", "Percentages", "decimals"),
            skill("ratios", "Ratios")));

    private final PartnerMatcher matcher = new PartnerMatcher(GRAPH);

    @Test
    void aLearnerWorksOnSkillsTheyStartedOrAreReadyForButHaveNotMastered() {
        Classmate learner = learner("Lee", Set.of("equivalent"), Set.of("equivalent", "percent"));

        // adding: ready (its prerequisite is mastered); percent: started although decimals is not
        // mastered; decimals and ratios: ready, having no prerequisites; mixed: neither.
        assertThat(matcher.workingOn(learner)).containsExactlyInAnyOrder("adding", "percent", "decimals", "ratios");
    }

    @Test
    void aClassmateWhoMasteredWhatTheLearnerIsWorkingOnIsSuggestedForThoseSkills() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        Classmate sam = learner("Sam", Set.of("equivalent", "adding", "decimals"), Set.of());

        List<PartnerMatch> matches = matcher.rank(lee, List.of(lee, sam), optedIn(lee, sam), 5);

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).classmate()).isEqualTo(sam);
        // Lee is not ready for adding (equivalent is not mastered) and has not started it.
        assertThat(keys(matches.get(0).canHelpYouWith())).containsExactly("equivalent", "decimals");
        assertThat(matches.get(0).youCanHelpWith()).isEmpty();
        assertThat(matches.get(0).mutual()).isFalse();
    }

    @Test
    void theSameClassmatesSeeEachOtherTheOtherWayRound() {
        Classmate lee = learner("Lee", Set.of("decimals"), Set.of());
        Classmate sam = learner("Sam", Set.of("equivalent"), Set.of());

        PartnerMatch forLee = matcher.rank(lee, List.of(sam), optedIn(lee, sam), 5).get(0);
        PartnerMatch forSam = matcher.rank(sam, List.of(lee), optedIn(lee, sam), 5).get(0);

        assertThat(keys(forLee.canHelpYouWith())).containsExactly("equivalent");
        assertThat(keys(forLee.youCanHelpWith())).containsExactly("decimals");
        assertThat(forSam.canHelpYouWith()).isEqualTo(forLee.youCanHelpWith());
        assertThat(forSam.youCanHelpWith()).isEqualTo(forLee.canHelpYouWith());
        assertThat(forLee.mutual()).isTrue();
    }

    @Test
    void mutualHelpRanksAboveOneWayHelpWithMoreSkills() {
        Classmate lee = learner("Lee", Set.of("decimals"), Set.of());
        // Mutual: Mia gives equivalent, takes decimals (2 skills).
        Classmate mia = learner("Mia", Set.of("equivalent"), Set.of());
        // One way: Oli gives equivalent, percent and ratios (3 skills) and needs nothing Lee has.
        Classmate oli = learner("Oli", Set.of("equivalent", "decimals", "percent", "ratios"), Set.of());

        List<PartnerMatch> matches = matcher.rank(lee, List.of(oli, mia), optedIn(lee, mia, oli), 5);

        assertThat(matches).extracting(m -> m.classmate().displayName()).containsExactly("Mia", "Oli");
        assertThat(matches.get(0).mutual()).isTrue();
        assertThat(matches.get(1).skills()).isEqualTo(3);
    }

    @Test
    void withoutMutualHelpTheClassmateWithMoreSkillsToShareComesFirst() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        Classmate ada = learner("Ada", Set.of("ratios"), Set.of());
        Classmate zoe = learner("Zoe", Set.of("ratios", "decimals", "equivalent"), Set.of());

        List<PartnerMatch> matches = matcher.rank(lee, List.of(ada, zoe), optedIn(lee, ada, zoe), 5);

        assertThat(matches).extracting(m -> m.classmate().displayName()).containsExactly("Zoe", "Ada");
    }

    @Test
    void classmatesWhoDidNotOptInAreNeverSuggested() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        Classmate sam = learner("Sam", Set.of("equivalent"), Set.of());
        Classmate kim = learner("Kim", Set.of("equivalent", "decimals", "ratios"), Set.of());

        List<PartnerMatch> matches = matcher.rank(lee, List.of(sam, kim), optedIn(lee, sam), 5);

        assertThat(matches).extracting(PartnerMatch::classmate).containsExactly(sam);
    }

    @Test
    void aLearnerWhoDidNotOptInGetsNoSuggestions() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        Classmate sam = learner("Sam", Set.of("equivalent"), Set.of());

        assertThat(matcher.rank(lee, List.of(sam), optedIn(sam), 5)).isEmpty();
    }

    @Test
    void theLearnerIsNeverTheirOwnPartner() {
        Classmate lee = learner("Lee", Set.of("equivalent"), Set.of("adding"));
        Classmate sameLee = new Classmate(lee.userId(), "Lee", Set.of("adding", "equivalent"), Set.of());

        assertThat(matcher.rank(lee, List.of(lee, sameLee), optedIn(lee), 5)).isEmpty();
    }

    @Test
    void classmatesWithNothingToGiveOrTakeAreLeftOut() {
        Classmate lee = learner("Lee", Set.of("equivalent"), Set.of());
        // Same mastery as Lee: Lee's next skills are Sam's too, and neither has mastered them.
        Classmate sam = learner("Sam", Set.of("equivalent"), Set.of());
        // Mastered mixed numbers, which Lee is neither ready for nor has started.
        Classmate kim = learner("Kim", Set.of("equivalent", "mixed"), Set.of());

        assertThat(matcher.rank(lee, List.of(sam, kim), optedIn(lee, sam, kim), 5)).isEmpty();
    }

    @Test
    void equalCandidatesComeInTheSameOrderWhateverOrderTheyArriveIn() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        List<Classmate> classmates = new ArrayList<>();
        for (String name : List.of("bo", "Al", "Cy", "al", "Al")) {
            classmates.add(learner(name, Set.of("ratios"), Set.of()));
        }
        Set<UUID> optedIn = new java.util.HashSet<>(classmates.stream().map(Classmate::userId).toList());
        optedIn.add(lee.userId());
        List<PartnerMatch> first = matcher.rank(lee, classmates, optedIn, 5);

        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<Classmate> shuffled = new ArrayList<>(classmates);
            Collections.shuffle(shuffled, random);
            assertThat(matcher.rank(lee, shuffled, optedIn, 5)).isEqualTo(first);
        }
        // By name ignoring case, then by name, then by id.
        assertThat(first).extracting(m -> m.classmate().displayName()).containsExactly("Al", "Al", "al", "bo", "Cy");
        assertThat(first.get(0).classmate().userId()).isLessThan(first.get(1).classmate().userId());
    }

    @Test
    void atMostTheLimitIsListedBestFirst() {
        Classmate lee = learner("Lee", Set.of(), Set.of());
        List<Classmate> classmates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            classmates.add(learner("Classmate " + i, i == 6 ? Set.of("ratios", "decimals") : Set.of("ratios"), Set.of()));
        }
        Set<UUID> optedIn = new java.util.HashSet<>(classmates.stream().map(Classmate::userId).toList());
        optedIn.add(lee.userId());

        List<PartnerMatch> matches = matcher.rank(lee, classmates, optedIn, 5);

        assertThat(matches).hasSize(5);
        assertThat(matches.get(0).classmate().displayName()).isEqualTo("Classmate 6");
    }

    /**
     * On random graphs and classmates, each partner's skills are exactly what the definition gives
     * when every skill of the course is checked: the matcher looks only at mastered skills.
     */
    @Test
    void eachPartnersSkillsAreThoseTheDefinitionGivesOverEverySkill() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<SkillGraphView.Skill> skills = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                List<String> prerequisites = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(10) == 0) {
                        prerequisites.add("s" + j);
                    }
                }
                skills.add(skill("s" + i, "Skill " + i, prerequisites.toArray(String[]::new)));
            }
            SkillGraphView graph = new SkillGraphView(skills);
            PartnerMatcher randomMatcher = new PartnerMatcher(graph);
            List<Classmate> classmates = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                // A skill of an earlier revision ("gone") too, which no one can give or be given.
                classmates.add(learner("C" + c, randomKeys(random, 40, 3), randomKeys(random, 40, 5)));
            }
            Classmate lee = classmates.get(0);
            Set<UUID> everyone = optedIn(classmates.toArray(Classmate[]::new));

            for (PartnerMatch match : randomMatcher.rank(lee, classmates, everyone, 100)) {
                Classmate other = match.classmate();
                assertThat(keys(match.canHelpYouWith())).isEqualTo(skills.stream().map(SkillGraphView.Skill::key)
                        .filter(k -> other.mastered().contains(k) && randomMatcher.workingOn(lee).contains(k)).toList());
                assertThat(keys(match.youCanHelpWith())).isEqualTo(skills.stream().map(SkillGraphView.Skill::key)
                        .filter(k -> lee.mastered().contains(k) && randomMatcher.workingOn(other).contains(k)).toList());
            }
            long withSomething = classmates.stream().skip(1).filter(other -> skills.stream().map(SkillGraphView.Skill::key)
                    .anyMatch(k -> other.mastered().contains(k) && randomMatcher.workingOn(lee).contains(k)
                            || lee.mastered().contains(k) && randomMatcher.workingOn(other).contains(k)))
                    .count();
            assertThat(randomMatcher.rank(lee, classmates, everyone, 100)).hasSize((int) withSomething);
        }
    }

    /** Each of the {@code count} skills s0.. with probability 1 in {@code oneIn}, and "gone" sometimes. */
    private static Set<String> randomKeys(Random random, int count, int oneIn) {
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(oneIn) == 0) {
                keys.add("s" + i);
            }
        }
        if (random.nextBoolean()) {
            keys.add("gone");
        }
        return keys;
    }

    private static Classmate learner(String name, Set<String> mastered, Set<String> started) {
        return new Classmate(UUID.randomUUID(), name, mastered, started);
    }

    private static Set<UUID> optedIn(Classmate... learners) {
        return java.util.Arrays.stream(learners).map(Classmate::userId).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> keys(List<SkillGraphView.Skill> skills) {
        return skills.stream().map(SkillGraphView.Skill::key).toList();
    }

    static SkillGraphView.Skill skill(String key, String name, String... prerequisites) {
        return new SkillGraphView.Skill(UUID.nameUUIDFromBytes(key.getBytes()), key, name, "", List.of(prerequisites));
    }
}
