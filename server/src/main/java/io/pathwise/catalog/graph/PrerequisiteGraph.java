package io.pathwise.catalog.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that prerequisite edges form a directed acyclic graph. The search is iterative, so a deep
 * chain of prerequisites cannot overflow the stack.
 */
public final class PrerequisiteGraph {

    private PrerequisiteGraph() {
    }

    /**
     * Finds a cycle, if there is one.
     *
     * @param prerequisites for each skill, the skills it requires (unknown ids are ignored)
     * @return the skills of one cycle in order, the first repeated at the end
     *         ({@code [a, b, c, a]}: a requires b, b requires c, c requires a)
     */
    public static Optional<List<String>> findCycle(Map<String, List<String>> prerequisites) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (String start : prerequisites.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> next = new ArrayDeque<>();
            path.push(start);
            next.push(prerequisites.getOrDefault(start, List.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<String> edges = next.peek();
                if (!edges.hasNext()) {
                    state.put(path.pop(), 2);
                    next.pop();
                    continue;
                }
                String target = edges.next();
                if (!prerequisites.containsKey(target)) {
                    continue;
                }
                Integer seen = state.get(target);
                if (seen == null) {
                    state.put(target, 1);
                    path.push(target);
                    next.push(prerequisites.getOrDefault(target, List.of()).iterator());
                } else if (seen == 1) {
                    return Optional.of(cycleEndingAt(path, target));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> cycleEndingAt(Deque<String> path, String target) {
        List<String> fromTop = new ArrayList<>(path); // top of the stack first: newest node first
        Collections.reverse(fromTop);
        List<String> cycle = new ArrayList<>(fromTop.subList(fromTop.indexOf(target), fromTop.size()));
        cycle.add(target);
        return cycle;
    }

    /** Renders a cycle as {@code a → b → c → a}. */
    public static String describe(List<String> cycle) {
        return String.join(" → ", cycle);
    }
}
