package io.pathwise.identity.membership;

import io.pathwise.identity.CourseRole;
import io.pathwise.identity.MembershipView;
import io.pathwise.shared.paging.PageRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MembershipRepository {

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the role, replacing an earlier one; returns false when the role was already this. */
    public boolean put(UUID tenantId, UUID courseId, UUID userId, CourseRole role) {
        Optional<CourseRole> current = roleOf(userId, courseId);
        if (current.isPresent() && current.get() == role) {
            return false;
        }
        if (current.isPresent()) {
            jdbc.sql("UPDATE course_membership SET role = ? WHERE course_id = ? AND user_id = ?")
                    .params(role.name(), courseId, userId).update();
        } else {
            jdbc.sql("INSERT INTO course_membership (tenant_id, course_id, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(tenantId, courseId, userId, role.name(), OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        return true;
    }

    public boolean remove(UUID courseId, UUID userId) {
        return jdbc.sql("DELETE FROM course_membership WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId).update() == 1;
    }

    public Optional<CourseRole> roleOf(UUID userId, UUID courseId) {
        return jdbc.sql("SELECT role FROM course_membership WHERE user_id = ? AND course_id = ?")
                .params(userId, courseId).query(String.class).optional().map(CourseRole::valueOf);
    }

    public Map<UUID, CourseRole> rolesOf(UUID userId) {
        return jdbc.sql("SELECT course_id, role FROM course_membership WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), CourseRole.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Members of a course ordered by user id, for cursor paging. */
    public List<MembershipView> members(UUID courseId, PageRequest page) {
        return jdbc.sql("SELECT m.course_id, m.user_id, u.email, u.display_name, m.role FROM course_membership m "
                        + "JOIN app_user u ON u.id = m.user_id WHERE m.course_id = ? AND m.user_id > ? "
                        + "ORDER BY m.user_id FETCH FIRST ? ROWS ONLY")
                .params(courseId, page.afterOrStart(), page.limit() + 1)
                .query((rs, n) -> new MembershipView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), CourseRole.valueOf(rs.getString(5))))
                .list();
    }
}
