package io.pathwise.catalog.packaging;

import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.ActivitySupport;
import io.pathwise.catalog.graph.PrerequisiteGraph;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.text.CourseFileCharacters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a course package (format {@code pathwise-course/1}, documented in
 * docs/course-package-format.md). It does not stop at the first problem: the result lists every
 * problem with its file and line, so an author fixes them all in one round.
 */
public final class PackageReader {

    public static final String FORMAT = "pathwise-course/1";

    /** Longest Markdown text, in characters (the database columns hold this much). */
    public static final int MAX_MARKDOWN_CHARS = 200_000;

    /** Course ids that would clash with fixed page addresses under /courses. */
    static final Set<String> RESERVED_COURSE_IDS = Set.of("import");

    /** Either a package (no problems) or the problems that prevent one. */
    public record Result(CoursePackage coursePackage, List<FieldProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final PackageFiles files;
    private final PackageProblems problems = new PackageProblems();

    private PackageReader(PackageFiles files) {
        this.files = files;
    }

    public static Result read(PackageFiles files) {
        return new PackageReader(files).read();
    }

    private Result read() {
        YamlMap course = mapping("course.yaml", "the course file");
        if (course == null) {
            return new Result(null, problems.list());
        }
        String format = course.string("format", true, 40);
        if (format != null && !format.equals(FORMAT)) {
            problems.add("course.yaml", course.nodeOf("format"), "'format' must be " + FORMAT);
        }
        String id = course.id("id");
        if (id != null && RESERVED_COURSE_IDS.contains(id)) { // null: missing or malformed, reported by id()
            problems.add("course.yaml", course.nodeOf("id"), "'id' cannot be '" + id + "': the web uses /courses/" + id);
        }
        String title = course.string("title", true, 200);
        String summary = course.string("summary", true, 300);
        String language = course.string("language", true, 35);
        if (language != null && Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            problems.add("course.yaml", course.nodeOf("language"), "'language' must be a language tag such as en or pt-BR");
        }
        String descriptionFile = course.string("description", true, 200);
        String description = descriptionFile == null ? null : markdown(descriptionFile, "course.yaml", course.nodeOf("description"));
        List<String> unitIds = course.idList("units", true);
        course.rejectUnknownKeys();

        List<CoursePackage.Skill> skills = readSkills();
        Set<String> skillIds = new HashSet<>();
        skills.forEach(skill -> skillIds.add(skill.id()));

        List<CoursePackage.Unit> units = new ArrayList<>();
        Set<String> seenUnits = new HashSet<>();
        Set<String> activityIds = new HashSet<>();
        for (String unitId : unitIds) {
            if (!seenUnits.add(unitId)) {
                problems.add("course.yaml", course.nodeOf("units"), "unit '" + unitId + "' is listed twice");
                continue;
            }
            CoursePackage.Unit unit = readUnit(unitId, skillIds, activityIds);
            if (unit != null) {
                units.add(unit);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems.list());
        }
        return new Result(new CoursePackage(id, title, summary, language, description, skills, units), List.of());
    }

    private List<CoursePackage.Skill> readSkills() {
        String file = "skills.yaml";
        YamlMap root = mapping(file, "the skills file");
        if (root == null) {
            return List.of();
        }
        List<Node> entries = root.list("skills", true);
        root.rejectUnknownKeys();
        List<CoursePackage.Skill> skills = new ArrayList<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node entry : entries) {
            YamlMap skill = YamlMap.of(file, entry, "each skill", problems);
            if (skill == null) {
                continue;
            }
            String id = skill.id("id");
            String name = skill.string("name", true, 200);
            String description = skill.string("description", false, 2000);
            List<String> prerequisites = skill.idList("prerequisites", false);
            skill.rejectUnknownKeys();
            if (id == null) {
                continue;
            }
            if (nodes.containsKey(id)) {
                problems.add(file, entry, "skill '" + id + "' is defined twice");
                continue;
            }
            nodes.put(id, entry);
            skills.add(new CoursePackage.Skill(id, name, description == null ? "" : description, prerequisites));
        }
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (CoursePackage.Skill skill : skills) {
            Set<String> distinct = new HashSet<>();
            for (String prerequisite : skill.prerequisites()) {
                if (prerequisite.equals(skill.id())) {
                    problems.add(file, nodes.get(skill.id()), "skill '" + skill.id() + "' cannot be its own prerequisite");
                } else if (!nodes.containsKey(prerequisite)) {
                    problems.add(file, nodes.get(skill.id()), "skill '" + skill.id() + "' names an unknown prerequisite '" + prerequisite + "'");
                } else if (!distinct.add(prerequisite)) {
                    problems.add(file, nodes.get(skill.id()), "skill '" + skill.id() + "' lists prerequisite '" + prerequisite + "' twice");
                }
            }
            graph.put(skill.id(), skill.prerequisites());
        }
        PrerequisiteGraph.findCycle(graph).ifPresent(cycle -> problems.add(file, nodes.get(cycle.get(0)),
                "prerequisites form a cycle: " + PrerequisiteGraph.describe(cycle)
                        + " (each skill requires the next)"));
        return skills;
    }

