package io.pathwise.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exam burst's course package, built in code: one unit with a lesson and one graded quiz
 * activity per burst ({@code exam-1}, {@code exam-2}, ...), each quiz asking the same 20 fixed
 * items of all seven types. Every item comes with answers whose credit is known (right, partly
 * right where the type gives partial credit, wrong), so the benchmark can compute the score a
 * submission deserves without asking the server. Modelled on the server tests' QuizCourse.
 */
final class ExamCourse {

    /** Share of the maximum score needed to pass. */
    static final double PASSING_SCORE = 0.7;

    /** An answer as the player sends it, and the credit it earns (0 to 1). */
    record Answer(String json, double credit) {
    }

    /**
     * An item: its key, type, the YAML of its definition (without key and type), and its answers:
     * the right one, a partly right one (null when the type gives 1 or 0) and a wrong one.
     */
    record Item(String key, String type, String yaml, Answer right, Answer partial, Answer wrong) {
    }

    static final List<Item> ITEMS = List.of(
            // single choice: 1 or 0
            new Item("half", "single-choice", """
                    skills: [numbers]
                    prompt: Which fraction is equal to 1/2?
                    choices:
                      - { id: a, text: "2/4", correct: true }
                      - { id: b, text: "2/3" }
                      - { id: c, text: "3/4" }
                    """, a("{\"choice\":\"a\"}", 1), null, a("{\"choice\":\"b\"}", 0)),
            new Item("seven-eights", "single-choice", """
                    skills: [numbers]
                    prompt: What is 7 × 8?
                    choices:
                      - { id: a, text: "54" }
                      - { id: b, text: "56", correct: true }
                      - { id: c, text: "64" }
                      - { id: d, text: "48" }
                    """, a("{\"choice\":\"b\"}", 1), null, a("{\"choice\":\"d\"}", 0)),
            new Item("spain", "single-choice", """
                    skills: [words]
                    prompt: What is the capital of Spain?
                    choices:
                      - { id: madrid, text: Madrid, correct: true }
                      - { id: lisbon, text: Lisbon }
                      - { id: rome, text: Rome }
                    """, a("{\"choice\":\"madrid\"}", 1), null, a("{\"choice\":\"lisbon\"}", 0)),
            // multiple choice: (right picks - wrong picks) / correct choices, at least 0
            new Item("evens", "multiple-choice", """
                    skills: [numbers]
                    prompt: Pick the even numbers.
                    choices:
                      - { id: a, text: "2", correct: true }
                      - { id: b, text: "3" }
                      - { id: c, text: "4", correct: true }
                      - { id: d, text: "5" }
                    """, a("{\"choices\":[\"a\",\"c\"]}", 1), a("{\"choices\":[\"c\"]}", 0.5),
                    a("{\"choices\":[\"b\",\"d\"]}", 0)),
            new Item("primes", "multiple-choice", """
                    skills: [numbers]
                    prompt: Pick the prime numbers.
                    choices:
                      - { id: a, text: "2", correct: true }
                      - { id: b, text: "3", correct: true }
                      - { id: c, text: "4" }
                      - { id: d, text: "5", correct: true }
                      - { id: e, text: "9" }
                    """, a("{\"choices\":[\"a\",\"b\",\"d\"]}", 1), a("{\"choices\":[\"a\",\"b\",\"d\",\"e\"]}", 2.0 / 3),
                    a("{\"choices\":[\"c\",\"e\",\"a\"]}", 0)),
            new Item("over-half", "multiple-choice", """
                    skills: [numbers]
                    prompt: Pick the fractions greater than 1/2.
                    choices:
                      - { id: a, text: "2/3", correct: true }
                      - { id: b, text: "1/3" }
                      - { id: c, text: "3/4", correct: true }
                    """, a("{\"choices\":[\"c\",\"a\"]}", 1), a("{\"choices\":[\"a\"]}", 0.5), a("{\"choices\":[\"b\"]}", 0)),
            // numeric: 1, or 0.5 for the right number with a missing or wrong unit
            new Item("three-quarters", "numeric", """
                    skills: [numbers]
                    prompt: Write three quarters as a number.
                    answer: "0.75"
                    """, a("{\"value\":\"3/4\"}", 1), null, a("{\"value\":\"0.7\"}", 0)),
            new Item("metres", "numeric", """
                    skills: [numbers]
                    prompt: How long is 1.5 m in centimetres?
                    answer: "150"
                    units: [cm, centimetres]
                    """, a("{\"value\":\"150\",\"unit\":\"cm\"}", 1), a("{\"value\":\"150\"}", 0.5),
                    a("{\"value\":\"15\",\"unit\":\"cm\"}", 0)),
            new Item("pi", "numeric", """
                    skills: [numbers]
                    prompt: Give π to two decimals.
                    answer: "3.14"
                    tolerance: 0.01
                    """, a("{\"value\":\"3.141\"}", 1), null, a("{\"value\":\"3.2\"}", 0)),
            // short text: 1 or 0
            new Item("numerator", "short-text", """
                    skills: [words]
                    prompt: What is the top number of a fraction called?
                    answers: [numerator]
                    """, a("{\"text\":\"  Numerator \"}", 1), null, a("{\"text\":\"denominator\"}", 0)),
            new Item("sky", "short-text", """
                    skills: [words]
                    prompt: What colour is a clear daytime sky?
                    answers: [blue, light blue]
                    """, a("{\"text\":\"BLUE\"}", 1), null, a("{\"text\":\"green\"}", 0)),
            new Item("multiple-of-five", "short-text", """
                    skills: [numbers]
                    prompt: Write a multiple of 5 between 10 and 95, in digits.
                    patterns: ["[1-9][05]"]
                    """, a("{\"text\":\"35\"}", 1), null, a("{\"text\":\"36\"}", 0)),
            // ordering: share of pairs in the right relative order
            new Item("sizes", "ordering", """
                    skills: [numbers]
                    prompt: Order from smallest to largest.
                    order:
                      - { id: small, text: "1/8" }
                      - { id: medium, text: "1/4" }
                      - { id: large, text: "1/2" }
                    """, a("{\"order\":[\"small\",\"medium\",\"large\"]}", 1),
                    a("{\"order\":[\"medium\",\"small\",\"large\"]}", 2.0 / 3),
                    a("{\"order\":[\"large\",\"medium\",\"small\"]}", 0)),
            new Item("planets", "ordering", """
                    skills: [words]
                    prompt: Order the planets by distance from the Sun, nearest first.
                    order:
                      - { id: mercury, text: Mercury }
                      - { id: venus, text: Venus }
                      - { id: earth, text: Earth }
                      - { id: mars, text: Mars }
                    """, a("{\"order\":[\"mercury\",\"venus\",\"earth\",\"mars\"]}", 1),
                    a("{\"order\":[\"mercury\",\"venus\",\"mars\",\"earth\"]}", 5.0 / 6),
                    a("{\"order\":[\"mars\",\"earth\",\"venus\",\"mercury\"]}", 0)),
            new Item("decimals", "ordering", """
                    skills: [numbers]
                    prompt: Order from smallest to largest.
                    order:
                      - { id: a, text: "0.1" }
                      - { id: b, text: "0.25" }
                      - { id: c, text: "1/3" }
                      - { id: d, text: "0.5" }
                    """, a("{\"order\":[\"a\",\"b\",\"c\",\"d\"]}", 1), a("{\"order\":[\"b\",\"c\",\"a\",\"d\"]}", 4.0 / 6),
                    a("{\"order\":[\"d\",\"c\",\"b\",\"a\"]}", 0)),
            // matching: share of left entries matched right
            new Item("capitals", "matching", """
                    skills: [words]
                    prompt: Match each country to its capital.
                    pairs:
                      - { left: { id: fr, text: France }, right: { id: paris, text: Paris } }
                      - { left: { id: it, text: Italy }, right: { id: rome, text: Rome } }
                    distractors:
                      - { id: berlin, text: Berlin }
                    """, a("{\"pairs\":{\"fr\":\"paris\",\"it\":\"rome\"}}", 1),
                    a("{\"pairs\":{\"fr\":\"paris\",\"it\":\"berlin\"}}", 0.5),
                    a("{\"pairs\":{\"fr\":\"rome\",\"it\":\"paris\"}}", 0)),
            new Item("animals", "matching", """
                    skills: [words]
                    prompt: Match each animal to its sound.
                    pairs:
                      - { left: { id: dog, text: Dog }, right: { id: bark, text: Barks } }
                      - { left: { id: cat, text: Cat }, right: { id: meow, text: Meows } }
                      - { left: { id: cow, text: Cow }, right: { id: moo, text: Moos } }
                    """, a("{\"pairs\":{\"dog\":\"bark\",\"cat\":\"meow\",\"cow\":\"moo\"}}", 1),
                    a("{\"pairs\":{\"dog\":\"bark\",\"cat\":\"moo\",\"cow\":\"meow\"}}", 1.0 / 3),
                    a("{\"pairs\":{\"dog\":\"meow\",\"cat\":\"moo\"}}", 0)),
            new Item("halves", "matching", """
                    skills: [numbers]
                    prompt: Match each fraction to its half.
                    pairs:
                      - { left: { id: one, text: "1" }, right: { id: half, text: "1/2" } }
                      - { left: { id: half-of, text: "1/2" }, right: { id: quarter, text: "1/4" } }
                      - { left: { id: third, text: "1/3" }, right: { id: sixth, text: "1/6" } }
                    distractors:
                      - { id: eighth, text: "1/8" }
                    """, a("{\"pairs\":{\"one\":\"half\",\"half-of\":\"quarter\",\"third\":\"sixth\"}}", 1),
                    a("{\"pairs\":{\"one\":\"half\",\"half-of\":\"quarter\",\"third\":\"eighth\"}}", 2.0 / 3),
                    a("{\"pairs\":{\"one\":\"eighth\",\"half-of\":\"sixth\",\"third\":\"quarter\"}}", 0)),
            // fill-in-the-blank: share of blanks right
            new Item("twelfths", "fill-in-the-blank", """
                    skills: [numbers]
                    prompt: "2/3 = [[n]]/12"
                    blanks:
                      n: { answers: ["8"] }
                    """, a("{\"blanks\":{\"n\":\"8\"}}", 1), null, a("{\"blanks\":{\"n\":\"6\"}}", 0)),
            new Item("sums", "fill-in-the-blank", """
                    skills: [numbers]
                    prompt: "3 + [[x]] = 10 and 2 × [[y]] = 10"
                    blanks:
                      x: { numeric: "7" }
                      y: { numeric: "5" }
                    """, a("{\"blanks\":{\"x\":\"7\",\"y\":\"5\"}}", 1), a("{\"blanks\":{\"x\":\"7\",\"y\":\"6\"}}", 0.5),
                    a("{\"blanks\":{\"x\":\"1\",\"y\":\"1\"}}", 0)));

