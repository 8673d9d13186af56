package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.graph.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the Junyi file holds, so that the skill-graph tests' figures are explained by the data
 * (see {@code junyi/README.md}): 837 rows and 988 listed prerequisites, but 835 exercises, 979
 * distinct edges and one cycle.
 */
class JunyiGraphTest {

    private static final JunyiGraph JUNYI = JunyiGraph.load();

    @Test
    void theFileHoldsTheRawFiguresItIsKnownBy() {
        assertThat(JUNYI.rows()).hasSize(837);
        assertThat(JUNYI.rows().stream().mapToInt(row -> row.prerequisites().size()).sum()).isEqualTo(988);
    }

    @Test
    void twoExercisesAppearTwiceAndTwoRequireThemselves() {
        Map<String, Long> rowsPerName = JUNYI.rows().stream()
                .collect(Collectors.groupingBy(JunyiGraph.Row::name, Collectors.counting()));
        assertThat(rowsPerName).hasSize(835);
        assertThat(rowsPerName.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("matrix_mul_two", "matrix_app_fruit_oil");
        assertThat(JUNYI.rows().stream().filter(row -> row.prerequisites().contains(row.name())).map(JunyiGraph.Row::name))
                .containsExactlyInAnyOrder("proportions_1", "number_sense_length_l1");
    }

    @Test
    void everyPrerequisiteNamesAnExercise() {
        Set<String> names = JUNYI.rows().stream().map(JunyiGraph.Row::name).collect(Collectors.toSet());
        assertThat(JUNYI.rows().stream().flatMap(row -> row.prerequisites().stream())).allMatch(names::contains);
    }

    @Test
    void theGraphAsPublishedHasACycleOfThreeRadicalExercises() {
        Map<String, List<String>> graph = JUNYI.graph(false);

        assertThat(JunyiGraph.edges(graph)).isEqualTo(979);
        List<String> cycle = PrerequisiteGraph.findCycle(graph).orElseThrow();
        List<String> expected = JunyiGraph.DATA_CYCLE.stream().map(JUNYI::id).toList();
        List<String> twice = new ArrayList<>(expected);
        twice.addAll(expected);
        assertThat(Collections.indexOfSubList(twice, cycle.subList(0, cycle.size() - 1)))
                .as("%s is %s, each requiring the next", cycle, expected).isNotNegative();
    }

    @Test
    void withoutOneEdgeOfThatCycleItIsADirectedAcyclicGraph() {
        Map<String, List<String>> graph = JUNYI.graph(true);

        assertThat(graph).hasSize(835);
        assertThat(JunyiGraph.edges(graph)).isEqualTo(978);
        assertThat(PrerequisiteGraph.findCycle(graph)).isEmpty();
    }

    @Test
    void everyExerciseGetsItsOwnPackageId() {
        List<String> ids = JUNYI.rows().stream().map(JunyiGraph.Row::name).distinct().map(JUNYI::id).toList();

        assertThat(ids).hasSize(835).doesNotHaveDuplicates().allMatch(id -> id.matches("^[a-z0-9][a-z0-9-]{0,79}$"));
        assertThat(JUNYI.id("angle_types")).isEqualTo("angle-types");
        assertThat(List.of(JUNYI.id("angle types"), JUNYI.id("angle-types")))
                .containsExactlyInAnyOrder("angle-types-2", "angle-types-3");
    }
}
