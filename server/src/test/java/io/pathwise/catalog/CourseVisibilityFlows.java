package io.pathwise.catalog;

import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.PackageZips;
import io.pathwise.support.TestOrganization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who sees a course: drafts only its staff and the organization's admins; published ones its learners too. */
abstract class CourseVisibilityFlows extends ApiTest {

    private TestOrganization org;
    private UUID course;
    private String learner;
    private String assistant;
    private String instructor;

    @BeforeEach
    void importDraftWithMembers() {
        org = TestOrganization.signUp(api);
        course = Courses.importFractions(api, org.adminToken());
        learner = org.newUser(api, "learner");
        assistant = org.newUser(api, "assistant");
        instructor = org.newUser(api, "instructor");
        Courses.enrol(api, org.adminToken(), course, org.email("learner"), "LEARNER");
        Courses.enrol(api, org.adminToken(), course, org.email("assistant"), "TEACHING_ASSISTANT");
        Courses.enrol(api, org.adminToken(), course, org.email("instructor"), "INSTRUCTOR");
    }

    @Test
    void aDraftCourseIsInvisibleToItsLearners() {
        assertThat(visibleCourses(learner)).isEmpty();
        assertProblem(api.get(Courses.course(course), learner), 404);
        assertProblem(api.get(Courses.course(course) + "/skills", learner), 404);
        assertProblem(api.get(Courses.course(course) + "/activities/unit-fractions", learner), 404);
    }

    @Test
    void aDraftCourseIsVisibleToItsStaffAndTheAdministrator() {
        for (String staff : List.of(assistant, instructor, org.adminToken())) {
            assertThat(visibleCourses(staff)).containsExactly(course.toString());
            assertThat(api.get(Courses.course(course), staff).status()).isEqualTo(200);
        }
    }

    @Test
    void publishingShowsTheCourseToItsLearners() {
        Api.Response published = api.put(Courses.course(course) + "/status", instructor, Map.of("status", "PUBLISHED"));

        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(visibleCourses(learner)).containsExactly(course.toString());
        JsonNode outline = api.get(Courses.course(course), learner).json();
        assertThat(outline.get("course").get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api.get(Courses.course(course) + "/activities/unit-fractions", learner).json()
                .get("content").asString()).contains("unit fraction");
    }

    @Test
    void takingTheCourseBackToDraftHidesItAgain() {
        Courses.publish(api, instructor, course);

        assertThat(api.put(Courses.course(course) + "/status", instructor, Map.of("status", "DRAFT")).status()).isEqualTo(200);

        assertThat(visibleCourses(learner)).isEmpty();
        assertProblem(api.get(Courses.course(course), learner), 404);
    }

    @Test
    void aPublishedCourseStaysInvisibleToPeopleNotEnrolled() {
        Courses.publish(api, instructor, course);
        String outsider = org.newUser(api, "outsider");

        assertThat(visibleCourses(outsider)).isEmpty();
        assertProblem(api.get(Courses.course(course), outsider), 404);
    }

    @Test
    void listsCoursesPageByPageWithACursor() {
        for (String id : List.of("fractions-two", "fractions-three")) {
            Map<String, String> files = PackageZips.fractions();
            files.put("course.yaml", files.get("course.yaml").replace("id: fractions\n", "id: " + id + "\n"));
            assertThat(api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files)).status()).isEqualTo(201);
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/courses?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    org.adminToken()).json();
            page.get("items").valueStream().forEach(item -> seen.add(item.get("slug").asString()));
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull() ? null
                    : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("fractions", "fractions-two", "fractions-three");
    }

    private List<String> visibleCourses(String token) {
        Api.Response response = api.get("/api/v1/courses", token);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().map(c -> c.get("id").asString()).toList();
    }
}
