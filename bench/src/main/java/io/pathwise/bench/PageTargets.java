package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The web pages that take input: the forms (sign-in, sign-up, activation, package import,
 * credentials, grading, study partners) and the pages whose path or query names something.
 * Sent from a browser session of the right user, with its CSRF token, so the variants reach the
 * controllers rather than stopping at the CSRF filter.
 */
final class PageTargets {

    private PageTargets() {
    }

    static List<FuzzTarget> all(FuzzFixtures fx) {
        String course = "/courses/" + FuzzFixtures.SLUG;
        byte[] zip = FileVariants.zipOf(fx.packageFiles, StandardCharsets.UTF_8);
        return List.of(
                // Never a demo address: five failed sign-ins would lock it for the rest of the run.
                form("/sign-in", Caller.PAGE_ANONYMOUS, "email=fuzz-nobody%40example.org&password=not-the-password").build(),
                form("/sign-up", Caller.PAGE_ANONYMOUS, "organizationName=Fuzz+Page+Org&slug=fuzz-page-org&email="
                        + "fuzz-page%40example.org&displayName=Fuzz+Page&password=fuzz-password-1").build(),
                form("/activate", Caller.PAGE_ANONYMOUS, "token=not-an-activation-token&password=fuzz-password-1").build(),
                FuzzTarget.of("POST", "/courses/import", Caller.PAGE_ADMIN)
                        .body(FuzzTarget.BodyKind.MULTIPART_ZIP, "multipart/form-data; boundary=" + FileVariants.BOUNDARY,
                                FileVariants.multipart("file", "package.zip", zip), ApiTargets.PACKAGE_LIMIT)
                        .reads("/courses", "/courses/" + FuzzFixtures.PACKAGE_SLUG).build(),
                form("/admin/credentials", Caller.PAGE_ADMIN, "label=Fuzz+page&scopes=statements%2Fread")
                        .reads("/admin/credentials").build(),
                form("/admin/credentials/{credentialId}/revoke", Caller.PAGE_ADMIN, "").path("credentialId", "x").destructive().build(),
                form("/courses/{slug}/grading", Caller.PAGE_INSTRUCTOR, "attemptId=" + fx.gradedAttemptId + "&itemKey="
                        + FuzzFixtures.MANUAL_ITEM + "&score=0.5&feedback=Fine").path("slug", FuzzFixtures.SLUG)
                        .reads(course + "/grading", course + "/gradebook").build(),
                form("/courses/{slug}/study-partners", Caller.PAGE_LEARNER, "optedIn=true").path("slug", FuzzFixtures.SLUG)
                        .reads(course).build(),
                page("/courses/{slug}", Caller.PAGE_LEARNER).path("slug", FuzzFixtures.SLUG).build(),
                page("/courses/{slug}/activities/{activityKey}", Caller.PAGE_LEARNER).path("slug", FuzzFixtures.SLUG)
                        .path("activityKey", FuzzFixtures.QUIZ).build(),
                page("/courses/{slug}/quizzes/{activityKey}", Caller.PAGE_LEARNER).path("slug", FuzzFixtures.SLUG)
                        .path("activityKey", FuzzFixtures.QUIZ).build(),
                page("/courses/{slug}/quizzes/{activityKey}/results", Caller.PAGE_INSTRUCTOR).path("slug", FuzzFixtures.SLUG)
                        .path("activityKey", FuzzFixtures.QUIZ).build(),
                page("/courses/{slug}/gradebook", Caller.PAGE_INSTRUCTOR).path("slug", FuzzFixtures.SLUG)
                        .query("cursor", "cursor", null).build(),
                page("/courses/{slug}/grading", Caller.PAGE_INSTRUCTOR).path("slug", FuzzFixtures.SLUG)
                        .query("cursor", "cursor", null).build(),
                page("/courses/{slug}/mastery", Caller.PAGE_INSTRUCTOR).path("slug", FuzzFixtures.SLUG)
                        .query("cursor", "cursor", null).build(),
                page("/courses/{slug}/package.zip", Caller.PAGE_INSTRUCTOR).path("slug", FuzzFixtures.SLUG).build(),
                page("/lrs/statements", Caller.PAGE_INSTRUCTOR).query("agent", "json", null).query("verb", "iri", null)
                        .query("activity", "iri", null).query("since", "timestamp", null).query("until", "timestamp", null)
                        .query("cursor", "cursor", null).build(),
                page("/admin/credentials", Caller.PAGE_ADMIN).query("cursor", "cursor", null).build(),
                page("/activate", Caller.PAGE_ANONYMOUS).query("token", "string", "not-an-activation-token").build());
    }

    private static FuzzTarget.Builder form(String path, Caller caller, String fields) {
        return FuzzTarget.of("POST", path, caller).body(FuzzTarget.BodyKind.FORM, "application/x-www-form-urlencoded",
                fields.getBytes(StandardCharsets.US_ASCII), 0);
    }

    private static FuzzTarget.Builder page(String path, Caller caller) {
        return FuzzTarget.of("GET", path, caller).header("Accept", "text/html");
    }
}
