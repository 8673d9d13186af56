package io.pathwise.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BktFitterTest {

    private static final FitOptions OPTIONS = FitOptions.DEFAULTS.withThreads(2);

    @Test
    void fitRecoversParametersOfSimulatedLearners() {
        BktParameters truth = new BktParameters(0.3, 0.15, 0.2, 0.1, 0);
        SkillSequences data = SimulatedLearners.draw(truth, 3000, 5, 25, 11);

        BktFit fit = new BktFitter(OPTIONS).fit("fractions", data);

        assertThat(fit.fitted()).isTrue();
        BktParameters p = fit.parameters();
        assertThat(p.prior()).isCloseTo(0.3, within(0.03));
        assertThat(p.learn()).isCloseTo(0.15, within(0.02));
        assertThat(p.guess()).isCloseTo(0.2, within(0.02));
        assertThat(p.slip()).isCloseTo(0.1, within(0.02));
        assertThat(p.forget()).isZero();
    }

    @Test
    void fitWithForgettingRecoversTheForgetRate() {
        BktParameters truth = new BktParameters(0.4, 0.2, 0.15, 0.1, 0.08);
        SkillSequences data = SimulatedLearners.draw(truth, 4000, 10, 30, 12);

        BktParameters p = new BktFitter(OPTIONS.withForgetting(true).withMaxIterations(300)).fit("decimals", data)
                .parameters();

        assertThat(p.forget()).isCloseTo(0.08, within(0.02));
        assertThat(p.learn()).isCloseTo(0.2, within(0.03));
        assertThat(p.guess()).isCloseTo(0.15, within(0.03));
        assertThat(p.slip()).isCloseTo(0.1, within(0.02));
    }

    @Test
    void fittedParametersStayWithinTheBoundsEvenOnDegenerateData() {
        SkillSequences allRight = SimulatedLearners.of("1111111111", "11111", "111111111111", "1111");
        SkillSequences allWrong = SimulatedLearners.of("0000000000", "00000", "000000000000", "0000");
        // Mostly right from a state the data calls unknown: unbounded EM would swap the states.
        SkillSequences swapped = SimulatedLearners.draw(new BktParameters(0.1, 0.05, 0.5, 0.5, 0), 200, 5, 20, 3);
        FitOptions plain = OPTIONS.withPriorStrength(0).withMinObservations(1).withForgetting(true);

        for (SkillSequences data : new SkillSequences[] {allRight, allWrong, swapped}) {
            BktParameters p = new BktFitter(plain).fit("any", data).parameters();
            assertThat(p.guess()).isBetween(Bounds.EPSILON, Bounds.MAX_GUESS_OR_SLIP).isLessThan(0.5);
            assertThat(p.slip()).isBetween(Bounds.EPSILON, Bounds.MAX_GUESS_OR_SLIP).isLessThan(0.5);
            for (double value : new double[] {p.prior(), p.learn(), p.forget()}) {
                assertThat(value).isBetween(Bounds.EPSILON, 1 - Bounds.EPSILON);
            }
        }
    }

    @Test
    void restartsKeepTheBestLikelihood() {
        SkillSequences data = SimulatedLearners.draw(new BktParameters(0.5, 0.1, 0.3, 0.2, 0), 150, 3, 12, 5);
        BktFitter fitter = new BktFitter(OPTIONS.withRestarts(8).withPriorStrength(0).withMaxIterations(5));

        BaumWelch.Result[] restarts = fitter.restarts("ratios", data);
        BktFit fit = fitter.fit("ratios", data);

        double best = Arrays.stream(restarts).mapToDouble(BaumWelch.Result::logLikelihood).max().orElseThrow();
        assertThat(Arrays.stream(restarts).mapToDouble(BaumWelch.Result::logLikelihood).distinct().count())
                .as("the restarts end in different places").isGreaterThan(1);
        assertThat(fit.logLikelihood()).isEqualTo(best);
        assertThat(restarts[fit.restart()].logLikelihood()).isEqualTo(best);
        assertThat(fit.parameters()).isEqualTo(restarts[fit.restart()].parameters());
    }

    @Test
    void eachEmIterationImprovesThePenalisedLikelihood() {
        SkillSequences data = SimulatedLearners.draw(new BktParameters(0.4, 0.2, 0.25, 0.15, 0.05), 300, 5, 15, 8);
        BktParameters start = new BktParameters(0.9, 0.6, 0.45, 0.4, 0.5);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iterations = 1; iterations <= 15; iterations++) {
            FitOptions options = OPTIONS.withForgetting(true).withTolerance(0).withMaxIterations(iterations);
            double objective = new BaumWelch(options).run(data, start, new double[data.observations()]).objective();
            assertThat(objective).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = objective;
        }
    }

    @Test
    void forwardBackwardLikelihoodIsThatOfTheOnlineUpdate() {
        BktParameters p = new BktParameters(0.35, 0.12, 0.22, 0.08, 0.03);
        SkillSequences data = SimulatedLearners.draw(p, 50, 1, 40, 21);
        ExpectedCounts counts = new ExpectedCounts();

        ForwardBackward.expect(data, p, new double[data.observations()], counts);

        double expected = 0;
        for (int learner = 0; learner < data.learners(); learner++) {
            double known = p.prior();
            for (boolean right : data.sequence(learner)) {
                double correct = p.correct(known);
                expected += Math.log(right ? correct : 1 - correct);
                known = p.update(known, right);
            }
        }
        assertThat(counts.logLikelihood).isCloseTo(expected, within(1e-8));
        assertThat(counts.knownAnswers + counts.unknownAnswers).isCloseTo(data.observations(), within(1e-9));
    }

    @Test
    void aSkillWithFewAnswersKeepsTheDefaults() {
        SkillSequences few = SimulatedLearners.of("1011", "01");

        BktFit fit = new BktFitter(OPTIONS.withMinObservations(20)).fit("rare", few);

        assertThat(fit.fitted()).isFalse();
        assertThat(fit.parameters()).isEqualTo(BktParameters.DEFAULTS);
        assertThat(fit.observations()).isEqualTo(6);
    }

    @Test
    void theSameSeedGivesTheSameParametersWhateverTheThreadCount() {
        Map<String, SkillSequences> skills = new LinkedHashMap<>();
        for (int s = 0; s < 6; s++) {
            skills.put("skill " + s, SimulatedLearners.draw(new BktParameters(0.2 + 0.1 * s, 0.1, 0.2, 0.1, 0), 80 + s * 40,
                    3, 15, s));
        }
        skills.put("tiny", SimulatedLearners.of("10"));

        Map<String, BktFit> oneThread = new BktFitter(OPTIONS.withThreads(1)).fitAll(skills);
        Map<String, BktFit> twoThreads = new BktFitter(OPTIONS.withThreads(2)).fitAll(skills);
        Map<String, BktFit> otherSeed = new BktFitter(OPTIONS.withSeed(2).withMaxIterations(3)).fitAll(skills);

        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(oneThread.keySet()).containsExactlyElementsOf(skills.keySet());
        assertThat(oneThread.get("tiny").fitted()).isFalse();
        assertThat(otherSeed).isNotEqualTo(oneThread);
    }
}
