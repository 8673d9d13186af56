package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.support.PackageZips;
import io.pathwise.support.SkillCourse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The catalog module on its own (with identity, which it depends on): its events and its skill graphs. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class CatalogModuleTest {

    @Autowired
    CatalogApi catalog;

    @Autowired
    IdentityApi identity;

    @Test
    void announcesThatACourseWasPublished(Scenario scenario) {
        TenantView tenant = identity.ensureTenant("catalog-" + UUID.randomUUID().toString().substring(0, 8), "Catalog test");
        ImportResult imported = catalog.importPackageAsSystem(tenant.id(), PackageFiles.fromFolder(PackageZips.FRACTIONS));
        assertThat(imported.course().status()).isEqualTo(CourseStatus.DRAFT);

        scenario.stimulate(() -> catalog.setStatus(imported.course(), CourseStatus.PUBLISHED))
                .andWaitForEventOfType(CoursePublished.class)
                .matching(event -> event.courseId().equals(imported.course().id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.tenantId()).isEqualTo(tenant.id());
                    assertThat(event.revision()).isEqualTo(1);
                });
    }

    @Test
    void aNewImportChangesTheSkillGraphThatReadersOfTheNewRevisionSee() {
        TenantView tenant = identity.ensureTenant("catalog-" + UUID.randomUUID().toString().substring(0, 8), "Catalog test");
        Map<String, String> files = SkillCourse.files("chain");
        CourseSummary first = catalog.importPackageAsSystem(tenant.id(), files(files)).course();
        assertThat(catalog.skillGraph(first).skills()).hasSize(3);

        files.put("skills.yaml", files.get("skills.yaml")
                + "  - id: fractions-of-amounts\n    name: Fractions of amounts\n    prerequisites: [mixed-numbers]\n");
        CourseSummary second = catalog.importPackageAsSystem(tenant.id(), files(files)).course();

        assertThat(second.revision()).isEqualTo(first.revision() + 1);
        SkillGraphView graph = catalog.skillGraph(second);
        assertThat(graph.skills()).extracting(SkillGraphView.Skill::key).containsExactly(SkillCourse.FIRST,
                SkillCourse.SECOND, SkillCourse.THIRD, "fractions-of-amounts");
        assertThat(graph.skills().get(3).prerequisites()).containsExactly(SkillCourse.THIRD);
        assertThat(catalog.skillGraph(second)).as("kept for the revision").isSameAs(graph);
    }

    private static PackageFiles files(Map<String, String> texts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        texts.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return PackageFiles.of(bytes);
    }
}
