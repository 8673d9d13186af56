package io.pathwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.attempt.AttemptStarter;
import io.pathwise.assessment.attempt.QuizContext;
import io.pathwise.assessment.attempt.QuizContexts;
import io.pathwise.assessment.attempt.Submission;
import io.pathwise.assessment.attempt.SubmissionOutcome;
import io.pathwise.assessment.attempt.Submissions;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementsRecorded;
import io.pathwise.shared.security.PathwisePrincipal;
import io.pathwise.support.QuizCourse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment module with the modules beneath it: a submission announces its grade, and the
 * grade reaches the LRS as statements, the road all learning evidence takes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class AssessmentModuleTest {

    @Autowired
    IdentityApi identity;

    @Autowired
    CatalogApi catalog;

    @Autowired
    QuizContexts contexts;

    @Autowired
    AttemptStarter starter;

    @Autowired
    Submissions submissions;

    @Autowired
    LrsApi lrs;

    @Autowired
    JsonMapper json;

    @Test
    void aSubmissionAnnouncesItsGradeWithEachItemsSkillsAndOutcome(Scenario scenario) {
        Learner learner = learner();
        UUID attempt = start(learner);

        scenario.stimulate(() -> submit(learner, attempt))
                .andWaitForEventOfType(AttemptGraded.class)
                .matching(event -> event.attemptId().equals(attempt))
                .toArriveAndVerify(event -> {
                    assertThat(event.learnerId()).isEqualTo(learner.principal().userId());
                    assertThat(event.score()).isEqualTo(7.0);
                    assertThat(event.maxScore()).isEqualTo(7.0);
                    assertThat(event.passed()).isTrue();
                    assertThat(event.gradeVersion()).isEqualTo(1);
                    assertThat(event.items()).hasSize(7);
                    assertThat(event.items().get(0).skills()).containsExactly("fractions");
                    assertThat(event.activityIri()).endsWith("/" + QuizCourse.QUIZ);
                });
    }

    @Test
    void aGradedAttemptIsRecordedInTheLrsWithTheAttemptAsRegistration(Scenario scenario) {
        Learner learner = learner();
        UUID attempt = start(learner);

        scenario.stimulate(() -> submit(learner, attempt))
                .andWaitForEventOfType(StatementsRecorded.class)
                .matching(recorded -> passed(recorded, attempt) != null)
                .toArriveAndVerify(recorded -> {
                    StatementRecorded event = passed(recorded, attempt);
                    assertThat(lrs.userOf(event.actor())).contains(learner.principal().userId());
                    assertThat(event.result().scaled()).isEqualTo(1.0);
                    assertThat(event.result().success()).isTrue();
                });
    }

    /** The attempt's "passed" statement among the recorded ones, or null. */
    private static StatementRecorded passed(StatementsRecorded recorded, UUID attempt) {
        return recorded.statements().stream()
                .filter(event -> attempt.equals(event.registration())
                        && event.verb().equals("http://adlnet.gov/expapi/verbs/passed"))
                .findFirst().orElse(null);
    }

    private record Learner(PathwisePrincipal principal, String slug) {
    }

    private Learner learner() {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 8);
        TenantView tenant = identity.ensureTenant(slug, "Module test " + slug);
        Map<String, byte[]> files = new LinkedHashMap<>();
        QuizCourse.files("quiz", null, "a").forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        UUID courseId = catalog.importPackageAsSystem(tenant.id(), PackageFiles.of(files)).course().id();
        UserView user = identity.createUser(tenant.id(), "learner@" + slug + ".test", "Learner", "long-enough-password", false);
        identity.enrol(tenant.id(), courseId, new EnrolmentRequest(user.email(), "Learner", CourseRole.LEARNER));
        catalog.setStatus(catalog.courseForSystem(tenant.id(), courseId).orElseThrow(), CourseStatus.PUBLISHED);
        return new Learner(new PathwisePrincipal(user.id(), tenant.id(), user.email(), "Learner", false), "quiz");
    }

    private UUID start(Learner learner) {
        QuizContext context = contexts.quiz(learner.principal(), learner.slug(), QuizCourse.QUIZ);
        return starter.start(learner.principal(), context).attempt().id();
    }

    private SubmissionOutcome submit(Learner learner, UUID attempt) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        json.readTree(QuizCourse.RIGHT_ANSWERS).properties().forEach(e -> answers.put(e.getKey(), e.getValue()));
        return submissions.submit(learner.principal(), attempt,
                new Submission("module-test-key", answers, Map.of(), null));
    }
}
