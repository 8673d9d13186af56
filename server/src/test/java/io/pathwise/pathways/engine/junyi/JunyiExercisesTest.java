package io.pathwise.pathways.engine.junyi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pathwise.pathways.engine.SkillGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Junyi Academy exercise table (test resource {@code junyi/junyi-exercises.csv}, source in the
 * README beside it: Junyi Academy, PSLC DataShop dataset 1198) read into the recommender's graph.
 */
class JunyiExercisesTest {

    private static final JunyiExercises JUNYI = load();

    @Test
    void readsEveryRowAndEveryListedPrerequisite() {
        assertThat(JUNYI.rows()).hasSize(837);
        assertThat(JUNYI.rows().stream().mapToInt(row -> row.prerequisites().size()).sum()).isEqualTo(988);
        assertThat(JUNYI.exercises()).hasSize(835);
    }

    @Test
    void refusesTheGraphAsPublishedNamingItsCycle() {
        assertThatThrownBy(() -> JUNYI.skillGraph(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prerequisites form a cycle")
                .hasMessageContaining("simplifying_radicals")
                .hasMessageContaining("radical_multiplication_and_division")
                .hasMessageContaining("adding_and_subtracting_radicals");
    }

    @Test
    void withoutTheEdgeThatClosesTheCycleItIsAGraphOf835SkillsAnd978Edges() {
        SkillGraph graph = JUNYI.skillGraph(Set.of(JunyiExercises.CYCLE_EDGE));

        assertThat(graph.size()).isEqualTo(835);
        assertThat(graph.edgeCount()).isEqualTo(978);
        assertThat(graph.dependentsOf("simplifying_radicals"))
                .contains("adding_and_subtracting_radicals", "multiplying_radicals", "radical_equations");
        assertThat(graph.skill(graph.indexOf("circles_and_arcs")).name()).isEqualTo("圓與弧");
    }

    @Test
    void everySkillComesAfterItsPrerequisitesInCourseOrder() {
        SkillGraph graph = JUNYI.skillGraph(Set.of(JunyiExercises.CYCLE_EDGE));

        for (int s = 0; s < graph.size(); s++) {
            for (String prerequisite : graph.skill(s).prerequisites()) {
                assertThat(graph.rank(graph.indexOf(prerequisite))).isLessThan(graph.rank(s));
            }
        }
    }

    @Test
    void findsColumnsByNameAndRefusesAFileWithoutOne() throws IOException {
        String reordered = "\uFEFFtopic,area,name,live,prerequisites,seconds_per_fast_problem,pretty_display_name\n"
                + "t,a,second,TRUE,\"first\",7,Second\n"
                + "t,a,first,TRUE,,5,\n";
        String missing = "name,live,prerequisites\nfirst,TRUE,\n";

        SkillGraph graph = JunyiExercises.read(stream(reordered)).skillGraph(Set.of());

        assertThat(graph.keysInCourseOrder()).containsExactly("first", "second");
        assertThat(graph.skill(graph.indexOf("first")).name()).as("a blank display name").isEqualTo("first");
        assertThatThrownBy(() -> JunyiExercises.read(stream(missing)))
                .hasMessageContaining("no 'seconds_per_fast_problem' column");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JunyiExercises load() {
        try (InputStream in = JunyiExercisesTest.class.getResourceAsStream("/junyi/junyi-exercises.csv")) {
            return JunyiExercises.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
