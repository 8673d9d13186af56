package io.pathwise.web;

import io.pathwise.catalog.SkillGraphView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a skill graph in layers for drawing: a skill sits one layer below its deepest
 * prerequisite, so every arrow points down the page; within a layer, skills are ordered by the
 * average position of their prerequisites (the barycenter heuristic), which keeps edges short and
 * crossings few. Layers wider than {@link #MAX_PER_ROW} wrap onto further rows. Computed on the
 * server so that 800 skills draw at once, without a layout engine in the browser.
 */
final class SkillMapLayout {

    static final int COLUMN_WIDTH = 190;
    static final int ROW_HEIGHT = 120;
    /** A wider layer wraps onto further rows, so that a graph with many roots stays readable. */
    static final int MAX_PER_ROW = 16;

    /** A skill's place on the map, in pixels before zooming. */
    record Placed(SkillGraphView.Skill skill, double x, double y) {
    }

    private SkillMapLayout() {
    }

    static List<Placed> layout(SkillGraphView graph) {
        Map<String, SkillGraphView.Skill> byKey = new HashMap<>();
        graph.skills().forEach(skill -> byKey.put(skill.key(), skill));
        Map<String, Integer> layers = layers(graph, byKey);

        int depth = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        graph.skills().forEach(skill -> rows.get(layers.get(skill.key())).add(skill.key()));

        Map<String, Double> position = new HashMap<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                position.put(row.get(i), (double) i);
            }
        }
        for (int layer = 1; layer < depth; layer++) {
            List<String> row = rows.get(layer);
            Map<String, Double> barycenter = new HashMap<>();
            for (String key : row) {
                barycenter.put(key, byKey.get(key).prerequisites().stream()
                        .mapToDouble(p -> position.getOrDefault(p, 0.0) - (rows.get(layers.get(p)).size() - 1) / 2.0)
                        .average().orElse(0));
            }
            row.sort(Comparator.comparingDouble(barycenter::get));
            for (int i = 0; i < row.size(); i++) {
                position.put(row.get(i), (double) i);
            }
        }
        List<Placed> placed = new ArrayList<>();
        int line = 0;
        for (int layer = 0; layer < depth; layer++) {
            List<String> row = rows.get(layer);
            for (int start = 0; start < row.size(); start += MAX_PER_ROW) {
                int width = Math.min(MAX_PER_ROW, row.size() - start);
                double offset = (width - 1) / 2.0;
                for (int i = 0; i < width; i++) {
                    placed.add(new Placed(byKey.get(row.get(start + i)), (i - offset) * COLUMN_WIDTH,
                            line * ROW_HEIGHT));
                }
                line++;
            }
        }
        return placed;
    }

    /**
     * Each skill's layer: the longest prerequisite chain below it. Computed in topological order
     * (Kahn's algorithm) rather than recursively, so a chain of any depth cannot overflow the
     * stack; the graph is acyclic, which the catalog guarantees.
     */
    private static Map<String, Integer> layers(SkillGraphView graph, Map<String, SkillGraphView.Skill> byKey) {
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (SkillGraphView.Skill skill : graph.skills()) {
            int known = 0;
            for (String prerequisite : skill.prerequisites()) {
                if (byKey.containsKey(prerequisite)) {
                    dependents.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(skill.key());
                    known++;
                }
            }
            waitingFor.put(skill.key(), known);
        }
        Map<String, Integer> layers = new HashMap<>();
        java.util.ArrayDeque<String> ready = new java.util.ArrayDeque<>();
        graph.skills().stream().filter(skill -> waitingFor.get(skill.key()) == 0)
                .forEach(skill -> {
                    layers.put(skill.key(), 0);
                    ready.add(skill.key());
                });
        while (!ready.isEmpty()) {
            String skill = ready.poll();
            for (String dependent : dependents.getOrDefault(skill, List.of())) {
                layers.merge(dependent, layers.get(skill) + 1, Math::max);
                if (waitingFor.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return layers;
    }
}