    private final String slug;
    private final int quizzes;
    private final List<Item> items;

    /** A course of the given slug with {@code quizzes} quiz activities, exam-1 to exam-{quizzes}, each asking {@link #ITEMS}. */
    ExamCourse(String slug, int quizzes) {
        this(slug, quizzes, ITEMS);
    }

    /** The same course whose quizzes each ask {@code items} (in the bank, in this order) instead of {@link #ITEMS}. */
    ExamCourse(String slug, int quizzes, List<Item> items) {
        this.slug = slug;
        this.quizzes = quizzes;
        this.items = List.copyOf(items);
    }

    String slug() {
        return slug;
    }

    static String quizKey(int number) {
        return "exam-" + number;
    }

    /** One line for the results: the items by type. */
    static String describe() {
        return describe(ITEMS);
    }

    /** One line for the results: a quiz of these items, by type. */
    static String describe(List<Item> items) {
        Map<String, Long> byType = items.stream()
                .collect(Collectors.groupingBy(Item::type, LinkedHashMap::new, Collectors.counting()));
        return items.size() + " fixed items (" + byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + "), graded, feedback after submission, passing score "
                + PASSING_SCORE + ", items shuffled per attempt, one attempt allowed";
    }

    /** The package's files, path to content. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                format: pathwise-course/1
                id: %s
                title: Exam burst
                summary: A course with one quiz per benchmark burst.
                language: en
                description: description.md
                units: [exam]
                """.formatted(slug));
        files.put("description.md", "The exam burst benchmark's course.\n");
        files.put("skills.yaml", """
                skills:
                  - id: numbers
                    name: Numbers
                  - id: words
                    name: Words
                """);
        StringBuilder unit = new StringBuilder("""
                title: Exam
                activities:
                  - id: intro
                    title: Introduction
                    type: lesson
                    teaches: [numbers, words]
                    minutes: 5
                    content: intro.md
                """);
        files.put("units/exam/intro.md", "Numbers and words.\n");
        String itemList = items.stream().map(Item::key).collect(Collectors.joining(", "));
        for (int q = 1; q <= quizzes; q++) {
            String key = quizKey(q);
            unit.append("""
                      - id: %s
                        title: Exam %d
                        type: quiz
                        assesses: [numbers, words]
                        minutes: 20
                        content: %s.md
                    """.formatted(key, q, key));
            files.put("units/exam/" + key + ".md", items.size() + " questions.\n");
            files.put("assessment/quizzes/" + key + ".yaml", """
                    mode: graded
                    feedback: after-submission
                    passing-score: %s
                    shuffle-items: true
                    attempts: 1
                    items: [%s]
                    """.formatted(PASSING_SCORE, itemList));
        }
        files.put("units/exam/unit.yaml", unit.toString());
        StringBuilder bank = new StringBuilder("items:\n");
        for (Item item : items) {
            bank.append("  - id: ").append(item.key()).append('\n');
            bank.append("    type: ").append(item.type()).append('\n');
            item.yaml().lines().forEach(line -> bank.append("    ").append(line).append('\n'));
        }
        files.put("assessment/items/exam.yaml", bank.toString());
        return files;
    }

    /** The package as a zip, as {@code POST /api/v1/course-packages} takes it. */
    byte[] zip() {
        return PackageZip.of(files());
    }

    /** The item keys in the quiz's order. */
    static List<String> itemKeys() {
        List<String> keys = new ArrayList<>();
        ITEMS.forEach(item -> keys.add(item.key()));
        return keys;
    }

    private static Answer a(String json, double credit) {
        return new Answer(json, credit);
    }
}
