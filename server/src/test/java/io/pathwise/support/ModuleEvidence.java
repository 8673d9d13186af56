package io.pathwise.support;

import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For module tests of the learner model and what builds on it: a learner enrolled in a fresh
 * organization's published {@link SkillCourse}, and their answers and voidings recorded straight
 * through the LRS's API, the way every producer of evidence records it. A test brings it in with
 * {@code @Import(ModuleEvidence.class)} and injects it.
 */
public final class ModuleEvidence {

    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private final IdentityApi identity;
    private final CatalogApi catalog;
    private final LrsApi lrs;
    private final JsonMapper json;

    /** A learner of a course, as the module APIs take them. */
    public record Learner(UUID tenantId, UUID userId, CourseSummary course) {
    }

    public ModuleEvidence(IdentityApi identity, CatalogApi catalog, LrsApi lrs, JsonMapper json) {
        this.identity = identity;
        this.catalog = catalog;
        this.lrs = lrs;
        this.json = json;
    }

    /** A new organization (slug {@code prefix-<random>}) with the skill chain course published and one learner in it. */
    public Learner learnerInNewCourse(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TenantView tenant = identity.ensureTenant(slug, "Module test " + slug);
        Map<String, byte[]> files = new LinkedHashMap<>();
        SkillCourse.files("chain").forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        UUID courseId = catalog.importPackageAsSystem(tenant.id(), PackageFiles.of(files)).course().id();
        UserView user = identity.createUser(tenant.id(), "learner@" + slug + ".test", "Learner", "long-enough-password",
                false);
        identity.enrol(tenant.id(), courseId, new EnrolmentRequest(user.email(), "Learner", CourseRole.LEARNER));
        CourseSummary course = catalog.setStatus(catalog.courseForSystem(tenant.id(), courseId).orElseThrow(),
                CourseStatus.PUBLISHED);
        return new Learner(tenant.id(), user.id(), course);
    }

    /** {@code count} more learners of {@code learner}'s course, each enrolled. */
    public List<Learner> classmates(Learner learner, int count) {
        List<Learner> classmates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            UserView user = identity.createUser(learner.tenantId(), "classmate" + i + "@" + learner.userId() + ".test",
                    "Classmate " + i, "long-enough-password", false);
            identity.enrol(learner.tenantId(), learner.course().id(),
                    new EnrolmentRequest(user.email(), "Classmate " + i, CourseRole.LEARNER));
            classmates.add(new Learner(learner.tenantId(), user.id(), learner.course()));
        }
        return classmates;
    }

    /** Records one statement per answer, in order, about the practice activity of the skill; returns their ids. */
    public List<UUID> answer(Learner learner, String skill, boolean... correct) {
        return lrs.record(learner.tenantId(), statements(learner, skill, correct));
    }

    /** The statements {@link #answer} records: the learner answered the skill's practice, a second apart. */
    public List<ObjectNode> statements(Learner learner, String skill, boolean... correct) {
        String iri = iriOf(learner.course(), SkillCourse.practiceOf(skill));
        List<ObjectNode> statements = new ArrayList<>();
        long base = System.currentTimeMillis();
        for (int i = 0; i < correct.length; i++) {
            ObjectNode statement = json.createObjectNode();
            statement.put("id", UUID.randomUUID().toString());
            statement.set("actor", lrs.userAgent(learner.userId(), "Learner"));
            statement.putObject("verb").put("id", ANSWERED);
            statement.putObject("object").put("objectType", "Activity").put("id", iri);
            statement.putObject("result").put("success", correct[i]);
            statement.put("timestamp", Instant.ofEpochMilli(base + i * 1000L).toString());
            statements.add(statement);
        }
        return statements;
    }

    /** Voids the statements, as the learner. */
    public void voidStatements(Learner learner, List<UUID> ids) {
        List<ObjectNode> voiding = new ArrayList<>();
        for (UUID id : ids) {
            ObjectNode statement = json.createObjectNode();
            statement.set("actor", lrs.userAgent(learner.userId(), "Learner"));
            statement.putObject("verb").put("id", VOIDED);
            statement.putObject("object").put("objectType", "StatementRef").put("id", id.toString());
            voiding.add(statement);
        }
        lrs.record(learner.tenantId(), voiding);
    }

    private String iriOf(CourseSummary course, String activityKey) {
        CourseOutline outline = catalog.outline(course);
        return outline.units().stream().flatMap(u -> u.activities().stream()).filter(a -> a.key().equals(activityKey))
                .map(ActivitySummary::iri).findFirst().orElseThrow();
    }
}
