package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.support.PackageZips;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The catalog module on its own (with identity, which it depends on): its events. */
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
}
