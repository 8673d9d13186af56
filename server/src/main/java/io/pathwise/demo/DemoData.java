package io.pathwise.demo;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.ImportResult;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.shared.cli.CommandLineMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo organization on first start and prints the demo accounts on every start. It runs
 * before the application reports ready, so the first page a visitor opens already has the course.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PACKAGE_LOCATION = "demo-courses/fractions/";

    private final IdentityApi identity;
    private final CatalogApi catalog;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final DemoProperties properties;

    DemoData(IdentityApi identity, CatalogApi catalog, DataSource dataSource, TransactionTemplate transaction,
            Environment environment, DemoProperties properties) {
        this.properties = properties;
        this.identity = identity;
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        // Checked here rather than by a bean condition, so an AOT-processed build still honours it.
        if (!properties.enabled() || environment.containsProperty(CommandLineMode.PROPERTY)) {
            return;
        }
        if (!isEmbeddedH2()) {
            log.warn("pathwise.demo.enabled is true but the database is not the embedded H2: no demo accounts are created.");
            return;
        }
        if (identity.tenantBySlug(DemoAccounts.TENANT_SLUG)
                .flatMap(tenant -> identity.userByEmail(tenant.id(), DemoAccounts.ADMIN_EMAIL)).isEmpty()) {
            transaction.executeWithoutResult(status -> create());
        }
        log.info("""

                Demo data is on (pathwise.demo.enabled). Open {} and sign in as
                  learner     {} / {}
                  instructor  {} / {}
                  admin       {} / {}
                xAPI client credential (HTTP Basic): {} / {}
                """, environment.getProperty("pathwise.public-url"),
                DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD,
                DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD,
                DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD,
                DemoAccounts.XAPI_KEY, DemoAccounts.XAPI_SECRET);
    }

    private void create() {
        TenantView tenant = identity.ensureTenant(DemoAccounts.TENANT_SLUG, DemoAccounts.TENANT_NAME);
        UserView admin = identity.createUser(tenant.id(), DemoAccounts.ADMIN_EMAIL, "Ada Admin", DemoAccounts.ADMIN_PASSWORD, true);
        identity.createUser(tenant.id(), DemoAccounts.INSTRUCTOR_EMAIL, "Ines Instructor", DemoAccounts.INSTRUCTOR_PASSWORD, false);
        identity.createUser(tenant.id(), DemoAccounts.LEARNER_EMAIL, "Leo Learner", DemoAccounts.LEARNER_PASSWORD, false);
        ImportResult fractions = catalog.importPackageAsSystem(tenant.id(), PackageFiles.of(readPackage()));
        catalog.setStatus(fractions.course(), CourseStatus.PUBLISHED);
        identity.enrol(tenant.id(), fractions.course().id(),
                new EnrolmentRequest(DemoAccounts.INSTRUCTOR_EMAIL, null, CourseRole.INSTRUCTOR));
        identity.enrol(tenant.id(), fractions.course().id(),
                new EnrolmentRequest(DemoAccounts.LEARNER_EMAIL, null, CourseRole.LEARNER));
        identity.ensureApiCredential(tenant.id(), admin.id(), "Demo xAPI client", List.of("all"),
                DemoAccounts.XAPI_KEY, DemoAccounts.XAPI_SECRET);
        log.info("Created the demo organization '{}' with the course '{}' ({} skills, {} activities).",
                tenant.slug(), fractions.course().title(), fractions.skills(), fractions.activities());
    }

    /** The demo package ships in the jar, copied from examples/courses/fractions by the build. */
    static Map<String, byte[]> readPackage() {
        try {
            Map<String, byte[]> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + PACKAGE_LOCATION + "**/*")) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf(PACKAGE_LOCATION) + PACKAGE_LOCATION.length());
                if (!path.isEmpty() && !path.endsWith("/")) {
                    files.put(path, resource.getContentAsByteArray());
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isEmbeddedH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        }
    }
}
