package io.pathwise.catalog.cli;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.shared.cli.PathwiseCommand;
import io.pathwise.shared.security.PathwisePrincipal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code export-course <tenant-slug> <course-slug> <output.zip>}: writes a course as a package. */
@Component
class ExportCourseCommand implements PathwiseCommand {

    private final CatalogApi catalog;
    private final IdentityApi identity;

    ExportCourseCommand(CatalogApi catalog, IdentityApi identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "export-course";
    }

    @Override
    public String usage() {
        return "<tenant slug> <course slug> <output .zip>";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        if (arguments.size() != 3) {
            System.err.println("usage: export-course " + usage());
            return 2;
        }
        TenantView tenant = identity.tenantBySlug(arguments.get(0)).orElse(null);
        if (tenant == null) {
            System.err.println("No organization with the slug '" + arguments.get(0) + "'.");
            return 1;
        }
        // The command line runs with the rights of the machine's operator: a tenant admin of that tenant.
        PathwisePrincipal operator = new PathwisePrincipal(new UUID(0, 0), tenant.id(), "cli", "command line", true);
        CourseSummary course = catalog.courseBySlug(operator, arguments.get(1));
        Path output = Path.of(arguments.get(2));
        Files.write(output, catalog.exportPackage(course));
        System.out.printf("Wrote '%s' to %s.%n", course.title(), output);
        return 0;
    }
}
