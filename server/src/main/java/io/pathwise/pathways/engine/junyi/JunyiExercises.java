package io.pathwise.pathways.engine.junyi;

import io.pathwise.pathways.engine.Skill;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.shared.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Junyi Academy exercise table ({@code junyi-exercises.csv}, PSLC DataShop dataset 1198) as a
 * skill graph, for tests and benchmarks of the recommender at a real course's size.
 *
 * <p>The file is known as "837 exercises, 988 prerequisite edges", which are its raw counts: 837
 * rows and 988 names in the {@code prerequisites} column. As a graph it has 835 exercises (two
 * appear on two rows each), 2 self-references, 7 repeated entries, and one cycle,
 * {@link #CYCLE_EDGE}'s. {@link #skillGraph(Set)} merges the repeated rows, drops self-references
 * and repeated entries (they order nothing), and drops only the edges it is told to drop; so the
 * graph as published is refused with its cycle named, and without {@link #CYCLE_EDGE} it is a DAG
 * of 835 skills and 978 edges.
 *
 * <p>Format: UTF-8 (with or without a byte-order mark), RFC 4180 CSV with a header line; the
 * columns used ({@code name}, {@code prerequisites}, {@code seconds_per_fast_problem},
 * {@code pretty_display_name}, {@code topic}, {@code area}, {@code live}) are found by name.
 */
public final class JunyiExercises {

    /**
     * The edge that closes the data's one cycle ({@code simplifying_radicals} → {@code
     * radical_multiplication_and_division} → {@code adding_and_subtracting_radicals} → {@code
     * simplifying_radicals}): "simplifying radicals requires multiplying and dividing them". It is the
     * one to drop because everywhere else in the graph simplifying radicals comes before
     * operations on them, and the exercise it names was created two years after the row that lists it.
     */
    public static final Prerequisite CYCLE_EDGE = new Prerequisite("simplifying_radicals",
            "radical_multiplication_and_division");

    /** "{@code skill} requires {@code requires}", by exercise name. */
    public record Prerequisite(String skill, String requires) {

        public Prerequisite {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(requires, "requires");
        }
    }

    /**
     * One row as written.
     *
     * @param prerequisites       the names in its {@code prerequisites} column, repeats included
     * @param secondsPerFastProblem Junyi's time for a fast answer on the exercise, in seconds
     */
    public record Row(String name, boolean live, List<String> prerequisites, double secondsPerFastProblem,
            String displayName, String topic, String area) {
    }

    private static final List<String> COLUMNS = List.of("name", "live", "prerequisites", "seconds_per_fast_problem",
            "pretty_display_name", "topic", "area");

    private final List<Row> rows;

    private JunyiExercises(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * Reads the table (not closing the stream).
     *
     * @throws IllegalArgumentException naming the line of a malformed row or a missing column
     */
    public static JunyiExercises read(InputStream in) throws IOException {
        List<CsvReader.Record> records = CsvReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty: a header line is expected");
        }
        List<String> header = records.get(0).fields();
        Map<String, Integer> column = new HashMap<>();
        for (String name : COLUMNS) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("the header has no '" + name + "' column: " + header);
            }
            column.put(name, index);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            if (f.size() != header.size()) {
                throw new IllegalArgumentException("line " + record.line() + ": " + f.size()
                        + " fields, the header has " + header.size());
            }
            String listed = f.get(column.get("prerequisites"));
            List<String> prerequisites = new ArrayList<>();
            for (String name : listed.split(",")) {
                if (!name.isBlank()) {
                    prerequisites.add(name.trim());
                }
            }
            String seconds = f.get(column.get("seconds_per_fast_problem"));
            double secondsPerFastProblem;
            try {
                secondsPerFastProblem = Double.parseDouble(seconds.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + record.line() + ": seconds_per_fast_problem '" + seconds
                        + "' is not a number", e);
            }
            rows.add(new Row(f.get(column.get("name")), "TRUE".equalsIgnoreCase(f.get(column.get("live"))),
                    List.copyOf(prerequisites), secondsPerFastProblem, f.get(column.get("pretty_display_name")),
                    f.get(column.get("topic")), f.get(column.get("area"))));
        }
        return new JunyiExercises(List.copyOf(rows));
    }

    /** Every row, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The first row of each exercise, by name, in file order. */
    public Map<String, Row> exercises() {
        Map<String, Row> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(row.name(), row));
        return first;
    }

    /**
     * The skill graph: one skill per exercise (keyed by its name, named by its display name, or its
     * name when that is blank), in file order.
     *
     * @param dropped prerequisite edges to leave out, e.g. {@code Set.of(CYCLE_EDGE)}
     * @throws IllegalArgumentException when an exercise's rows disagree on its prerequisites, or
     *                                  when the graph has a cycle (named)
     */
    public SkillGraph skillGraph(Set<Prerequisite> dropped) {
        Map<String, Set<String>> prerequisites = new LinkedHashMap<>();
        Map<String, Row> first = exercises();
        for (Row row : rows) {
            Set<String> distinct = new LinkedHashSet<>(row.prerequisites());
            Set<String> earlier = prerequisites.putIfAbsent(row.name(), distinct);
            if (earlier != null && !earlier.equals(distinct)) {
                throw new IllegalArgumentException("exercise '" + row.name()
                        + "' has rows with different prerequisites: " + earlier + " and " + distinct);
            }
        }
        List<Skill> skills = new ArrayList<>();
        prerequisites.forEach((name, required) -> {
            List<String> kept = new ArrayList<>();
            for (String prerequisite : required) {
                if (!prerequisite.equals(name) && !dropped.contains(new Prerequisite(name, prerequisite))) {
                    kept.add(prerequisite);
                }
            }
            String display = first.get(name).displayName();
            skills.add(new Skill(name, display.isBlank() ? name : display, kept));
        });
        return SkillGraph.of(skills);
    }
}
