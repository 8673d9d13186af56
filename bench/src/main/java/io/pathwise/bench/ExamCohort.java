package io.pathwise.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The organization an exam burst (or another benchmark with signed-in learners) runs in, set up
 * through the public API as a school would do it (nothing here is timed): the organization and its administrator (sign-up), a read-only xAPI
 * credential for the checks, the exam course (package import, publishing), and the learners:
 * enrolled in bulk by CSV (which invites them), each activated with their activation link and
 * signed in. Learners are then asked to start their attempt at each burst's quiz. Requests run
 * concurrently on the given pool to keep set-up short; any failure stops the benchmark.
 */
final class ExamCohort {

    static final String PASSWORD = "exam-burst-password";
    /** Rows per CSV import: each file is one all-or-nothing transaction on the server. */
    private static final int CSV_ROWS = 250;

    /** A signed-in learner. Tokens are replaced by {@link #refreshTokens} before they expire. */
    static final class Learner {
        final int index;
        final String email;
        final String userId;
        final String activationToken;
        volatile String token;
        volatile String refreshToken;
        volatile long signedInNanos;

        Learner(int index, String email, String userId, String activationToken) {
            this.index = index;
            this.email = email;
            this.userId = userId;
            this.activationToken = activationToken;
        }
    }

    private final PathwiseApi api;
    private final ExecutorService pool;
    private final String slug;
    private final String adminEmail;
    private String tenantId;
    private String adminToken;
    private String courseId;
    private final List<Learner> learners = new ArrayList<>();

    ExamCohort(PathwiseApi api, ExecutorService pool) {
        this.api = api;
        this.pool = pool;
        this.slug = "exam-burst-" + UUID.randomUUID().toString().substring(0, 8);
        this.adminEmail = "admin@" + slug + ".example";
    }

    String tenantId() {
        return tenantId;
    }

    String adminToken() {
        return adminToken;
    }

    /** The administrator's e-mail address (password {@link #PASSWORD}), e.g. to sign in on the web. */
    String adminEmail() {
        return adminEmail;
    }

    /** Signs the administrator in again, for a fresh bearer token (they live 15 minutes by default). */
    void renewAdminToken() throws Exception {
        adminToken = signIn(adminEmail)[0];
    }

    String courseSlug() {
        return slug;
    }

    /** The imported course's id (after {@link #importCourse}). */
    String courseId() {
        return courseId;
    }

    List<Learner> learners() {
        return learners;
    }

    /** Signs up the organization and signs in its administrator. */
    void signUp() throws Exception {
        Map<String, Object> created = JsonTree.object(api.postJson("/api/v1/tenants", null,
                "{\"organizationName\":\"Exam burst\",\"slug\":" + Json.string(slug) + ",\"email\":"
                        + Json.string(adminEmail) + ",\"displayName\":\"Exam Admin\",\"password\":"
                        + Json.string(PASSWORD) + "}").expect(201, "POST /api/v1/tenants").json(), "sign-up");
        tenantId = JsonTree.string(JsonTree.object(created.get("tenant"), "tenant").get("id"), "tenant.id");
        adminToken = signIn(adminEmail)[0];
    }

    /** An xAPI credential of the organization that may read all its statements (scope all/read). */
    XapiHttp.Credential readCredential() throws Exception {
        return credential("Exam burst checks", "all/read");
    }

    /** A new xAPI credential of the organization with one scope ({@code all} reads and writes). */
    XapiHttp.Credential credential(String label, String scope) throws Exception {
        Map<String, Object> created = JsonTree.object(api.postJson("/api/v1/credentials", adminToken,
                "{\"label\":" + Json.string(label) + ",\"scopes\":[" + Json.string(scope) + "]}")
                .expect(201, "POST /api/v1/credentials").json(), "credential");
        return new XapiHttp.Credential(JsonTree.string(JsonTree.object(created.get("credential"), "credential").get("key"),
                "credential.key"),
                JsonTree.string(created.get("secret"), "secret"));
    }

    /** Imports the exam course package and publishes it. */
    void importCourse(int quizzes) throws Exception {
        importCourse(new ExamCourse(slug, quizzes).zip());
    }

    /** Imports a course package (its course id must be {@link #courseSlug()}) and publishes it. */
    void importCourse(byte[] zip) throws Exception {
        Map<String, Object> imported = JsonTree.object(api.post("/api/v1/course-packages", adminToken, "application/zip",
                zip).expect(201, "POST /api/v1/course-packages").json(), "import");
        courseId = JsonTree.string(JsonTree.object(imported.get("course"), "course").get("id"), "course.id");
        api.putJson("/api/v1/courses/" + courseId + "/status", adminToken, "{\"status\":\"PUBLISHED\"}")
                .expect(200, "PUT /api/v1/courses/{id}/status");
    }

