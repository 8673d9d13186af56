package io.pathwise.pathways.partners;

import static io.pathwise.pathways.partners.PartnerMatcherTest.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sentence that says why a classmate is suggested: skill names both ways, never a figure. */
class PartnerReasonTest {

    private static final Classmate SAM = new Classmate(UUID.randomUUID(), "Sam", Set.of(), Set.of());

    @Test
    void mutualHelpNamesTheSkillsBothWays() {
        PartnerMatch match = new PartnerMatch(SAM, List.of(skill("adding", "Adding unlike fractions")),
                List.of(skill("equivalent", "Equivalent fractions")));

        assertThat(PartnerReason.of(match)).isEqualTo("Sam has mastered Adding unlike fractions, which you are working on; "
                + "you have mastered Equivalent fractions, which Sam is working on.");
    }

    @Test
    void oneWayHelpSaysWhoHelpsWhom() {
        assertThat(PartnerReason.of(new PartnerMatch(SAM, List.of(skill("a", "Ratios"), skill("b", "Decimals")), List.of())))
                .isEqualTo("Sam has mastered Ratios and Decimals, which you are working on.");
        assertThat(PartnerReason.of(new PartnerMatch(SAM, List.of(), List.of(skill("a", "Ratios")))))
                .isEqualTo("You have mastered Ratios, which Sam is working on.");
    }

    @Test
    void manySkillsAreNamedUpToThreeAndCountedBeyond() {
        assertThat(PartnerReason.names(List.of(skill("a", "A"), skill("b", "B"), skill("c", "C")))).isEqualTo("A, B and C");
        assertThat(PartnerReason.names(List.of(skill("a", "A"), skill("b", "B"), skill("c", "C"), skill("d", "D"))))
                .isEqualTo("A, B, C and 1 more skill");
        assertThat(PartnerReason.names(List.of(skill("a", "A"), skill("b", "B"), skill("c", "C"), skill("d", "D"),
                skill("e", "E")))).isEqualTo("A, B, C and 2 more skills");
    }
}
