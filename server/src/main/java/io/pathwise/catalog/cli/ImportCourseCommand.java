package io.pathwise.catalog.cli;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.ImportResult;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.shared.cli.PathwiseCommand;
import io.pathwise.shared.problem.ApiException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code import-course <folder-or-zip> <tenant-slug>}: imports (or updates) a course package. */
@Component
class ImportCourseCommand implements PathwiseCommand {

    private final CatalogApi catalog;
    private final IdentityApi identity;

    ImportCourseCommand(CatalogApi catalog, IdentityApi identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "import-course";
    }

    @Override
    public String usage() {
        return "<package folder or .zip> <tenant slug>";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        if (arguments.size() != 2) {
            System.err.println("usage: import-course " + usage());
            return 2;
        }
        Path source = Path.of(arguments.get(0));
        TenantView tenant = identity.tenantBySlug(arguments.get(1)).orElse(null);
        if (tenant == null) {
            System.err.println("No organization with the slug '" + arguments.get(1) + "'.");
            return 1;
        }
        PackageFiles files;
        if (Files.isDirectory(source)) {
            files = PackageFiles.fromFolder(source);
        } else {
            try (InputStream in = Files.newInputStream(source)) {
                files = PackageFiles.fromZip(in, Long.MAX_VALUE);
            }
        }
        try {
            ImportResult result = catalog.importPackageAsSystem(tenant.id(), files);
            System.out.printf("%s course '%s' (%s): %d skills, %d activities, revision %d.%n",
                    result.created() ? "Created" : "Updated", result.course().title(), result.course().slug(),
                    result.skills(), result.activities(), result.course().revision());
            return 0;
        } catch (ApiException rejected) {
            System.err.println(rejected.getMessage());
            rejected.problems().forEach(problem -> System.err.println("  " + problem));
            return 1;
        }
    }
}