    /** Enrols {@code count} new learners with CSV files of {@value #CSV_ROWS} rows, sent concurrently. */
    void enrol(int count) throws Exception {
        List<Future<List<Learner>>> files = new ArrayList<>();
        for (int from = 0; from < count; from += CSV_ROWS) {
            int first = from;
            int last = Math.min(count, from + CSV_ROWS);
            files.add(pool.submit(() -> enrolFile(first, last)));
        }
        for (Future<List<Learner>> file : files) {
            learners.addAll(file.get());
        }
    }

    /** The display name learner {@code index} is enrolled with: "Learner 1" for index 0. */
    static String learnerName(int index) {
        return "Learner " + (index + 1);
    }

    private List<Learner> enrolFile(int first, int last) throws Exception {
        StringBuilder csv = new StringBuilder("email,display_name,role\r\n");
        for (int i = first; i < last; i++) {
            csv.append(email(i)).append(',').append(learnerName(i)).append(",learner\r\n");
        }
        PathwiseApi.Response response = api.post("/api/v1/courses/" + courseId + "/members/import", adminToken,
                "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .expect(201, "POST /api/v1/courses/{id}/members/import");
        List<Object> enrolments = JsonTree.array(response.json(), "enrolments");
        if (enrolments.size() != last - first) {
            throw new IllegalStateException("CSV import of " + (last - first) + " rows returned " + enrolments.size());
        }
        List<Learner> enrolled = new ArrayList<>();
        for (int i = first; i < last; i++) {
            Map<String, Object> enrolment = JsonTree.object(enrolments.get(i - first), "enrolment");
            String email = JsonTree.string(enrolment.get("email"), "email");
            if (!email.equalsIgnoreCase(email(i))) {
                throw new IllegalStateException("enrolment " + (i - first) + " is " + email + ", expected " + email(i));
            }
            String path = JsonTree.string(enrolment.get("activationPath"), "activationPath of " + email);
            String token = URLDecoder.decode(path.substring(path.indexOf("token=") + "token=".length()),
                    StandardCharsets.UTF_8);
            enrolled.add(new Learner(i, email, JsonTree.string(enrolment.get("userId"), "userId"), token));
        }
        return enrolled;
    }

    /**
     * Enrols one member of the course's staff by a one-row CSV ({@code role}: instructor or
     * teaching_assistant), activates them and signs them in. They are not one of {@link #learners()};
     * their index is -1. Renew their token with {@link #signInAgain}.
     */
    Learner enrolStaff(String role) throws Exception {
        String email = role.toLowerCase(Locale.ROOT).replace('_', '-') + "@" + slug + ".example";
        PathwiseApi.Response response = api.post("/api/v1/courses/" + courseId + "/members/import", adminToken,
                "text/csv", ("email,display_name,role\r\n" + email + ",Course " + role + "," + role + "\r\n")
                        .getBytes(StandardCharsets.UTF_8))
                .expect(201, "POST /api/v1/courses/{id}/members/import (" + role + ")");
        Map<String, Object> enrolment = JsonTree.object(JsonTree.array(response.json(), "enrolments").get(0), "enrolment");
        String path = JsonTree.string(enrolment.get("activationPath"), "activationPath of " + email);
        Learner member = new Learner(-1, email, JsonTree.string(enrolment.get("userId"), "userId"),
                URLDecoder.decode(path.substring(path.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8));
        api.postJson("/api/v1/auth/activate", null, "{\"token\":" + Json.string(member.activationToken)
                + ",\"password\":" + Json.string(PASSWORD) + "}").expect(200, "POST /api/v1/auth/activate");
        signInAgain(member);
        return member;
    }

    /** Signs a member in again, for a fresh bearer token (they live 15 minutes by default). */
    void signInAgain(Learner member) throws Exception {
        String[] tokens = signIn(member.email);
        member.token = tokens[0];
        member.refreshToken = tokens[1];
        member.signedInNanos = System.nanoTime();
    }

    /** Each learner sets a password with the activation link, then signs in (both hash a password). */
    void activateAndSignIn() throws Exception {
        forEach(learner -> {
            api.postJson("/api/v1/auth/activate", null, "{\"token\":" + Json.string(learner.activationToken)
                    + ",\"password\":" + Json.string(PASSWORD) + "}").expect(200, "POST /api/v1/auth/activate");
            String[] tokens = signIn(learner.email);
            learner.token = tokens[0];
            learner.refreshToken = tokens[1];
            learner.signedInNanos = System.nanoTime();
        });
    }

    /**
     * Trades every learner's refresh token for a new bearer token when theirs is older than
     * {@code maxAgeNanos} (bearer tokens live 15 minutes by default; a long run outlives them).
     * Also refreshes the administrator's by signing in again.
     */
    int refreshTokens(long maxAgeNanos) throws Exception {
        long now = System.nanoTime();
        List<Learner> stale = learners.stream().filter(l -> now - l.signedInNanos > maxAgeNanos).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        adminToken = signIn(adminEmail)[0];
        forEach(stale, learner -> {
            Map<String, Object> pair = JsonTree.object(api.postJson("/api/v1/auth/refresh", null,
                    "{\"refresh_token\":" + Json.string(learner.refreshToken) + "}")
                    .expect(200, "POST /api/v1/auth/refresh").json(), "token pair");
            learner.token = JsonTree.string(pair.get("access_token"), "access_token");
            learner.refreshToken = JsonTree.string(pair.get("refresh_token"), "refresh_token");
            learner.signedInNanos = System.nanoTime();
        });
        return stale.size();
    }

    /**
     * The first {@code count} learners start their attempt at the quiz; returns the attempt ids by
     * learner index. Each must be a new attempt (201) presenting all the quiz's items.
     */
    String[] startAttempts(String quizKey, int count) throws Exception {
        String[] attempts = new String[count];
        forEach(learners.subList(0, count), learner -> attempts[learner.index] = startAttempt(learner, quizKey));
        return attempts;
    }

    /** The learner starts their attempt at the quiz (201); returns its id. */
    String startAttempt(Learner learner, String quizKey) throws Exception {
        return startAttempt(learner, quizKey, ExamCourse.ITEMS.size());
    }

    /** The learner starts their attempt at a quiz of {@code items} items (201, presenting them all); returns its id. */
    String startAttempt(Learner learner, String quizKey, int items) throws Exception {
        String path = "/api/v1/courses/" + slug + "/quizzes/" + quizKey + "/attempts";
        Map<String, Object> attempt = JsonTree.object(api.post(path, learner.token, "application/json", new byte[0])
                .expect(201, "POST " + path + " as " + learner.email).json(), "attempt");
        int presented = JsonTree.array(attempt.get("items"), "items").size();
        if (presented != items) {
            throw new IllegalStateException("attempt of " + learner.email + " presents " + presented + " items, not " + items);
        }
        return JsonTree.string(attempt.get("id"), "attempt id");
    }

    /** Submits an attempt outside any burst (priming); the reply must be a 200. */
    void submit(Learner learner, String attemptId, AnswerSheet sheet) throws Exception {
        submit(learner, attemptId, sheet.body());
    }

    /** Submits an attempt with this submission body; the reply must be a 200. */
    void submit(Learner learner, String attemptId, byte[] body) throws Exception {
        api.post("/api/v1/attempts/" + attemptId + "/submission", learner.token, "application/json", body)
                .expect(200, "POST /api/v1/attempts/{id}/submission as " + learner.email);
    }

    /**
     * Every learner starts their attempt at a quiz of {@code items} items and submits it with the
     * body {@code submission} gives them, concurrently on the pool; returns the attempt ids by learner index.
     */
    String[] startAndSubmitEach(String quizKey, int items, java.util.function.Function<Learner, byte[]> submission)
            throws Exception {
        String[] attempts = new String[learners.size()];
        forEach(learner -> {
            String attempt = startAttempt(learner, quizKey, items);
            submit(learner, attempt, submission.apply(learner));
            attempts[learner.index] = attempt;
        });
        return attempts;
    }

    private String[] signIn(String email) throws Exception {
        Map<String, Object> pair = JsonTree.object(api.postJson("/api/v1/auth/token", null, "{\"email\":"
                + Json.string(email) + ",\"password\":" + Json.string(PASSWORD) + "}")
                .expect(200, "POST /api/v1/auth/token as " + email).json(), "token pair");
        return new String[] {JsonTree.string(pair.get("access_token"), "access_token"),
                JsonTree.string(pair.get("refresh_token"), "refresh_token")};
    }

    private String email(int index) {
        return String.format(Locale.ROOT, "learner-%05d@%s.example", index + 1, slug);
    }

    interface LearnerTask {
        void run(Learner learner) throws Exception;
    }

    private void forEach(LearnerTask task) throws Exception {
        forEach(learners, task);
    }

    private void forEach(List<Learner> some, LearnerTask task) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Learner learner : some) {
            done.add(pool.submit(() -> {
                task.run(learner);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
    }
}
