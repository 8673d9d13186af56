package io.pathwise.catalog;

import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Courses;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The prerequisite graph stays acyclic: at the Junyi graph's size, by package and by API. */
abstract class SkillGraphFlows extends ApiTest {

    private static final JunyiGraph JUNYI = JunyiGraph.load();

    private TestOrganization org;

    @BeforeEach
    void signUp() {
        org = TestOrganization.signUp(api);
    }

    /**
     * 835 skills and 978 edges: the file's 837 rows and 988 listed prerequisites without its
     * repeated rows, self-references, repeated entries and the one edge that closes its cycle
     * ({@code junyi/README.md}, checked by {@link JunyiGraphTest}).
     */
    @Test
    void importsTheJunyiSkillGraph() {
        Map<String, List<String>> graph = JUNYI.graph(true);

        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(), JUNYI.packageZip("junyi", graph));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        UUID course = UUID.fromString(response.json().get("course").get("id").asString());
        Map<String, List<String>> stored = skillGraph(course);
        assertThat(stored).hasSize(835);
        assertThat(JunyiGraph.edges(stored)).isEqualTo(978);
        assertThat(stored).containsExactlyEntriesOf(graph);
    }

    @Test
    void refusesTheJunyiGraphAsPublishedNamingTheCycleInIt() {
        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(), JUNYI.packageZip("junyi", JUNYI.graph(false)));

        List<String> cycle = cycleIn(onlyProblem(response, "skills.yaml").reason(), "cycle: ");
        assertThat(cycle).isEqualTo(rotated(JunyiGraph.DATA_CYCLE.stream().map(JUNYI::id).toList(), cycle.get(0)));
        assertThat(courseCount()).isZero();
    }

    @Test
    void refusesTheJunyiGraphWithOneMoreEdgeThatClosesACycleNamingIt() {
        Map<String, List<String>> graph = new LinkedHashMap<>(JUNYI.graph(true));
        List<String> chain = chainWithOnePath(graph);
        List<String> closing = new ArrayList<>(graph.get(chain.get(2)));
        closing.add(chain.get(0));
        graph.put(chain.get(2), closing);

        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(), JUNYI.packageZip("junyi", graph));

        List<String> cycle = cycleIn(onlyProblem(response, "skills.yaml").reason(), "cycle: ");
        assertThat(cycle).as("the cycle %s closes", chain).isEqualTo(rotated(chain, cycle.get(0)));
        assertThat(courseCount()).isZero();
    }

    @Test
    void refusesAPrerequisiteThatWouldCloseACycleNamingIt() {
        UUID course = Courses.importFractions(api, org.adminToken());
        String before = api.get(Courses.course(course) + "/skills", org.adminToken()).body();

        // fraction-of-an-amount requires unit-fractions, which requires fraction-as-part-of-whole.
        Api.Response response = addPrerequisite(course, "fraction-as-part-of-whole", "fraction-of-an-amount");

        List<String> cycle = cycleIn(onlyProblem(response, "prerequisite").reason(), "cycle ");
        assertThat(cycle).isEqualTo(rotated(List.of("fraction-as-part-of-whole", "fraction-of-an-amount", "unit-fractions"),
                cycle.get(0)));
        assertThat(api.get(Courses.course(course) + "/skills", org.adminToken()).body()).isEqualTo(before);
        assertThat(api.get(Courses.course(course), org.adminToken()).json().get("course").get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void addsAPrerequisiteThatKeepsTheGraphAcyclic() {
        UUID course = Courses.importFractions(api, org.adminToken());

        Api.Response response = addPrerequisite(course, "decimal-place-value", "fraction-as-part-of-whole");

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(skillGraph(course).get("decimal-place-value")).containsExactly("fraction-as-part-of-whole");
    }

    @Test
    void refusesAPrerequisiteBetweenSkillsTheCourseDoesNotHave() {
        UUID course = Courses.importFractions(api, org.adminToken());

        Api.Response response = addPrerequisite(course, "long-division", "short-division");

        assertThat(assertProblem(response, 422)).extracting(Problems.Error::field)
                .containsExactlyInAnyOrder("skill", "prerequisite");
    }

    @Test
    void prerequisitesAddedAtTheSameMomentAreAllKept() throws Exception {
        UUID course = Courses.importFractions(api, org.adminToken());
        Map<String, String> added = Map.of("decimal-place-value", "factors-and-multiples",
                "factors-and-multiples", "fraction-as-part-of-whole",
                "unit-fractions", "decimal-place-value",
                "fractions-on-number-line", "factors-and-multiples");

        List<Api.Response> responses = Concurrently.run(added.entrySet().stream().map(edge -> (Callable<Api.Response>) () ->
                addPrerequisite(course, edge.getKey(), edge.getValue())).toList());

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
        Map<String, List<String>> graph = skillGraph(course);
        added.forEach((skill, prerequisite) -> assertThat(graph.get(skill)).as(skill).contains(prerequisite));
    }

    @Test
    void twoPrerequisitesThatTogetherCloseACycleAreNotBothAdded() throws Exception {
        UUID course = Courses.importFractions(api, org.adminToken());

        List<Api.Response> responses = Concurrently.run(List.of(
                () -> addPrerequisite(course, "decimal-place-value", "factors-and-multiples"),
                () -> addPrerequisite(course, "factors-and-multiples", "decimal-place-value")));

        assertThat(responses).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 422);
        Map<String, List<String>> graph = skillGraph(course);
        assertThat(graph.get("decimal-place-value").contains("factors-and-multiples")
                && graph.get("factors-and-multiples").contains("decimal-place-value")).isFalse();
    }

    private Api.Response addPrerequisite(UUID course, String skill, String prerequisite) {
        return api.post(Courses.course(course) + "/skills/" + skill + "/prerequisites", org.adminToken(),
                Map.of("prerequisite", prerequisite));
    }

    private Problems.Error onlyProblem(Api.Response response, String field) {
        List<Problems.Error> errors = assertProblem(response, 422);
        assertThat(errors).as("%s", response).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo(field);
        return errors.get(0);
    }

    /** The skills of a cycle named in a reason ({@code ... a → b → c → a ...}), without the repeat. */
    private static List<String> cycleIn(String reason, String after) {
        String named = reason.substring(reason.indexOf(after) + after.length()).split(" \\(")[0];
        List<String> skills = List.of(named.trim().split(" → "));
        assertThat(skills.get(0)).as("a cycle ends where it starts: %s", reason).isEqualTo(skills.get(skills.size() - 1));
        return skills.subList(0, skills.size() - 1);
    }

    /** The cycle written from {@code start}. */
    private static List<String> rotated(List<String> cycle, String start) {
        int at = cycle.indexOf(start);
        assertThat(at).as("%s is on the cycle %s", start, cycle).isNotNegative();
        List<String> rotated = new ArrayList<>(cycle.subList(at, cycle.size()));
        rotated.addAll(cycle.subList(0, at));
        return rotated;
    }

    /**
     * Three skills a, b, c where a requires b, b requires c, and that is the only way from a to c:
     * then "c requires a" closes exactly the cycle a → b → c → a.
     */
    private static List<String> chainWithOnePath(Map<String, List<String>> graph) {
        for (String a : graph.keySet()) {
            for (String b : graph.get(a)) {
                for (String c : graph.get(b)) {
                    if (paths(graph, a, c, new HashMap<>()) == 1) {
                        return List.of(a, b, c);
                    }
                }
            }
        }
        throw new AssertionError("the graph has no chain of three skills");
    }

    private static long paths(Map<String, List<String>> graph, String from, String to, Map<String, Long> memo) {
        if (from.equals(to)) {
            return 1;
        }
        Long known = memo.get(from);
        if (known != null) {
            return known;
        }
        long count = 0;
        for (String next : graph.getOrDefault(from, List.of())) {
            count += paths(graph, next, to, memo);
        }
        memo.put(from, count);
        return count;
    }

    private Map<String, List<String>> skillGraph(UUID course) {
        Api.Response response = api.get(Courses.course(course) + "/skills", org.adminToken());
        assertThat(response.status()).isEqualTo(200);
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (JsonNode skill : response.json().get("skills")) {
            graph.put(skill.get("key").asString(),
                    skill.get("prerequisites").valueStream().map(JsonNode::asString).toList());
        }
        return graph;
    }

    private int courseCount() {
        return api.get("/api/v1/courses", org.adminToken()).json().get("items").size();
    }
}