    private CoursePackage.Unit readUnit(String unitId, Set<String> skillIds, Set<String> activityIds) {
        String folder = "units/" + unitId + "/";
        String file = folder + "unit.yaml";
        YamlMap unit = mapping(file, "the unit file");
        if (unit == null) {
            return null;
        }
        String title = unit.string("title", true, 200);
        String summary = unit.string("summary", false, 300);
        List<Node> entries = unit.list("activities", true);
        unit.rejectUnknownKeys();
        List<CoursePackage.Activity> activities = new ArrayList<>();
        for (Node entry : entries) {
            YamlMap activity = YamlMap.of(file, entry, "each activity", problems);
            if (activity != null) {
                CoursePackage.Activity read = readActivity(activity, folder, skillIds, activityIds);
                if (read != null) {
                    activities.add(read);
                }
            }
        }
        return new CoursePackage.Unit(unitId, title, summary == null ? "" : summary, activities);
    }

    private CoursePackage.Activity readActivity(YamlMap activity, String folder, Set<String> skillIds,
            Set<String> activityIds) {
        String file = activity.file();
        String id = activity.id("id");
        String title = activity.string("title", true, 200);
        String type = activity.string("type", true, 20);
        ActivityKind kind = null;
        if (type != null) {
            try {
                kind = ActivityKind.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(file, activity.nodeOf("type"), "'type' must be lesson, practice or quiz");
            }
        }
        List<String> teaches = activity.idList("teaches", false);
        List<String> assesses = activity.idList("assesses", false);
        Integer minutes = activity.integer("minutes", 1, 240);
        Integer difficulty = activity.has("difficulty") ? activity.integer("difficulty", 1, 5) : Integer.valueOf(3);
        ActivitySupport support = ActivitySupport.NONE;
        String supportName = activity.string("support", false, 20);
        if (supportName != null) {
            support = Arrays.stream(ActivitySupport.values()).filter(s -> s != ActivitySupport.NONE
                    && s.packageName().equals(supportName)).findFirst().orElse(null);
            if (support == null) {
                problems.add(file, activity.nodeOf("support"), "'support' must be easier-step or worked-example");
            }
        }
        String contentFile = activity.string("content", true, 200);
        String content = contentFile == null ? null : markdown(folder + contentFile, file, activity.nodeOf("content"));
        List<Node> questionNodes = activity.list("questions", false);
        activity.rejectUnknownKeys();

        if (id != null && !activityIds.add(id)) {
            problems.add(file, activity.node(), "activity id '" + id + "' is used twice in the course");
        }
        for (String skill : concat(teaches, assesses)) {
            if (!skillIds.contains(skill)) {
                problems.add(file, activity.node(), "activity '" + id + "' names an unknown skill '" + skill + "'");
            }
        }
        reportRepeats(file, activity.nodeOf("teaches"), "teaches", teaches);
        reportRepeats(file, activity.nodeOf("assesses"), "assesses", assesses);
        if (kind == ActivityKind.LESSON && teaches.isEmpty()) {
            problems.add(file, activity.node(), "lesson '" + id + "' must teach at least one skill ('teaches')");
        }
        if (kind == ActivityKind.LESSON && !questionNodes.isEmpty()) {
            problems.add(file, activity.nodeOf("questions"), "lesson '" + id + "' cannot have questions; make it a practice");
        }
        if (kind == ActivityKind.PRACTICE && assesses.isEmpty()) {
            problems.add(file, activity.node(), "practice '" + id + "' must assess at least one skill ('assesses')");
        }
        if (kind == ActivityKind.QUIZ && assesses.isEmpty()) {
            problems.add(file, activity.node(), "quiz '" + id + "' must assess at least one skill ('assesses')");
        }
        if (kind == ActivityKind.QUIZ && !questionNodes.isEmpty()) {
            problems.add(file, activity.nodeOf("questions"), "quiz '" + id + "' cannot have questions; its items live in "
                    + "assessment/items and its settings in assessment/quizzes/" + id + ".yaml");
        }
        if (kind == ActivityKind.PRACTICE && (questionNodes.isEmpty() || questionNodes.size() > 50)) {
            problems.add(file, activity.node(), "practice '" + id + "' must have 1 to 50 questions");
        }
        List<CoursePackage.Question> questions = new ArrayList<>();
        for (Node node : questionNodes) {
            YamlMap question = YamlMap.of(file, node, "each question", problems);
            if (question != null) {
                String prompt = question.string("prompt", true, 4000);
                if (prompt != null) {
                    MarkdownCheck.check(file, prompt, question.nodeOf("prompt").getStartMark().getLine(), problems);
                }
                String answer = question.string("answer", true, 1000);
                String explanation = question.string("explanation", false, 4000);
                if (explanation != null) {
                    MarkdownCheck.check(file, explanation, question.nodeOf("explanation").getStartMark().getLine(), problems);
                }
                question.rejectUnknownKeys();
                questions.add(new CoursePackage.Question(prompt, answer, explanation == null ? "" : explanation));
            }
        }
        if (id == null || title == null || kind == null || minutes == null || content == null || difficulty == null
                || support == null) {
            return null;
        }
        return new CoursePackage.Activity(id, title, kind, teaches, assesses, minutes, content, questions, difficulty,
                support);
    }

