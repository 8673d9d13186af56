package io.pathwise.assessment.store;

import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.shared.Ids;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Quizzes by course and activity key; their definitions are stored as JSON. */
@Repository
public class QuizStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuizStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Makes the course's quizzes those of a package. A quiz that left the package is deleted only
     * when nobody has attempted it: attempts are learners' work and are never lost to an edit.
     */
    public void replace(UUID tenantId, UUID courseId, List<QuizDefinition> quizzes) {
        for (QuizDefinition quiz : quizzes) {
            String definition = json.writeValueAsString(quiz);
            int updated = jdbc.sql("UPDATE assessment_quiz SET definition = ? WHERE course_id = ? AND activity_key = ?")
                    .params(definition, courseId, quiz.activityKey()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO assessment_quiz (id, tenant_id, course_id, activity_key, definition) VALUES (?, ?, ?, ?, ?)")
                        .params(Ids.newId(), tenantId, courseId, quiz.activityKey(), definition).update();
            }
        }
        Set<String> kept = quizzes.stream().map(QuizDefinition::activityKey).collect(Collectors.toSet());
        for (StoredQuiz stored : ofCourse(courseId)) {
            if (!kept.contains(stored.definition().activityKey())) {
                jdbc.sql("DELETE FROM assessment_quiz WHERE id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM assessment_attempt a WHERE a.quiz_id = assessment_quiz.id)")
                        .param(stored.id()).update();
            }
        }
    }

    /** Records the quiz activity's IRI and title (after the catalog has written the course). */
    public void describe(UUID courseId, String activityKey, String activityIri, String title) {
        jdbc.sql("UPDATE assessment_quiz SET activity_iri = ?, title = ? WHERE course_id = ? AND activity_key = ?")
                .params(activityIri, title, courseId, activityKey).update();
    }

    public Optional<StoredQuiz> find(UUID courseId, String activityKey) {
        return jdbc.sql("SELECT id, tenant_id, course_id, definition, activity_iri, title FROM assessment_quiz WHERE course_id = ? AND activity_key = ?")
                .params(courseId, activityKey).query(this::row).optional();
    }

    public Optional<StoredQuiz> find(UUID quizId) {
        return jdbc.sql("SELECT id, tenant_id, course_id, definition, activity_iri, title FROM assessment_quiz WHERE id = ?")
                .param(quizId).query(this::row).optional();
    }

    public List<StoredQuiz> ofCourse(UUID courseId) {
        return jdbc.sql("SELECT id, tenant_id, course_id, definition, activity_iri, title FROM assessment_quiz WHERE course_id = ? ORDER BY activity_key")
                .param(courseId).query(this::row).list();
    }

    private StoredQuiz row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredQuiz(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("course_id", UUID.class), json.readValue(rs.getString("definition"), QuizDefinition.class),
                rs.getString("activity_iri"), rs.getString("title"));
    }
}
