package io.pathwise.pathways.engine;

import static io.pathwise.pathways.engine.Fractions.learner;
import static io.pathwise.pathways.engine.Fractions.right;
import static io.pathwise.pathways.engine.Fractions.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private final Recommender recommender = new Recommender(RecommendationPolicy.DEFAULTS);

    @Test
    void startsANewLearnerOnTheSkillThatNeedsNothingBeforeIt() {
        List<Recommendation> recommendations = recommend(learner().build());

        assertThat(recommendations).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecommendationKind.LEARN);
            assertThat(r.skill()).isEqualTo("fractions");
            assertThat(r.reason()).isEqualTo(
                    "Fractions needs no earlier skill, so you can start it now; you have not practised it yet.");
        });
    }

    @Test
    void recommendsTheNextSkillOnceItsPrerequisitesAreMastered() {
        List<Recommendation> before = recommend(learner().known("fractions", 0.9, right(), right()).build());
        List<Recommendation> after = recommend(learner().mastered("fractions").build());

        assertThat(before).extracting(Recommendation::skill).containsExactly("fractions");
        assertThat(after).extracting(Recommendation::skill).containsExactly("adding-like", "equivalent");
        assertThat(after).allSatisfy(r -> assertThat(r.kind()).isEqualTo(RecommendationKind.LEARN));
    }

    @Test
    void holdsBackASkillUntilAllItsPrerequisitesAreMastered() {
        LearnerState halfway = learner().mastered("fractions", "equivalent").known("adding-like", 0.9).build();

        assertThat(recommend(halfway)).extracting(Recommendation::skill)
                .containsExactlyInAnyOrder("adding-like", "comparing")
                .doesNotContain("adding-unlike");
    }

    @Test
    void usesTheMasteryThresholdOfThePolicy() {
        LearnerState learner = learner().known("fractions", 0.9).build();
        Recommender lenient = new Recommender(RecommendationPolicy.DEFAULTS.withMasteryThreshold(0.85));

        assertThat(lenient.recommend(Fractions.COURSE, learner)).extracting(Recommendation::skill)
                .containsExactly("adding-like", "equivalent");
    }

    @Test
    void recommendsMasteredSkillsOnlyAsReviewsThatAreDue() {
        LearnerState notDue = learner().mastered("fractions", "equivalent", "adding-like", "comparing").build();
        LearnerState due = learner().mastered("fractions", "equivalent", "adding-like", "comparing")
                .due("equivalent", 0.8).build();

        assertThat(recommend(notDue)).extracting(Recommendation::skill).containsExactly("adding-unlike");
        assertThat(recommend(due)).extracting(Recommendation::kind, Recommendation::skill).containsExactly(
                tuple(RecommendationKind.LEARN, "adding-unlike"),
                tuple(RecommendationKind.REVIEW, "equivalent"));
    }

    @Test
    void interleavesADueReviewAmongTheFirstThree() {
        Recommender six = new Recommender(RecommendationPolicy.DEFAULTS.withMaxRecommendations(6));
        LearnerState learner = learner().mastered("fractions", "equivalent")
                .known("adding-like", 0.5, right(), wrong()).known("comparing", 0.7, right(), right())
                .due("fractions", 0.85).due("equivalent", 0.6).build();

        List<Recommendation> recommendations = six.recommend(Fractions.COURSE, learner);

        assertThat(recommendations).extracting(Recommendation::kind).containsExactly(RecommendationKind.LEARN,
                RecommendationKind.LEARN, RecommendationKind.REVIEW, RecommendationKind.REVIEW);
        assertThat(recommendations.subList(2, 4)).extracting(Recommendation::skill)
                .as("least remembered first").containsExactly("equivalent", "fractions");
        assertThat(recommendations.get(2).reason()).isEqualTo("You mastered Equivalent fractions and it is due for"
                + " review: you would now remember it about 60% of the time, and a short practice keeps it fresh.");
    }

    @Test
    void putsDueReviewsFirstWhenThePolicyAsks() {
        Recommender reviewsFirst = new Recommender(RecommendationPolicy.DEFAULTS.withLearnBetweenReviews(0));
        LearnerState learner = learner().mastered("fractions").due("fractions", 0.7).build();

        assertThat(reviewsFirst.recommend(Fractions.COURSE, learner)).extracting(Recommendation::kind)
                .containsExactly(RecommendationKind.REVIEW, RecommendationKind.LEARN, RecommendationKind.LEARN);
    }

    /** The engine stops choosing reviews once it has enough to show: what it shows must not change. */
    @Test
    void showsTheLeastRememberedWhenMoreReviewsAreDueThanFit() {
        Recommender two = new Recommender(RecommendationPolicy.DEFAULTS.withMaxRecommendations(2).withLearnBetweenReviews(0));
        LearnerState learner = learner().mastered("fractions", "equivalent", "adding-like", "comparing")
                .due("fractions", 0.8).due("equivalent", 0.5).due("adding-like", 0.9).due("comparing", 0.6).build();

        assertThat(two.recommend(Fractions.COURSE, learner)).extracting(Recommendation::kind, Recommendation::skill)
                .containsExactly(tuple(RecommendationKind.REVIEW, "equivalent"), tuple(RecommendationKind.REVIEW, "comparing"));
    }

    @Test
    void choosesTheDifficultyThatKeepsExpectedSuccessInTheBand() {
        Recommendation beginner = only(recommend(learner().known("fractions", 0.3, wrong()).build()));
        Recommendation nearlyThere = only(recommend(learner().known("fractions", 0.9, right()).build()));

        assertThat(beginner.activity().difficulty()).isEqualTo(1);
        assertThat(nearlyThere.activity().difficulty()).isEqualTo(3);
        assertThat(List.of(beginner.expectedSuccess(), nearlyThere.expectedSuccess()))
                .allSatisfy(success -> assertThat(success).isBetween(0.70, 0.85));
    }

    @Test
    void choosesTheDifficultyClosestToTheBandWhenNoneFallsInIt() {
        Recommendation r = only(recommend(learner().known("fractions", 0.6, right()).build()));

        // Expected success is 85.1% at difficulty 1 and 62% at 3: the first is closer to the band.
        assertThat(r.activity().key()).isEqualTo("fractions-1");
        assertThat(r.expectedSuccess()).isCloseTo(0.851, within(0.001));
    }

    @Test
    void followsAConfiguredBand() {
        Recommender harder = new Recommender(RecommendationPolicy.DEFAULTS.withBand(SuccessBand.between(0.35, 0.5)));

        Recommendation r = only(harder.recommend(Fractions.COURSE, learner().known("fractions", 0.3).build()));

        assertThat(r.activity().key()).isEqualTo("fractions-3");
    }

    @Test
    void theReasonNamesTheMasteredPrerequisitesAndTheRecentRecord() {
        LearnerState learner = learner().mastered("fractions", "equivalent", "adding-like", "comparing")
                .known("adding-unlike", 0.6, right(), right(), wrong(), right(), wrong(), right(), right()).build();

        Recommendation r = only(recommend(learner));

        assertThat(r.reason()).isEqualTo("You have mastered Equivalent fractions and Adding like fractions; Adding"
                + " unlike fractions builds on them; 3 of your last 5 answers were right.");
    }

    @Test
    void theReasonForASkillWithOnePrerequisiteSaysItBuildsOnIt() {
        LearnerState learner = learner().mastered("fractions", "equivalent", "adding-like", "adding-unlike").build();

        assertThat(only(recommend(learner)).reason()).isEqualTo("You have mastered Equivalent fractions; Comparing"
                + " fractions builds on it; you have not practised it yet.");
    }

    @Test
    void ranksStartedSkillsClosestToMasteryFirstThenNewSkillsDeepestFirst() {
        LearnerState learner = learner().mastered("fractions", "equivalent")
                .known("adding-like", 0.5, right()).build();
        LearnerState twoStarted = learner().mastered("fractions", "equivalent")
                .known("adding-like", 0.5, right()).known("comparing", 0.8, right()).build();
        LearnerState noneStarted = learner().mastered("fractions", "equivalent").build();

        assertThat(recommend(learner)).extracting(Recommendation::skill).containsExactly("adding-like", "comparing");
        assertThat(recommend(twoStarted)).extracting(Recommendation::skill).containsExactly("comparing", "adding-like");
        assertThat(recommend(noneStarted)).extracting(Recommendation::skill)
                .containsExactly("comparing", "adding-like");
    }

    @Test
    void breaksTiesByKey() {
        SkillGraph graph = SkillGraph.of(List.of(new Skill("b", "B", List.of()), new Skill("a", "A", List.of()),
                new Skill("c", "C", List.of())));
        Course course = Course.of(graph, List.of(new Activity("z", "Z", "practice", List.of("b"), 1, Support.NONE),
                new Activity("y2", "Y", "practice", List.of("a"), 1, Support.NONE),
                new Activity("y1", "Y", "practice", List.of("a"), 1, Support.NONE),
                new Activity("x", "X", "practice", List.of("c"), 1, Support.NONE)));

        List<Recommendation> recommendations = recommender.recommend(course,
                new LearnerState(Map.of(), Fractions.UNSEEN, List.of()));

        assertThat(recommendations).extracting(r -> r.activity().key()).containsExactly("y1", "z", "x");
    }

    @Test
    void neverRecommendsAnActivityThatAlsoTeachesALockedSkill() {
        SkillGraph graph = SkillGraph.of(List.of(new Skill("a", "A", List.of()), new Skill("b", "B", List.of("a"))));
        Course course = Course.of(graph, List.of(
                new Activity("a-and-b", "A and B", "practice", List.of("a", "b"), 1, Support.NONE),
                new Activity("a-only", "A", "practice", List.of("a"), 3, Support.NONE)));

        List<Recommendation> recommendations = recommender.recommend(course,
                new LearnerState(Map.of(), Fractions.UNSEEN, List.of()));

        assertThat(recommendations).extracting(r -> r.activity().key()).containsExactly("a-only");
    }

    @Test
    void givesTheSameListForTheSameState() {
        LearnerState learner = learner().mastered("fractions", "equivalent")
                .known("adding-like", 0.5, right(), wrong(), wrong(), wrong()).due("fractions", 0.8).build();

        assertThat(recommend(learner)).isEqualTo(recommend(learner));
    }

    private List<Recommendation> recommend(LearnerState learner) {
        return recommender.recommend(Fractions.COURSE, learner);
    }

    private static Recommendation only(List<Recommendation> recommendations) {
        assertThat(recommendations).hasSize(1);
        return recommendations.get(0);
    }
}
