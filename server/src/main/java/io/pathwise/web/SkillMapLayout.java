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

    /** A skill's place: its layer (0 for skills with no prerequisites) and position in the layer. */
    record Placed(SkillGraphView.Skill skill, int layer, int order, double x, double y) {
    }

    private SkillMapLayout() {
    }

    static List<Placed> layout(SkillGraphView graph) {
        Map<String, SkillGraphView.Skill> byKey = new HashMap<>();
        graph.skills().forEach(skill -> byKey.put(skill.key(), skill));
        Map<String, Integer> layers = new HashMap<>();
        graph.skills().forEach(skill -> layerOf(skill.key(), byKey, layers));

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
                    placed.add(new Placed(byKey.get(row.get(start + i)), layer, start + i, (i - offset) * COLUMN_WIDTH,
                            line * ROW_HEIGHT));
                }
                line++;
            }
        }
        return placed;
    }

    /** Longest path from a root, memoised; the graph is acyclic (the catalog guarantees it). */
    private static int layerOf(String key, Map<String, SkillGraphView.Skill> byKey, Map<String, Integer> layers) {
        Integer known = layers.get(key);
        if (known != null) {
            return known;
        }
        // Iterative deepening would be safer for very deep chains; prerequisite chains in real
        // courses are tens of skills deep at most (Junyi: under 30), far from the stack limit.
        int layer = 0;
        for (String prerequisite : byKey.get(key).prerequisites()) {
            if (byKey.containsKey(prerequisite)) {
                layer = Math.max(layer, layerOf(prerequisite, byKey, layers) + 1);
            }
        }
        layers.put(key, layer);
        return layer;
    }
}
