package io.pathwise.bench;

import io.pathwise.pathways.engine.Answer;
import io.pathwise.pathways.engine.DueReview;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.SkillState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Learners partway through a course, drawn from a seed. Each has mastered a share of the skills
 * (5% to 90%) in a random order that respects prerequisites, so the mastered set is closed under
 * prerequisites and its frontier lies anywhere in the graph. Then, as the learner model would
 * report them:
 * <ul>
 * <li>mastered skills: P(known) 0.95 to 0.999, up to five recent answers, mostly right; 5% of them
 *     due for review, with a retrievability of 0.5 to 0.9;</li>
 * <li>ready skills (prerequisites mastered): 60% started, at P(known) 0.2 to 0.94 with one to ten
 *     recent answers; a quarter of those show a signal (rapid guesses, hints or three wrong in a
 *     row);</li>
 * <li>locked skills: 3% with a few answers (a learner who peeked ahead); the rest unseen.</li>
 * </ul>
 * Guess and slip vary per skill (0.1 to 0.3 and 0.05 to 0.15), as fitted parameters do. Typical
 * answer times are Junyi's {@code seconds_per_fast_problem}.
 */
final class RecommendationLearners {

    static final SkillState UNSEEN = SkillState.unseen(0.3, 0.2, 0.1);

    /** What one learner looks like, for the results file. */
    record Profile(int mastered, int ready, int started, int signalled, int due, int statesGiven) {
    }

    record Generated(List<LearnerState> learners, List<Profile> profiles) {
    }

    private RecommendationLearners() {
    }

    static Generated generate(SkillGraph graph, double[] typicalSeconds, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] guess = new double[graph.size()];
        double[] slip = new double[graph.size()];
        for (int s = 0; s < graph.size(); s++) {
            guess[s] = 0.1 + 0.2 * random.nextDouble();
            slip[s] = 0.05 + 0.1 * random.nextDouble();
        }
        List<LearnerState> learners = new ArrayList<>(count);
        List<Profile> profiles = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            boolean[] mastered = masteredSet(graph, random, 0.05 + 0.85 * random.nextDouble());
            Map<String, SkillState> states = new HashMap<>();
            List<DueReview> due = new ArrayList<>();
            int ready = 0;
            int started = 0;
            int signalled = 0;
            int masteredCount = 0;
            for (int s = 0; s < graph.size(); s++) {
                String key = graph.skill(s).key();
                if (mastered[s]) {
                    masteredCount++;
                    double known = 0.95 + 0.049 * random.nextDouble();
                    states.put(key, new SkillState(known, guess[s], slip[s],
                            answers(random, random.nextInt(6), 0.9, typicalSeconds[s])));
                    if (random.nextDouble() < 0.05) {
                        due.add(new DueReview(key, 0.5 + 0.4 * random.nextDouble()));
                    }
                } else if (prerequisitesMastered(graph, s, mastered)) {
                    ready++;
                    if (random.nextDouble() < 0.6) {
                        started++;
                        double known = 0.2 + 0.74 * random.nextDouble();
                        List<Answer> answers = answers(random, 1 + random.nextInt(10), known, typicalSeconds[s]);
                        if (random.nextDouble() < 0.25) {
                            signalled++;
                            answers = withSignal(random, answers, typicalSeconds[s]);
                        }
                        states.put(key, new SkillState(known, guess[s], slip[s], answers));
                    }
                } else if (random.nextDouble() < 0.03) {
                    states.put(key, new SkillState(0.1 + 0.3 * random.nextDouble(), guess[s], slip[s],
                            answers(random, 1 + random.nextInt(3), 0.3, typicalSeconds[s])));
                }
            }
            learners.add(new LearnerState(states, UNSEEN, due));
            profiles.add(new Profile(masteredCount, ready, started, signalled, due.size(), states.size()));
        }
        return new Generated(List.copyOf(learners), List.copyOf(profiles));
    }

    /**
     * Masters {@code share} of the skills in a random topological order: Kahn's algorithm taking a
     * random available skill each time.
     */
    private static boolean[] masteredSet(SkillGraph graph, SplittableRandom random, double share) {
        int n = graph.size();
        int target = (int) Math.round(share * n);
        int[] waiting = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            dependents.add(new ArrayList<>());
        }
        for (int s = 0; s < n; s++) {
            for (String prerequisite : graph.skill(s).prerequisites()) {
                dependents.get(graph.indexOf(prerequisite)).add(s);
                waiting[s]++;
            }
        }
        PriorityQueue<double[]> available = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int s = 0; s < n; s++) {
            if (waiting[s] == 0) {
                available.add(new double[] {random.nextDouble(), s});
            }
        }
        boolean[] mastered = new boolean[n];
        for (int done = 0; done < target && !available.isEmpty(); done++) {
            int s = (int) available.poll()[1];
            mastered[s] = true;
            for (int d : dependents.get(s)) {
                if (--waiting[d] == 0) {
                    available.add(new double[] {random.nextDouble(), d});
                }
            }
        }
        return mastered;
    }

    private static boolean prerequisitesMastered(SkillGraph graph, int s, boolean[] mastered) {
        for (String prerequisite : graph.skill(s).prerequisites()) {
            if (!mastered[graph.indexOf(prerequisite)]) {
                return false;
            }
        }
        return true;
    }

    /** {@code count} answers, each right with probability {@code right}, in about the typical time. */
    private static List<Answer> answers(SplittableRandom random, int count, double right, double typical) {
        List<Answer> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double seconds = typical > 0 ? typical * (0.6 + 1.2 * random.nextDouble()) : 5 + 30 * random.nextDouble();
            answers.add(new Answer(random.nextDouble() < right, seconds, typical, random.nextDouble() < 0.1 ? 1 : 0));
        }
        return answers;
    }

    /** The answers with one signal appended: three rapid guesses, three hinted answers or three wrong. */
    private static List<Answer> withSignal(SplittableRandom random, List<Answer> answers, double typical) {
        List<Answer> changed = new ArrayList<>(answers);
        int kind = random.nextInt(3);
        for (int i = 0; i < 3; i++) {
            changed.add(switch (kind) {
                case 0 -> new Answer(random.nextBoolean(), typical * 0.1, typical, 0);
                case 1 -> new Answer(random.nextBoolean(), typical, typical, 1 + random.nextInt(3));
                default -> new Answer(false, typical, typical, 0);
            });
        }
        return changed;
    }
}
