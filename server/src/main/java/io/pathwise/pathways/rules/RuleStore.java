package io.pathwise.pathways.rules;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each course's rules, kept as the text of its {@code pathways/rules.yaml} (so an export gives the
 * author's file back, comments and all) and read into a {@link RuleSet} when used. The parsed
 * rules are kept per course and read again only when the stored text differs, which every node
 * sees, since the text is read from the database each time.
 */
@Repository
class RuleStore {

    private static final Logger log = LoggerFactory.getLogger(RuleStore.class);

    private record Parsed(String source, RuleSet rules) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, Parsed> parsed = new ConcurrentHashMap<>();

    RuleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the course's rules with this text; null removes them. */
    void replace(UUID tenantId, UUID courseId, String source) {
        jdbc.sql("DELETE FROM pathways_rules WHERE course_id = ?").params(courseId).update();
        if (source != null) {
            jdbc.sql("INSERT INTO pathways_rules (course_id, tenant_id, source, imported_at) VALUES (?, ?, ?, ?)")
                    .params(courseId, tenantId, source, SqlTimes.of(clock.instant())).update();
        }
    }

    /** The text of the course's rules file, when it has one. */
    Optional<String> source(UUID courseId) {
        return jdbc.sql("SELECT source FROM pathways_rules WHERE course_id = ?").params(courseId).query(String.class)
                .optional();
    }

    /** The course's rules; {@link RuleSet#NONE} for a course without any. */
    RuleSet rules(UUID courseId) {
        Optional<String> source = source(courseId);
        if (source.isEmpty()) {
            parsed.remove(courseId);
            return RuleSet.NONE;
        }
        Parsed known = parsed.get(courseId);
        if (known != null && known.source().equals(source.get())) {
            return known.rules();
        }
        RulesReader.Result result = RulesReader.parse(source.get(), CourseKeys.ANY);
        if (!result.isValid()) {
            // Checked at import; only a later, stricter reader could refuse it. Act on no rules rather
            // than fail every learner's evaluation until the course is imported again.
            log.warn("The stored rules of course {} no longer read: {}", courseId, result.problems());
            return RuleSet.NONE;
        }
        parsed.put(courseId, new Parsed(source.get(), result.rules()));
        return result.rules();
    }
}
