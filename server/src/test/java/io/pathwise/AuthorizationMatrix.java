package io.pathwise;

import io.pathwise.support.Api;
import io.pathwise.support.Courses;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The vocabulary of {@link AuthorizationMatrixTest}'s table: who calls, what request they send,
 * and what each kind of caller must get.
 */
final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** Who calls: organization A's people by their role in its course, or organization B's admin. */
    enum Caller {
        ANONYMOUS, ADMIN, INSTRUCTOR, TEACHING_ASSISTANT, LEARNER,
        /** A user of organization A who is not a member of the course. */
        OUTSIDER,
        /** The administrator of organization B. */
        OTHER_TENANT_ADMIN
    }

    /** A concrete request. */
    record Call(String method, String path, String contentType, byte[] body) {
    }

    /** The fixtures of organization A that requests refer to. */
    record Fixtures(UUID course, UUID credential, UUID leaver, String activationToken, String refreshToken,
            String learnerEmail, String slug, AtomicInteger counter, UUID attempt, UUID essayAttempt, UUID learnerId) {

        String fresh(String what) {
            return what + "-" + counter.incrementAndGet() + "@" + slug + ".test";
        }

        String course(String rest) {
            return Courses.course(course) + rest;
        }

        /** A path under the course by its slug (the Fractions package's id), as the quiz API addresses it. */
        String bySlug(String rest) {
            return "/api/v1/courses/fractions" + rest;
        }
    }

    /** One row of the matrix; build with {@link #endpoint}. A null status means "does not apply". */
    record Entry(String endpoint, Function<Fixtures, Call> request, int anonymous, Caller tooSmall,
            Integer tooSmallStatus, boolean hiddenFromOtherTenants, Caller allowed, Integer allowedStatus) {

        /** Anyone may call it: an anonymous call gets {@code status}, and no role is checked. */
        Entry publicWith(int status) {
            return new Entry(endpoint, request, status, null, null, false, null, null);
        }

        /** The strongest caller whose role is too small gets {@code status}: 403, or 404 where the resource stays unknown. */
        Entry refuses(Caller caller, int status) {
            return new Entry(endpoint, request, 401, caller, status, hiddenFromOtherTenants, allowed, allowedStatus);
        }

        /** The path names organization A's resource: organization B's administrator gets 404. */
        Entry hidesFromOtherTenants() {
            return new Entry(endpoint, request, anonymous, tooSmall, tooSmallStatus, true, allowed, allowedStatus);
        }

        /** The weakest caller allowed gets {@code status}; checked last, as it may change data. */
        Entry allows(Caller caller, int status) {
            return new Entry(endpoint, request, 401, tooSmall, tooSmallStatus, hiddenFromOtherTenants, caller, status);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(endpoint).append(": anonymous ").append(anonymous);
            if (tooSmall != null) {
                text.append(", ").append(tooSmall).append(' ').append(tooSmallStatus);
            }
            if (hiddenFromOtherTenants) {
                text.append(", other tenant 404");
            }
            if (allowed != null) {
                text.append(", ").append(allowed).append(' ').append(allowedStatus);
            }
            return text.toString();
        }
    }

    static Entry endpoint(String endpoint, Function<Fixtures, Call> request) {
        return new Entry(endpoint, request, 401, null, null, false, null, null);
    }

    static Call get(String path) {
        return new Call("GET", path, null, null);
    }

    static Call json(String method, String path, Object body) {
        return new Call(method, path, "application/json", Api.json().writeValueAsBytes(body));
    }

    static Call multipart(String path, byte[] zip) {
        Api.Body body = Api.multipart("file", "fractions.zip", "application/zip", zip);
        return new Call("POST", path, body.contentType(), body.bytes());
    }
}
