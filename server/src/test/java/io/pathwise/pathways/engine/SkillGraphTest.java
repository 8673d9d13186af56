package io.pathwise.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillGraphTest {

    @Test
    void rejectsACycleNamingItsSkillsInOrder() {
        List<Skill> skills = List.of(new Skill("start", "Start", List.of()),
                new Skill("a", "A", List.of("start", "c")),
                new Skill("b", "B", List.of("a")),
                new Skill("c", "C", List.of("b")));

        assertThatThrownBy(() -> SkillGraph.of(skills)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prerequisites form a cycle: a → c → b → a (each skill requires the next)");
    }

    @Test
    void rejectsASkillThatIsItsOwnPrerequisite() {
        assertThatThrownBy(() -> SkillGraph.of(List.of(new Skill("a", "A", List.of("a")))))
                .hasMessage("skill 'a' cannot be its own prerequisite");
    }

    @Test
    void rejectsAnUnknownPrerequisiteAndASkillDefinedTwice() {
        assertThatThrownBy(() -> SkillGraph.of(List.of(new Skill("a", "A", List.of("z")))))
                .hasMessage("skill 'a' names an unknown prerequisite 'z'");
        assertThatThrownBy(() -> SkillGraph.of(List.of(new Skill("a", "A", List.of()), new Skill("a", "B", List.of()))))
                .hasMessage("skill 'a' is defined twice");
    }

    @Test
    void putsEverySkillAfterItsPrerequisitesInCourseOrder() {
        SkillGraph graph = Fractions.GRAPH;

        assertThat(graph.keysInCourseOrder())
                .containsExactly("fractions", "adding-like", "equivalent", "adding-unlike", "comparing");
        assertThat(graph.level(graph.indexOf("adding-unlike"))).isEqualTo(2);
        assertThat(graph.edgeCount()).isEqualTo(5);
    }

    @Test
    void knowsTheSkillsThatBuildOnEachSkill() {
        assertThat(Fractions.GRAPH.dependentsOf("equivalent")).containsExactly("comparing", "adding-unlike");
        assertThat(Fractions.GRAPH.dependentsOf("comparing")).isEmpty();
    }

    @Test
    void aCourseRejectsAnActivityOnAnUnknownSkillOrAKeyUsedTwice() {
        Activity stray = new Activity("stray", "Stray", "practice", List.of("decimals"), 2, Support.NONE);
        Activity once = Fractions.practice("fractions", 1);

        assertThatThrownBy(() -> Course.of(Fractions.GRAPH, List.of(stray)))
                .hasMessage("activity 'stray' names an unknown skill 'decimals'");
        assertThatThrownBy(() -> Course.of(Fractions.GRAPH, List.of(once, once)))
                .hasMessage("activity 'fractions-1' is defined twice");
    }

    @Test
    void anActivityNeedsADifficultyFromOneToFive() {
        assertThatThrownBy(() -> new Activity("x", "X", "practice", List.of("fractions"), 6, Support.NONE))
                .hasMessageContaining("difficulty of activity 'x' must be from 1 to 5");
    }
}
