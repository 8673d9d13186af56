package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.catalog.packaging.PackageWriter;
import io.pathwise.support.PackageZips;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The package format without a server: what the writer writes, the reader reads back unchanged. */
class PackageFormatTest {

    @Test
    void theExampleFractionsPackageIsValid() {
        PackageReader.Result result = PackageReader.read(PackageFiles.fromFolder(PackageZips.FRACTIONS));

        assertThat(result.problems()).isEmpty();
        assertThat(result.coursePackage().skills()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.coursePackage().activityCount()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aWrittenPackageReadsBackUnchangedEvenWithHundredsOfSkills() {
        JunyiGraph junyi = JunyiGraph.load();
        CoursePackage written = read(junyi.packageZip("junyi", junyi.graph(true)));

        CoursePackage again = read(PackageWriter.zip(PackageWriter.write(written)));

        assertThat(again).usingRecursiveComparison().isEqualTo(written);
        assertThat(written.skills()).hasSize(835);
    }

    @Test
    void writtenFilesHaveNoYamlAnchorsOrAliasesEvenWhereValuesAreShared() {
        JunyiGraph junyi = JunyiGraph.load();
        CoursePackage shared = junyi.coursePackage("junyi", junyi.graph(true));

        PackageWriter.write(shared).all().forEach((file, bytes) -> {
            if (file.endsWith(".yaml")) {
                assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file).doesNotContain("&id0", "*id0");
            }
        });
    }

    private static CoursePackage read(byte[] zip) {
        PackageReader.Result result = PackageReader.read(PackageFiles.fromZip(new ByteArrayInputStream(zip), Long.MAX_VALUE));
        assertThat(result.problems()).isEmpty();
        return result.coursePackage();
    }
}
