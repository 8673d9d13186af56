package io.pathwise.catalog.store;

import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.shared.Ids;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores a validated course package, creating the course or updating it in place. Skills, units
 * and activities are matched by their package keys, so an item that stays in the package keeps its
 * database id and IRI; items that left the package are deleted. Callers run it in one transaction,
 * so an import is all-or-nothing.
 */
@Repository
public class CourseWriter {

    /** The stored course: its id, and whether the write created it. */
    public record Written(UUID courseId, boolean created) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CourseWriter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Written write(UUID tenantId, CoursePackage course, String iriBase) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        Optional<UUID> existing = jdbc.sql("SELECT id FROM course WHERE tenant_id = ? AND slug = ?")
                .params(tenantId, course.id()).query(UUID.class).optional();
        existing.ifPresent(this::lock);
        UUID courseId = existing.orElseGet(Ids::newId);
        if (existing.isPresent()) {
            jdbc.sql("UPDATE course SET title = ?, summary = ?, language = ?, description_md = ?, revision = revision + 1, "
                            + "updated_at = ? WHERE id = ?")
                    .params(course.title(), course.summary(), course.language(), course.description(), now, courseId)
                    .update();
        } else {
            jdbc.sql("INSERT INTO course (id, tenant_id, slug, title, summary, language, description_md, status, revision, "
                            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(courseId, tenantId, course.id(), course.title(), course.summary(), course.language(),
                            course.description(), CourseStatus.DRAFT.name(), 1, now, now)
                    .update();
        }
        Map<String, UUID> skills = writeSkills(courseId, course.skills());
        writeUnitsAndActivities(courseId, course, skills, iriBase);
        return new Written(courseId, existing.isEmpty());
    }

    private Map<String, UUID> writeSkills(UUID courseId, List<CoursePackage.Skill> skills) {
        Map<String, UUID> ids = keysToIds("skill", "skill_key", courseId);
        Set<String> kept = new HashSet<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (int position = 0; position < skills.size(); position++) {
            CoursePackage.Skill skill = skills.get(position);
            kept.add(skill.id());
            UUID id = ids.get(skill.id());
            if (id == null) {
                id = Ids.newId();
                ids.put(skill.id(), id);
                inserts.add(new Object[] {id, courseId, skill.id(), skill.name(), skill.description(), position});
            } else {
                updates.add(new Object[] {skill.name(), skill.description(), position, id});
            }
        }
        deleteMissing("skill", ids, kept);
        batch.batchUpdate("INSERT INTO skill (id, course_id, skill_key, name, description, position) VALUES (?, ?, ?, ?, ?, ?)", inserts);
        batch.batchUpdate("UPDATE skill SET name = ?, description = ?, position = ? WHERE id = ?", updates);

        jdbc.sql("DELETE FROM skill_prerequisite WHERE course_id = ?").param(courseId).update();
        List<Object[]> edges = new ArrayList<>();
        for (CoursePackage.Skill skill : skills) {
            for (int position = 0; position < skill.prerequisites().size(); position++) {
                edges.add(new Object[] {courseId, ids.get(skill.id()), ids.get(skill.prerequisites().get(position)), position});
            }
        }
        batch.batchUpdate("INSERT INTO skill_prerequisite (course_id, skill_id, prerequisite_id, position) VALUES (?, ?, ?, ?)", edges);
        return ids;
    }

