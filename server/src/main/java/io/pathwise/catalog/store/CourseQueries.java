package io.pathwise.catalog.store;

import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.ActivityLocation;
import io.pathwise.catalog.ActivitySupport;
import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads courses. Lookups by id or slug take the tenant, so they cannot cross tenants; the
 * methods that take a {@link CourseSummary} trust that it came from such a lookup.
 */
@Repository
public class CourseQueries {

    private static final String SUMMARY_COLUMNS = "id, slug, title, summary, language, status, revision";
    private static final RowMapper<CourseSummary> SUMMARY = (rs, n) -> new CourseSummary(rs.getObject("id", UUID.class),
            rs.getString("slug"), rs.getString("title"), rs.getString("summary"), rs.getString("language"),
            CourseStatus.valueOf(rs.getString("status")), rs.getInt("revision"));

    private final JdbcClient jdbc;

    CourseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CourseSummary> find(UUID tenantId, UUID courseId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM course WHERE tenant_id = ? AND id = ?")
                .params(tenantId, courseId).query(SUMMARY).optional();
    }

    public UUID tenantOf(UUID courseId) {
        return jdbc.sql("SELECT tenant_id FROM course WHERE id = ?").param(courseId).query(UUID.class).single();
    }

    public Optional<CourseSummary> findBySlug(UUID tenantId, String slug) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM course WHERE tenant_id = ? AND slug = ?")
                .params(tenantId, slug).query(SUMMARY).optional();
    }

    /** All the tenant's courses, a page at a time (fetches one extra row to tell if more exist). */
    public List<CourseSummary> listAll(UUID tenantId, PageRequest page) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM course WHERE tenant_id = :tenant AND id > :after "
                        + "ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("tenant", tenantId).param("after", page.afterOrStart()).param("limit", page.limit() + 1)
                .query(SUMMARY).list();
    }

    /** The courses among {@code staffOf} and the published ones among {@code learnerOf}. */
    public List<CourseSummary> listMemberCourses(UUID tenantId, Collection<UUID> staffOf, Collection<UUID> learnerOf,
            PageRequest page) {
        if (staffOf.isEmpty() && learnerOf.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not valid SQL; the nil UUID matches no course.
        List<UUID> staff = staffOf.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(staffOf);
        List<UUID> learner = learnerOf.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(learnerOf);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM course WHERE tenant_id = :tenant AND id > :after "
                        + "AND (id IN (:staff) OR (id IN (:learner) AND status = 'PUBLISHED')) "
                        + "ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("tenant", tenantId).param("after", page.afterOrStart()).param("staff", staff)
                .param("learner", learner).param("limit", page.limit() + 1)
                .query(SUMMARY).list();
    }

    public CourseOutline outline(CourseSummary course) {
        String description = jdbc.sql("SELECT description_md FROM course WHERE id = ?").param(course.id())
                .query(String.class).single();
        Map<UUID, List<String>[]> skillsOfActivity = activitySkills(course.id());
        Map<UUID, List<ActivitySummary>> activitiesOfUnit = new LinkedHashMap<>();
        jdbc.sql("SELECT id, unit_id, activity_key, iri, title, kind, minutes, difficulty, support FROM activity "
                        + "WHERE course_id = ? ORDER BY position")
                .param(course.id())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<String>[] skills = skillsOfActivity.getOrDefault(id, emptySkills());
                    activitiesOfUnit.computeIfAbsent(rs.getObject("unit_id", UUID.class), k -> new ArrayList<>())
                            .add(new ActivitySummary(id, rs.getString("activity_key"), rs.getString("iri"),
                                    rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")), rs.getInt("minutes"),
                                    skills[0], skills[1], rs.getInt("difficulty"),
                                    ActivitySupport.valueOf(rs.getString("support"))));
                });
        List<CourseOutline.Unit> units = jdbc.sql("SELECT id, unit_key, title, summary FROM unit WHERE course_id = ? ORDER BY position")
                .param(course.id())
                .query((rs, n) -> new CourseOutline.Unit(rs.getObject("id", UUID.class), rs.getString("unit_key"),
                        rs.getString("title"), rs.getString("summary"),
                        activitiesOfUnit.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        return new CourseOutline(course, description, units);
    }

    /** The tenant's activities with one of these IRIs, with their courses and skill tags. */
    public List<ActivityLocation> activitiesByIri(UUID tenantId, Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        List<ActivityLocation> found = new ArrayList<>();
        jdbc.sql("SELECT a.id, a.course_id, a.activity_key, a.iri, a.title, a.kind, a.minutes, a.difficulty, a.support "
                        + "FROM activity a "
                        + "JOIN course c ON c.id = a.course_id WHERE c.tenant_id = :tenant AND a.iri IN (:iris) "
                        + "ORDER BY a.course_id, a.position")
                .param("tenant", tenantId).param("iris", List.copyOf(iris))
                .query(rs -> {
                    found.add(new ActivityLocation(rs.getObject("course_id", UUID.class), new ActivitySummary(
                            rs.getObject("id", UUID.class), rs.getString("activity_key"), rs.getString("iri"),
                            rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")), rs.getInt("minutes"),
                            List.of(), List.of(), rs.getInt("difficulty"), ActivitySupport.valueOf(rs.getString("support")))));
                });
        if (found.isEmpty()) {
            return found;
        }
        List<ActivityLocation> tagged = new ArrayList<>();
        for (ActivityLocation location : found) {
            ActivitySummary a = location.activity();
            List<String>[] skills = activitySkills(location.courseId()).getOrDefault(a.id(), emptySkills());
            tagged.add(new ActivityLocation(location.courseId(), new ActivitySummary(a.id(), a.key(), a.iri(), a.title(),
                    a.kind(), a.minutes(), skills[0], skills[1], a.difficulty(), a.support())));
        }
        return tagged;
    }

    public SkillGraphView skillGraph(UUID courseId) {
        Map<UUID, List<String>> prerequisites = new LinkedHashMap<>();
        jdbc.sql("SELECT p.skill_id, s.skill_key FROM skill_prerequisite p JOIN skill s ON s.id = p.prerequisite_id "
                        + "WHERE p.course_id = ? ORDER BY p.skill_id, p.position")
                .param(courseId)
                .query(rs -> {
                    prerequisites.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return new SkillGraphView(jdbc.sql("SELECT id, skill_key, name, description FROM skill WHERE course_id = ? ORDER BY position")
                .param(courseId)
                .query((rs, n) -> new SkillGraphView.Skill(rs.getObject("id", UUID.class), rs.getString("skill_key"),
                        rs.getString("name"), rs.getString("description"),
                        prerequisites.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list());
    }

    public Optional<ActivityDetail> activity(CourseOutline outline, String activityKey) {
        for (CourseOutline.Unit unit : outline.units()) {
            for (ActivitySummary activity : unit.activities()) {
                if (activity.key().equals(activityKey)) {
                    String content = jdbc.sql("SELECT content_md FROM activity WHERE id = ?").param(activity.id())
                            .query(String.class).single();
                    List<ActivityDetail.Question> questions = jdbc.sql(
                                    "SELECT prompt, answer, explanation FROM activity_question WHERE activity_id = ? ORDER BY position")
                            .param(activity.id())
                            .query((rs, n) -> new ActivityDetail.Question(rs.getString(1), rs.getString(2), rs.getString(3)))
                            .list();
                    return Optional.of(new ActivityDetail(activity, unit.title(), content, questions));
                }
            }
        }
        return Optional.empty();
    }

    /** The course as a package, for export: the inverse of {@link CourseWriter#write}. */
    public CoursePackage toPackage(CourseSummary course) {
        CourseOutline outline = outline(course);
        List<CoursePackage.Skill> skills = skillGraph(course.id()).skills().stream()
                .map(s -> new CoursePackage.Skill(s.key(), s.name(), s.description(), s.prerequisites())).toList();
        List<CoursePackage.Unit> units = outline.units().stream().map(unit -> new CoursePackage.Unit(unit.key(), unit.title(),
                unit.summary(), unit.activities().stream().map(a -> {
                    ActivityDetail detail = activity(outline, a.key()).orElseThrow();
                    return new CoursePackage.Activity(a.key(), a.title(), a.kind(), a.teaches(), a.assesses(), a.minutes(),
                            detail.content(), detail.questions().stream()
                                    .map(q -> new CoursePackage.Question(q.prompt(), q.answer(), q.explanation())).toList(),
                            a.difficulty(), a.support());
                }).toList())).toList();
        return new CoursePackage(course.slug(), course.title(), course.summary(), course.language(), outline.description(),
                skills, units);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<String>[]> activitySkills(UUID courseId) {
        Map<UUID, List<String>[]> result = new LinkedHashMap<>();
        jdbc.sql("SELECT x.activity_id, x.relation, s.skill_key FROM activity_skill x JOIN skill s ON s.id = x.skill_id "
                        + "WHERE s.course_id = ? ORDER BY x.activity_id, x.relation, x.position")
                .param(courseId)
                .query(rs -> {
                    List<String>[] lists = result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new List[] {new ArrayList<>(), new ArrayList<>()});
                    lists["TEACHES".equals(rs.getString(2)) ? 0 : 1].add(rs.getString(3));
                });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] emptySkills() {
        return new List[] {List.of(), List.of()};
    }
}
