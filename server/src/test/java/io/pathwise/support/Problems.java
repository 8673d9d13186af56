package io.pathwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads RFC 9457 problem responses: the status, the media type and the {@code errors} entries. */
public final class Problems {

    /** One entry of a problem's {@code errors}: where, why, and the line for problems in files. */
    public record Error(String field, String reason, Integer line) {
    }

    private Problems() {
    }

    /**
     * Asserts that the response is a problem document with the status, and returns its errors
     * (empty when it has none).
     */
    public static List<Error> assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("media type of %s", response)
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        List<Error> errors = new ArrayList<>();
        JsonNode list = problem.get("errors");
        if (list != null) {
            for (JsonNode error : list) {
                errors.add(new Error(error.get("field").asString(), error.get("reason").asString(),
                        error.has("line") ? error.get("line").asInt() : null));
            }
        }
        return errors;
    }

    /** Asserts a problem with the status whose errors name the field, and returns that field's reason. */
    public static String assertFieldProblem(Api.Response response, int status, String field) {
        List<Error> errors = assertProblem(response, status);
        assertThat(errors).as("errors of %s", response).extracting(Error::field).contains(field);
        return errors.stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow().reason();
    }
}