    private void writeUnitsAndActivities(UUID courseId, CoursePackage course, Map<String, UUID> skills, String iriBase) {
        Map<String, UUID> units = keysToIds("unit", "unit_key", courseId);
        Map<String, UUID> activities = keysToIds("activity", "activity_key", courseId);
        Set<String> keptUnits = new HashSet<>();
        Set<String> keptActivities = new HashSet<>();
        List<Object[]> activitySkills = new ArrayList<>();
        List<Object[]> questions = new ArrayList<>();
        for (int unitPosition = 0; unitPosition < course.units().size(); unitPosition++) {
            CoursePackage.Unit unit = course.units().get(unitPosition);
            keptUnits.add(unit.id());
            UUID unitId = units.get(unit.id());
            if (unitId == null) {
                unitId = Ids.newId();
                units.put(unit.id(), unitId);
                jdbc.sql("INSERT INTO unit (id, course_id, unit_key, title, summary, position) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(unitId, courseId, unit.id(), unit.title(), unit.summary(), unitPosition).update();
            } else {
                jdbc.sql("UPDATE unit SET title = ?, summary = ?, position = ? WHERE id = ?")
                        .params(unit.title(), unit.summary(), unitPosition, unitId).update();
            }
            for (int position = 0; position < unit.activities().size(); position++) {
                CoursePackage.Activity activity = unit.activities().get(position);
                keptActivities.add(activity.id());
                UUID activityId = activities.get(activity.id());
                if (activityId == null) {
                    activityId = Ids.newId();
                    activities.put(activity.id(), activityId);
                    jdbc.sql("INSERT INTO activity (id, course_id, unit_id, activity_key, iri, title, kind, minutes, content_md, "
                                    + "position, difficulty, support) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .params(activityId, courseId, unitId, activity.id(), iri(iriBase, course.id(), activity.id()),
                                    activity.title(), activity.kind().name(), activity.minutes(), activity.content(), position,
                                    activity.difficulty(), activity.support().name())
                            .update();
                } else {
                    // The IRI is never rewritten: learning records already point at it.
                    jdbc.sql("UPDATE activity SET unit_id = ?, title = ?, kind = ?, minutes = ?, content_md = ?, position = ?, "
                                    + "difficulty = ?, support = ? WHERE id = ?")
                            .params(unitId, activity.title(), activity.kind().name(), activity.minutes(), activity.content(),
                                    position, activity.difficulty(), activity.support().name(), activityId)
                            .update();
                }
                addSkills(activitySkills, activityId, activity.teaches(), "TEACHES", skills);
                addSkills(activitySkills, activityId, activity.assesses(), "ASSESSES", skills);
                for (int q = 0; q < activity.questions().size(); q++) {
                    CoursePackage.Question question = activity.questions().get(q);
                    questions.add(new Object[] {activityId, q, question.prompt(), question.answer(), question.explanation()});
                }
            }
        }
        deleteMissing("activity", activities, keptActivities);
        deleteMissing("unit", units, keptUnits);
        jdbc.sql("DELETE FROM activity_skill WHERE activity_id IN (SELECT id FROM activity WHERE course_id = ?)").param(courseId).update();
        jdbc.sql("DELETE FROM activity_question WHERE activity_id IN (SELECT id FROM activity WHERE course_id = ?)").param(courseId).update();
        batch.batchUpdate("INSERT INTO activity_skill (activity_id, skill_id, relation, position) VALUES (?, ?, ?, ?)", activitySkills);
        batch.batchUpdate("INSERT INTO activity_question (activity_id, position, prompt, answer, explanation) VALUES (?, ?, ?, ?, ?)", questions);
    }

    private static void addSkills(List<Object[]> rows, UUID activityId, List<String> keys, String relation,
            Map<String, UUID> skills) {
        for (int position = 0; position < keys.size(); position++) {
            rows.add(new Object[] {activityId, skills.get(keys.get(position)), relation, position});
        }
    }

    private Map<String, UUID> keysToIds(String table, String keyColumn, UUID courseId) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("SELECT " + keyColumn + ", id FROM " + table + " WHERE course_id = ?").param(courseId)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }

    private void deleteMissing(String table, Map<String, UUID> ids, Set<String> kept) {
        List<Object[]> gone = ids.entrySet().stream().filter(e -> !kept.contains(e.getKey()))
                .map(e -> new Object[] {e.getValue()}).toList();
        batch.batchUpdate("DELETE FROM " + table + " WHERE id = ?", gone);
        ids.keySet().retainAll(kept);
    }

    /** {@code <base>/<course>/<activity>}: readable, and unique within the tenant's LRS. */
    static String iri(String iriBase, String courseKey, String activityKey) {
        return iriBase + "/" + URLEncoder.encode(courseKey, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(activityKey, StandardCharsets.UTF_8);
    }

    /**
     * Locks the course's row until the transaction ends. Every write rewrites the course's graph
     * from what it read, so two writes at once must take turns or one would silently undo the other.
     */
    public void lock(UUID courseId) {
        jdbc.sql("SELECT id FROM course WHERE id = ? FOR UPDATE").param(courseId).query(UUID.class).optional();
    }

    /**
     * Sets the status; returns false when it already was that. The condition sits in the UPDATE, so
     * of two concurrent changes to the same status only one reports a change.
     */
    public boolean setStatus(UUID courseId, CourseStatus status) {
        return jdbc.sql("UPDATE course SET status = ?, updated_at = ? WHERE id = ? AND status <> ?")
                .params(status.name(), OffsetDateTime.now(ZoneOffset.UTC), courseId, status.name()).update() == 1;
    }
}
