package io.pathwise.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The README's demo accounts, on any database. On H2 the server creates them (demo data); on
 * PostgreSQL, where it never does, they are made through the public API the way an operator would
 * make the same world: the organization signed up by its admin, the Fractions package from
 * {@code examples/courses/fractions} imported and published, the instructor and the learner
 * enrolled and activated with the README's passwords, and an xAPI credential of scope {@code all}.
 */
final class DemoAccounts {

    static final String LEARNER = "learner@pathwise.demo";
    static final String INSTRUCTOR = "instructor@pathwise.demo";
    static final String ADMIN = "admin@pathwise.demo";
    static final Map<String, String> PASSWORDS = Map.of(LEARNER, "learn-fractions", INSTRUCTOR, "teach-fractions",
            ADMIN, "admin-fractions");

    private DemoAccounts() {
    }

    /** The xAPI credential to fuzz /xapi with: the demo one, or one made here for a world made here. */
    static XapiHttp.Credential ensure(PathwiseApi api, Path root) throws IOException, InterruptedException {
        if (api.postJson("/api/v1/auth/token", null, tokenRequest(ADMIN)).status() == 200) {
            return XapiCredentials.DEMO;
        }
        api.postJson("/api/v1/tenants", null, "{\"organizationName\":\"Pathwise Demo School\",\"slug\":\"demo\",\"email\":"
                + Json.string(ADMIN) + ",\"displayName\":\"Ada Admin\",\"password\":" + Json.string(PASSWORDS.get(ADMIN)) + "}")
                .expect(201, "POST /api/v1/tenants");
        String admin = token(api, ADMIN);
        Map<String, Object> imported = JsonTree.object(api.post("/api/v1/course-packages", admin, "application/zip",
                PackageZip.of(fractionsPackage(root))).expect(201, "POST /api/v1/course-packages").json(), "import");
        String courseId = JsonTree.string(JsonTree.object(imported.get("course"), "course").get("id"), "course.id");
        api.putJson("/api/v1/courses/" + courseId + "/status", admin, "{\"status\":\"PUBLISHED\"}")
                .expect(200, "PUT /api/v1/courses/{id}/status");
        enrol(api, admin, courseId, INSTRUCTOR, "Ian Instructor", "INSTRUCTOR");
        enrol(api, admin, courseId, LEARNER, "Leo Learner", "LEARNER");
        Map<String, Object> created = JsonTree.object(api.postJson("/api/v1/credentials", admin,
                "{\"label\":\"Fuzz pass xAPI client\",\"scopes\":[\"all\"]}").expect(201, "POST /api/v1/credentials").json(),
                "credential");
        return new XapiHttp.Credential(JsonTree.string(JsonTree.object(created.get("credential"), "credential").get("key"), "key"),
                JsonTree.string(created.get("secret"), "secret"));
    }

    private static void enrol(PathwiseApi api, String admin, String courseId, String email, String name, String role)
            throws IOException, InterruptedException {
        Map<String, Object> enrolment = JsonTree.object(api.postJson("/api/v1/courses/" + courseId + "/members", admin,
                "{\"email\":" + Json.string(email) + ",\"displayName\":" + Json.string(name) + ",\"role\":\"" + role + "\"}")
                .expect(201, "POST /api/v1/courses/{id}/members").json(), "enrolment");
        String path = JsonTree.string(enrolment.get("activationPath"), "activationPath");
        String activation = URLDecoder.decode(path.substring(path.indexOf("token=") + 6), StandardCharsets.UTF_8);
        api.postJson("/api/v1/auth/activate", null, "{\"token\":" + Json.string(activation) + ",\"password\":"
                + Json.string(PASSWORDS.get(email)) + "}").expect(200, "POST /api/v1/auth/activate");
    }

    static String token(PathwiseApi api, String email) throws IOException, InterruptedException {
        return Json.field(api.postJson("/api/v1/auth/token", null, tokenRequest(email)).expect(200, "sign-in as " + email)
                .body(), "access_token").orElseThrow();
    }

    private static String tokenRequest(String email) {
        return "{\"email\":" + Json.string(email) + ",\"password\":" + Json.string(PASSWORDS.get(email)) + "}";
    }

    /** The demo course as package files (path to text), read from examples/courses/fractions. */
    static Map<String, String> fractionsPackage(Path root) throws IOException {
        Path dir = root.resolve("examples/courses/fractions");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