    private YamlMap mapping(String file, String what) {
        return PackageYaml.mapping(files, file, what, problems);
    }

    private String markdown(String path, String referencedFrom, Node reference) {
        if (path.contains("..") || path.startsWith("/")) {
            problems.add(referencedFrom, reference, "'" + path + "' must be a file inside the package");
            return null;
        }
        String text = text(path, referencedFrom, reference);
        if (text != null && text.length() > MAX_MARKDOWN_CHARS) {
            problems.add(path, (Integer) null, "is longer than " + MAX_MARKDOWN_CHARS + " characters");
            return null;
        }
        int unprintable = text == null ? -1 : CourseFileCharacters.indexOfUnprintable(text);
        if (unprintable >= 0) {
            problems.add(path, lineAt(text, unprintable), CourseFileCharacters.describe(text, unprintable));
            return null;
        }
        if (text != null) {
            MarkdownCheck.check(path, text, 0, problems);
        }
        return text;
    }

    /** The 1-based line of the character at {@code index}. */
    private static int lineAt(String text, int index) {
        return 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    private String text(String path, String referencedFrom, Node reference) {
        return PackageYaml.text(files, path, referencedFrom, reference, problems);
    }

    private void reportRepeats(String file, Node node, String key, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String skill : ids) {
            if (!seen.add(skill)) {
                problems.add(file, node, "'" + key + "' lists '" + skill + "' twice");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
