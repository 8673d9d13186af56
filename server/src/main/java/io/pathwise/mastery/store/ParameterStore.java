package io.pathwise.mastery.store;

import io.pathwise.mastery.model.BktParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fitted parameters per skill. Every observation needs its skill's parameters, so they are kept in
 * memory per course after the first read; a refit on this node replaces them, and other nodes read
 * them again within {@link #FRESH_FOR_NANOS}.
 */
@Repository
public class ParameterStore {

    private static final long FRESH_FOR_NANOS = 60_000_000_000L;

    /** A skill's fitted parameters and what they were fitted from. */
    public record Fitted(String skillKey, BktParameters parameters, int observations, int learners, double logLikelihood,
            Instant fittedAt) {
    }

    private record CourseParameters(Map<String, Fitted> bySkill, long loadedNanos) {
    }

    private final JdbcClient jdbc;
    private final Map<UUID, CourseParameters> cache = new ConcurrentHashMap<>();

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The skill's parameters: fitted, or the defaults. */
    public BktParameters of(UUID courseId, String skillKey) {
        Fitted fitted = fitted(courseId).get(skillKey);
        return fitted == null ? BktParameters.DEFAULTS : fitted.parameters();
    }

    public Optional<Fitted> find(UUID courseId, String skillKey) {
        return Optional.ofNullable(fitted(courseId).get(skillKey));
    }

    /** Every fitted skill of a course, by key. */
    public Map<String, Fitted> fitted(UUID courseId) {
        CourseParameters cached = cache.get(courseId);
        if (cached == null || System.nanoTime() - cached.loadedNanos() > FRESH_FOR_NANOS) {
            Map<String, Fitted> bySkill = new ConcurrentHashMap<>();
            jdbc.sql("SELECT skill_key, prior, learn, guess, slip, forget, observations, learners, log_likelihood, fitted_at "
                            + "FROM mastery_parameters WHERE course_id = ?")
                    .param(courseId)
                    .query(rs -> {
                        String key = rs.getString("skill_key");
                        bySkill.put(key, new Fitted(key, new BktParameters(rs.getDouble("prior"), rs.getDouble("learn"),
                                rs.getDouble("guess"), rs.getDouble("slip"), rs.getDouble("forget")), rs.getInt("observations"),
                                rs.getInt("learners"), rs.getDouble("log_likelihood"),
                                ObservationStore.instant(rs, "fitted_at")));
                    });
            cached = new CourseParameters(Map.copyOf(bySkill), System.nanoTime());
            cache.put(courseId, cached);
        }
        return cached.bySkill();
    }

    public void save(UUID courseId, Fitted fitted) {
        BktParameters p = fitted.parameters();
        int updated = jdbc.sql("UPDATE mastery_parameters SET prior = ?, learn = ?, guess = ?, slip = ?, forget = ?, "
                        + "observations = ?, learners = ?, log_likelihood = ?, fitted_at = ? WHERE course_id = ? AND skill_key = ?")
                .params(p.prior(), p.learn(), p.guess(), p.slip(), p.forget(), fitted.observations(), fitted.learners(),
                        fitted.logLikelihood(), ObservationStore.time(fitted.fittedAt()), courseId, fitted.skillKey())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mastery_parameters (course_id, skill_key, prior, learn, guess, slip, forget, observations, "
                            + "learners, log_likelihood, fitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(courseId, fitted.skillKey(), p.prior(), p.learn(), p.guess(), p.slip(), p.forget(),
                            fitted.observations(), fitted.learners(), fitted.logLikelihood(),
                            ObservationStore.time(fitted.fittedAt()))
                    .update();
        }
        cache.remove(courseId);
    }

    /** The courses with evidence, for the scheduled refit. */
    public List<UUID> coursesWithEvidence() {
        return jdbc.sql("SELECT DISTINCT course_id FROM mastery_observation ORDER BY course_id").query(UUID.class).list();
    }
}
