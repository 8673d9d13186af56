package io.pathwise.mastery.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fits BKT parameters per skill by EM (Baum-Welch) with random restarts, keeping the restart with
 * the best penalised log-likelihood (see {@link FitOptions} for every setting and its default).
 *
 * <p>Rules: a skill with fewer than {@link FitOptions#minObservations()} answers is not fitted and
 * gets {@link BktParameters#DEFAULTS}; every other skill gets a MAP fit under a weak Beta prior
 * centred on the defaults, within {@link Bounds} (guess and slip below 0.5). Restart {@code r} of
 * skill {@code s} starts from a point drawn uniformly from the bounds by a generator seeded with
 * the options' seed, the skill's name and {@code r}, so results do not depend on the thread count,
 * the order of the skills, or which other skills are fitted alongside. Equal likelihoods keep the
 * lower restart.
 *
 * <p>What counts as an observation is decided when the {@link SkillSequences} are built: one per
 * first attempt, and an item tagged with several skills gives one to each of them.
 *
 * <p>Thread-safe: a fitter holds only its options.
 */
public final class BktFitter {

    private final FitOptions options;
    private final BaumWelch em;

    public BktFitter(FitOptions options) {
        this.options = options;
        this.em = new BaumWelch(options);
    }

    public FitOptions options() {
        return options;
    }

    /** Fits one skill on the calling thread. */
    public BktFit fit(String skill, SkillSequences data) {
        if (data.observations() < options.minObservations()) {
            return BktFit.defaults(data);
        }
        return best(data, restarts(skill, data));
    }

    /** Every restart of one skill, in restart order; package-private for tests. */
    BaumWelch.Result[] restarts(String skill, SkillSequences data) {
        double[] scratch = new double[data.observations()];
        BaumWelch.Result[] restarts = new BaumWelch.Result[options.restarts()];
        for (int r = 0; r < restarts.length; r++) {
            restarts[r] = em.run(data, start(skill, r), scratch);
        }
        return restarts;
    }

    /**
     * Fits every skill, restarts spread over {@link FitOptions#threads()} threads (largest skills
     * first, so no thread is left with one big skill at the end). Returns the fits in the map's
     * iteration order.
     */
    public Map<String, BktFit> fitAll(Map<String, SkillSequences> skills) {
        List<String> names = new ArrayList<>(skills.keySet());
        BaumWelch.Result[][] results = new BaumWelch.Result[names.size()][];
        List<Restart> work = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            SkillSequences data = skills.get(names.get(i));
            if (data.observations() >= options.minObservations()) {
                results[i] = new BaumWelch.Result[options.restarts()];
                for (int r = 0; r < options.restarts(); r++) {
                    work.add(new Restart(i, r, names.get(i), data));
                }
            }
        }
        work.sort(Comparator.comparingInt((Restart t) -> t.data().observations()).reversed());
        run(work, results);

        Map<String, BktFit> fits = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            SkillSequences data = skills.get(names.get(i));
            fits.put(names.get(i), results[i] == null ? BktFit.defaults(data) : best(data, results[i]));
        }
        return fits;
    }

    private void run(List<Restart> work, BaumWelch.Result[][] results) {
        if (options.threads() == 1 || work.size() <= 1) {
            work.forEach(task -> results[task.skill()][task.restart()] = runOne(task));
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "bkt-fit-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> pending = new ArrayList<>(work.size());
            for (Restart task : work) {
                pending.add(pool.submit(() -> results[task.skill()][task.restart()] = runOne(task)));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private BaumWelch.Result runOne(Restart task) {
        return em.run(task.data(), start(task.name(), task.restart()), new double[task.data().observations()]);
    }

    private BktParameters start(String skill, int restart) {
        long seed = options.seed() * 0x9E3779B97F4A7C15L + skill.hashCode();
        return Bounds.randomStart(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + restart), options.forgetting());
    }

    private static BktFit best(SkillSequences data, BaumWelch.Result[] restarts) {
        int best = 0;
        for (int r = 1; r < restarts.length; r++) {
            if (restarts[r].objective() > restarts[best].objective()) {
                best = r;
            }
        }
        BaumWelch.Result kept = restarts[best];
        return new BktFit(kept.parameters(), true, data.observations(), data.learners(), kept.logLikelihood(),
                kept.iterations(), kept.converged(), best);
    }

    private record Restart(int skill, int restart, String name, SkillSequences data) {
    }
}
