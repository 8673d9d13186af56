package io.pathwise.pathways.rules;

import io.pathwise.catalog.CourseSummary;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
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
 * rules are kept per course and parsed again only when the stored text differs. Rules change only
 * by importing a package, which raises the course's revision in the same transaction, so a caller
 * holding the course ({@link #rules(CourseSummary)}) needs no read while the revision it holds is
 * the one the rules were read at; every node sees a new revision when it reads the course.
 */
@Repository
class RuleStore {

    private static final Logger log = LoggerFactory.getLogger(RuleStore.class);

    /** The rules as last read: {@code source} null when the course had none, at course revision {@code revision}. */
    private record Parsed(String source, RuleSet rules, int revision) {
    }

    private static final int REVISION_UNKNOWN = -1;

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

    /**
     * Whether the course has a rules file, read now (one short query by key). Public for the
     * condition of {@link RuleTriggers}' listener, which runs inside the transaction of the change.
     */
    public boolean hasRules(UUID courseId) {
        return jdbc.sql("SELECT COUNT(*) FROM pathways_rules WHERE course_id = ?").params(courseId).query(Integer.class)
                .single() > 0;
    }

    /** The text of the course's rules file, when it has one. */
    Optional<String> source(UUID courseId) {
        return jdbc.sql("SELECT source FROM pathways_rules WHERE course_id = ?").params(courseId).query(String.class)
                .optional();
    }

    /**
     * The course's rules, at least as new as the revision the caller read the course at; not read
     * again while that revision is the one they were last read at.
     */
    RuleSet rules(CourseSummary course) {
        Parsed known = parsed.get(course.id());
        if (known != null && known.revision() == course.revision()) {
            return known.rules();
        }
        return read(course.id(), course.revision());
    }

    /** The course's rules; {@link RuleSet#NONE} for a course without any. */
    RuleSet rules(UUID courseId) {
        return read(courseId, REVISION_UNKNOWN);
    }

    private RuleSet read(UUID courseId, int revision) {
        String source = source(courseId).orElse(null);
        Parsed known = parsed.get(courseId);
        if (known != null && Objects.equals(known.source(), source)) {
            // The same text: keep what was parsed, and the revision it is known to belong to
            // unless this caller knows the current one.
            if (revision != REVISION_UNKNOWN && known.revision() != revision) {
                parsed.put(courseId, new Parsed(source, known.rules(), revision));
            }
            return known.rules();
        }
        if (source == null) {
            parsed.put(courseId, new Parsed(null, RuleSet.NONE, revision));
            return RuleSet.NONE;
        }
        RulesReader.Result result = RulesReader.parse(source, CourseKeys.ANY);
        if (!result.isValid()) {
            // Checked at import; only a later, stricter reader could refuse it. Act on no rules rather
            // than fail every learner's evaluation until the course is imported again.
            log.warn("The stored rules of course {} no longer read: {}", courseId, result.problems());
            return RuleSet.NONE;
        }
        parsed.put(courseId, new Parsed(source, result.rules(), revision));
        return result.rules();
    }
}
