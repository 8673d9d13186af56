package io.pathwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Course fixtures through the public API: import the example package, enrol people, publish. */
public final class Courses {

    public static final String PACKAGES = "/api/v1/course-packages";

    private Courses() {
    }

    /** Imports the Fractions example package as a new (draft) course and returns its id. */
    public static UUID importFractions(Api api, String adminToken) {
        Api.Response response = api.postZip(PACKAGES, adminToken, PackageZips.zip(PackageZips.fractions()));
        assertThat(response.status()).as("import of Fractions: %s", response).isEqualTo(201);
        return UUID.fromString(response.json().get("course").get("id").asString());
    }

    /** Enrols the person (inviting them when they have no account) and returns the enrolment. */
    public static JsonNode enrol(Api api, String token, UUID courseId, String email, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "displayName", email.substring(0, email.indexOf('@'))));
        if (role != null) {
            body.put("role", role);
        }
        Api.Response response = api.post(members(courseId), token, body);
        assertThat(response.status()).as("enrolment of %s: %s", email, response).isEqualTo(201);
        return response.json();
    }

    public static void publish(Api api, String token, UUID courseId) {
        Api.Response response = api.put(course(courseId) + "/status", token, Map.of("status", "PUBLISHED"));
        assertThat(response.status()).as("publishing: %s", response).isEqualTo(200);
    }

    public static String course(UUID courseId) {
        return "/api/v1/courses/" + courseId;
    }

    public static String members(UUID courseId) {
        return course(courseId) + "/members";
    }
}
