package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Export and re-import: lossless, and in place, keeping the ids and IRIs of what stays. */
abstract class PackageRoundTripFlows extends ApiTest {

    private TestOrganization org;
    private UUID course;

    @BeforeEach
    void importFractions() {
        org = TestOrganization.signUp(api);
        course = Courses.importFractions(api, org.adminToken());
    }

    @Test
    void exportsWhatWasImportedWithoutLosingAnything() {
        CoursePackage original = PackageReader.read(PackageFiles.fromFolder(PackageZips.FRACTIONS)).coursePackage();

        CoursePackage exported = read(export());

        assertThat(exported).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void reimportingTheExportChangesNothingButTheRevision() {
        byte[] first = export();
        String skills = api.get(Courses.course(course) + "/skills", org.adminToken()).body();
        Map<String, String[]> activities = activities();

        Api.Response reimported = api.postZip(Courses.PACKAGES, org.adminToken(), first);

        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);
        assertThat(reimported.json().get("created").asBoolean()).isFalse();
        assertThat(reimported.json().get("course").get("revision").asInt()).isEqualTo(2);
        assertThat(read(export())).usingRecursiveComparison().isEqualTo(read(first));
        assertThat(api.get(Courses.course(course) + "/skills", org.adminToken()).body()).isEqualTo(skills);
        assertThat(activities()).usingRecursiveComparison().isEqualTo(activities);
    }

    @Test
    void reimportingAChangedPackageUpdatesTheCourseInPlace() {
        Courses.publish(api, org.adminToken(), course);
        Map<String, String[]> before = activities();
        String skillsBefore = api.get(Courses.course(course) + "/skills", org.adminToken()).body();

        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(changedFractions()));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode updated = response.json().get("course");
        assertThat(updated.get("id").asString()).isEqualTo(course.toString());
        assertThat(updated.get("title").asString()).isEqualTo("Fractions, step by step");
        assertThat(updated.get("revision").asInt()).isEqualTo(2);
        assertThat(updated.get("status").asString()).as("a re-import keeps the course published").isEqualTo("PUBLISHED");

        Map<String, String[]> after = activities();
        assertThat(after).doesNotContainKey("basics-review").containsKey("fractions-around-us");
        before.remove("basics-review");
        before.remove("fraction-basics-check"); // cut with basics-review (see changedFractions)
        before.forEach((key, idAndIri) -> assertThat(after.get(key)).as("id and IRI of %s", key).containsExactly(idAndIri));
        String kept = before.values().iterator().next()[1];
        assertThat(after.get("fractions-around-us")[1])
                .isEqualTo(kept.substring(0, kept.lastIndexOf('/') + 1) + "fractions-around-us");
        assertThat(api.get(Courses.course(course) + "/skills", org.adminToken()).body()).isEqualTo(skillsBefore);
        assertThat(api.get(Courses.course(course) + "/activities/basics-review", org.adminToken()).status()).isEqualTo(404);
        assertThat(api.get(Courses.course(course) + "/activities/fractions-around-us", org.adminToken())
                .json().get("content").asString()).contains("recipe");
    }

    /** The Fractions package with a new title, one practice removed and one lesson added. */
    static Map<String, String> changedFractions() {
        Map<String, String> files = PackageZips.fractions();
        files.put("course.yaml", files.get("course.yaml").replace("title: Fractions\n", "title: Fractions, step by step\n"));
        String unit = files.get("units/fraction-basics/unit.yaml");
        files.put("units/fraction-basics/unit.yaml", unit.substring(0, unit.indexOf("  - id: basics-review")) + """
                  - id: fractions-around-us
                    title: Fractions around us
                    type: lesson
                    teaches: [fraction-as-part-of-whole]
                    assesses: []
                    minutes: 5
                    content: fractions-around-us.md
                """);
        // The unit's activities after basics-review are cut too; its quiz goes with its settings file.
        files.remove("assessment/quizzes/fraction-basics-check.yaml");
        files.remove("units/fraction-basics/basics-review.md");
        files.put("units/fraction-basics/fractions-around-us.md",
                "## Fractions around us\n\nA recipe that needs 3/4 of a cup of flour uses a fraction.\n");
        return files;
    }

    /** Activity key to its id and IRI. */
    private Map<String, String[]> activities() {
        Map<String, String[]> activities = new LinkedHashMap<>();
        api.get(Courses.course(course), org.adminToken()).json().get("units").valueStream()
                .flatMap(unit -> unit.get("activities").valueStream())
                .forEach(a -> activities.put(a.get("key").asString(),
                        new String[] {a.get("id").asString(), a.get("iri").asString()}));
        return activities;
    }

    private byte[] export() {
        HttpResponse<byte[]> response = api.download(Courses.course(course) + "/package", org.adminToken());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("fractions.zip");
        return response.body();
    }

    private static CoursePackage read(byte[] zip) {
        PackageReader.Result result = PackageReader.read(PackageFiles.fromZip(new ByteArrayInputStream(zip), Long.MAX_VALUE));
        assertThat(result.problems()).isEmpty();
        return result.coursePackage();
    }
}
