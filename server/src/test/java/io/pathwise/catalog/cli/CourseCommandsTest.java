package io.pathwise.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.shared.cli.PathwiseCommand;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The command-line import and export of course packages. */
@IntegrationTest
class CourseCommandsTest {

    @LocalServerPort
    int port;

    @Autowired
    List<PathwiseCommand> commands;

    @Test
    void importsAPackageFolderAndExportsItAgainAsAnEquivalentZip() throws Exception {
        TestOrganization organization = TestOrganization.signUp(new Api(port));

        int imported = command("import-course").run(List.of(PackageZips.FRACTIONS.toString(), organization.slug()));
        assertThat(imported).isZero();

        Path zip = Files.createTempFile(Path.of("target"), "fractions-export", ".zip");
        int exported = command("export-course").run(List.of(organization.slug(), "fractions", zip.toString()));
        assertThat(exported).isZero();

        PackageReader.Result original = PackageReader.read(PackageFiles.fromFolder(PackageZips.FRACTIONS));
        PackageReader.Result roundTrip;
        try (InputStream in = Files.newInputStream(zip)) {
            roundTrip = PackageReader.read(PackageFiles.fromZip(in, Long.MAX_VALUE));
        }
        assertThat(roundTrip.problems()).isEmpty();
        assertThat(roundTrip.coursePackage()).isEqualTo(original.coursePackage());
    }

    @Test
    void refusesAnUnknownOrganizationWithAnExitCodeOtherThanZero() throws Exception {
        assertThat(command("import-course").run(List.of(PackageZips.FRACTIONS.toString(), "no-such-organization"))).isEqualTo(1);
        assertThat(command("import-course").run(List.of("only-one-argument"))).isEqualTo(2);
    }

    private PathwiseCommand command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
