package io.pathwise.catalog;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.PackageZips;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Importing course packages: all or nothing, with every problem reported by file and line. */
abstract class PackageImportFlows extends ApiTest {

    private TestOrganization org;

    @BeforeEach
    void signUp() {
        org = TestOrganization.signUp(api);
    }

    @Test
    void importsTheFractionsPackageAsADraftCourse() {
        var fractions = PackageReader.read(PackageFiles.fromFolder(PackageZips.FRACTIONS)).coursePackage();

        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(PackageZips.fractions()));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("created").asBoolean()).isTrue();
        assertThat(result.get("skills").asInt()).isEqualTo(fractions.skills().size());
        assertThat(result.get("activities").asInt()).isEqualTo(fractions.activityCount());
        assertThat(result.get("course").get("status").asString()).isEqualTo("DRAFT");
        assertThat(result.get("course").get("revision").asInt()).isEqualTo(1);
        assertThat(courseSlugs()).containsExactly("fractions");
    }

    @Test
    void givesEveryActivityItsOwnIriUnderTheOrganization() {
        UUID course = Courses.importFractions(api, org.adminToken());

        List<String> iris = api.get(Courses.course(course), org.adminToken()).json().get("units").valueStream()
                .flatMap(unit -> unit.get("activities").valueStream()).map(a -> a.get("iri").asString()).toList();

        assertThat(iris).doesNotHaveDuplicates().isNotEmpty()
                .allSatisfy(iri -> assertThat(iri).matches("https?://.+/" + org.slug() + "/fractions/[a-z0-9-]+"));
    }

    @Test
    void rejectsABrokenPackageListingEveryProblemWithItsFileAndLine() {
        BrokenPackage broken = new BrokenPackage();

        List<Problems.Error> errors = assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(), broken.zip()), 422);

        for (BrokenPackage.Planted planted : broken.problems) {
            assertThat(errors).as("the problem planted in %s", planted.file()).anySatisfy(error -> {
                assertThat(error.field()).isEqualTo(planted.file());
                assertThat(error.line()).isEqualTo(planted.line());
                assertThat(error.reason()).contains(planted.reasonContains());
            });
        }
        assertThat(errors).hasSameSizeAs(broken.problems);
        assertThat(courseSlugs()).as("nothing was stored").isEmpty();
    }

    @Test
    void aRejectedUpdateLeavesTheCourseAsItWas() {
        UUID course = Courses.importFractions(api, org.adminToken());
        String outline = api.get(Courses.course(course), org.adminToken()).body();
        String skills = api.get(Courses.course(course) + "/skills", org.adminToken()).body();

        assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(), new BrokenPackage().zip()), 422);

        assertThat(api.get(Courses.course(course), org.adminToken()).body()).isEqualTo(outline);
        assertThat(api.get(Courses.course(course) + "/skills", org.adminToken()).body()).isEqualTo(skills);
    }

    @Test
    void aDryRunValidatesAGoodPackageWithoutStoringIt() {
        Api.Response response = api.postZip(Courses.PACKAGES + "?dryRun=true", org.adminToken(),
                PackageZips.zip(PackageZips.fractions()));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("valid").asBoolean()).isTrue();
        assertThat(response.json().get("errors")).isEmpty();
        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void aDryRunReportsEveryProblemOfABrokenPackage() {
        BrokenPackage broken = new BrokenPackage();

        Api.Response response = api.postZip(Courses.PACKAGES + "?dryRun=true", org.adminToken(), broken.zip());

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("valid").asBoolean()).isFalse();
        assertThat(response.json().get("errors")).hasSameSizeAs(broken.problems);
        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void acceptsThePackageUploadedAsAFormFile() {
        Api.Body form = Api.multipart("file", "fractions.zip", "application/zip", PackageZips.zip(PackageZips.fractions()));

        Api.Response response = api.postRaw(Courses.PACKAGES, org.adminToken(), form.contentType(), form.bytes(), Map.of());

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(courseSlugs()).containsExactly("fractions");
    }

    @Test
    void refusesAnUploadThatIsNotAZip() {
        Api.Response response = api.postZip(Courses.PACKAGES, org.adminToken(),
                "course.yaml: not zipped".getBytes(StandardCharsets.UTF_8));

        assertFieldProblem(response, 422, "file");
        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void refusesAZipWhosePathsLeaveThePackage() {
        Map<String, String> files = PackageZips.fractions();
        files.put("../../etc/cron.d/evil", "* * * * * root true\n");

        assertThat(assertFieldProblem(api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files)), 422, "file"))
                .contains("unsafe path");
        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void onlyTenantAdminsCreateCourses() {
        String member = org.newUser(api, "member");

        assertProblem(api.postZip(Courses.PACKAGES, member, PackageZips.zip(PackageZips.fractions())), 403);

        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void theSamePackageInAnotherOrganizationIsAnotherCourse() {
        TestOrganization other = TestOrganization.signUp(api);
        UUID ours = Courses.importFractions(api, org.adminToken());

        UUID theirs = Courses.importFractions(api, other.adminToken());

        assertThat(theirs).isNotEqualTo(ours);
        assertThat(api.get(Courses.course(ours), org.adminToken()).json().get("course").get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void rejectsACourseWithoutAUsableIdNamingTheKey() {
        String withoutId = "format: pathwise-course/1\ntitle: T\n";
        List<String> courseFiles = List.of(withoutId, withoutId + "id: Bad_Id\n", withoutId + "id: ../x\n",
                withoutId + "id: " + "x".repeat(10_000) + "\n");

        for (String course : courseFiles) {
            byte[] zip = PackageZips.zip(Map.of("course.yaml", course));
            List<Problems.Error> errors = assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(), zip), 422);
            assertThat(errors).as("%s", course.lines().toList()).anySatisfy(error -> {
                assertThat(error.field()).isEqualTo("course.yaml");
                assertThat(error.reason()).contains("'id'");
            });
        }
        String learner = org.newUser(api, "learner");
        Api.Response dryRun = api.postZip(Courses.PACKAGES + "?dryRun=true", learner,
                PackageZips.zip(Map.of("course.yaml", withoutId)));
        assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
        assertThat(dryRun.json().get("valid").asBoolean()).isFalse();
        assertThat(courseSlugs()).isEmpty();
    }

    @Test
    void rejectsCharactersACourseFileCannotHoldNamingFileLineAndKey() {
        Map<String, String> files = PackageZips.fractions();
        String course = files.get("course.yaml");
        files.put("course.yaml", course.replace("title: Fractions\n", "title: \"Fractions \\uD800\"\n"));
        String skills = files.get("skills.yaml");
        files.put("skills.yaml", skills.replace("name: Fractions as parts of a whole\n", "name: \"Bell \\x07\"\n"));
        String unit = "units/fraction-basics/unit.yaml";
        files.put(unit, files.get(unit).replace("title: Fraction basics\n", "title: \"Nul \\0\"\n"));
        files.put("description.md", "# Fractions\n\nA stray \u0001 here.\n");

        List<Problems.Error> errors = assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files)), 422);

        assertThat(errors).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("course.yaml");
            assertThat(error.line()).isEqualTo(BrokenPackage.lineOf(files.get("course.yaml"), "title:"));
            assertThat(error.reason()).contains("'title'", "U+D800");
        });
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("skills.yaml");
            assertThat(error.reason()).contains("'name'", "U+0007");
        });
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(unit);
            assertThat(error.reason()).contains("'title'", "U+0000");
        });
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("description.md");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).contains("U+0001");
        });
        assertThat(courseSlugs()).as("nothing was stored").isEmpty();
    }

    @Test
    void keepsCharactersBeyondTheBasicPlaneAndExportsThem() {
        Map<String, String> files = PackageZips.fractions();
        files.put("course.yaml", files.get("course.yaml").replace("title: Fractions\n",
                "title: \"Fractions \\U0001F355\"\n"));
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files));
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        String course = Courses.course(UUID.fromString(imported.json().get("course").get("id").asString()));

        assertThat(api.download(course + "/package", org.adminToken()).statusCode()).isEqualTo(200);
        assertThat(api.get(course, org.adminToken()).json().get("course").get("title").asString())
                .isEqualTo("Fractions \uD83C\uDF55");
    }

    private List<String> courseSlugs() {
        Api.Response response = api.get("/api/v1/courses", org.adminToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().map(course -> course.get("slug").asString()).toList();
    }
}
