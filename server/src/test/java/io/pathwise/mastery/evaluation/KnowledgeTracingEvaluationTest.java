package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.model.FitOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KnowledgeTracingEvaluationTest {

    static final ColumnMapping DATASHOP = new ColumnMapping("Anon Student Id", "Row", "KC(Default)",
            "Correct First Attempt");
    private static final FitOptions OPTIONS = FitOptions.DEFAULTS.withThreads(2);

    @Test
    void eachLearnerStartsEachSkillAtItsPriorAndIsUpdatedByEachAnswer() throws IOException {
        ResponseTable test = table("user_id,order_id,skill_name,correct\n"
                + "a,1,s,1\na,2,t,0\na,3,s,0\nb,4,s,1\nb,5,new,1\n");
        BktParameters s = new BktParameters(0.4, 0.2, 0.25, 0.1, 0);
        BktParameters t = new BktParameters(0.6, 0.1, 0.2, 0.2, 0);
        Map<String, BktFit> fits = Map.of("s", fit(s), "t", fit(t));
        double[] predictions = new double[test.size()];

        OneStepPredictor.Counts counts = OneStepPredictor.predict(test, test.allLearners(), fits, predictions);

        assertThat(predictions[0]).isEqualTo(s.correct(0.4));
        assertThat(predictions[1]).isEqualTo(t.correct(0.6));
        assertThat(predictions[2]).isEqualTo(s.correct(s.update(0.4, true)));
        assertThat(predictions[3]).as("b starts again at the prior").isEqualTo(s.correct(0.4));
        assertThat(predictions[4]).as("a skill without parameters").isEqualTo(BktParameters.DEFAULTS.correct(0.3));
        assertThat(counts).isEqualTo(new OneStepPredictor.Counts(5, 1));
    }

    @Test
    void crossValidationPredictsEveryResponseOnceFromAFitThatNeverSawItsLearner() throws IOException {
        ResponseTable data = cognitiveTutor();
        int[] foldOf = LearnerFolds.assign(data.learners(), 5, 3);

        EvaluationResult result = new KnowledgeTracingEvaluation(OPTIONS).crossValidate(data, 5, 3);

        assertThat(result.runs()).hasSize(5);
        assertThat(result.metrics().count()).isEqualTo(data.size());
        assertThat(Arrays.stream(result.predictions())).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        Set<Integer> predictedOnce = new HashSet<>();
        for (int fold = 0; fold < 5; fold++) {
            FitRun run = result.runs().get(fold);
            int f = fold;
            long inFold = IntStream.range(0, foldOf.length).filter(l -> foldOf[l] == f).count();
            assertThat(run.testLearners()).isEqualTo(inFold);
            assertThat(run.trainLearners()).isEqualTo(data.learners() - inFold);
            for (int learner = 0; learner < foldOf.length; learner++) {
                if (foldOf[learner] == fold) {
                    assertThat(predictedOnce.add(learner)).isTrue();
                }
            }
        }
        assertThat(predictedOnce).hasSize(data.learners());
        assertThat(result.runs().stream().mapToInt(FitRun::testResponses).sum()).isEqualTo(data.size());
    }

    @Test
    void crossValidationOnTheCognitiveTutorSampleComesCloseToPyBkt() throws IOException {
        // pyBKT 1.4.2, same protocol: AUC 0.700, RMSE 0.455 (test resources README)
        EvaluationResult result = new KnowledgeTracingEvaluation(OPTIONS).crossValidate(cognitiveTutor(), 5, 1);

        assertThat(result.metrics().auc()).isCloseTo(0.70, within(0.02));
        assertThat(result.metrics().rmse()).isCloseTo(0.455, within(0.01));
    }

    @Test
    void trainTestPredictsEveryTestResponse() throws IOException {
        ResponseTable data = cognitiveTutor();
        EvaluationResult result = new KnowledgeTracingEvaluation(OPTIONS.withForgetting(true)).trainTest(data, data);

        assertThat(result.metrics().count()).isEqualTo(data.size());
        assertThat(result.onAbsentSkills()).isZero();
        assertThat(result.runs().get(0).fits()).hasSize(12);
        assertThat(result.runs().get(0).fits().values()).allSatisfy(f -> assertThat(f.fitted()).isTrue());
    }

    static ResponseTable cognitiveTutor() throws IOException {
        try (InputStream in = KnowledgeTracingEvaluationTest.class
                .getResourceAsStream("/knowledge-tracing/cognitive-tutor-ct.csv")) {
            return ResponseCsvReader.read(in, "cognitive-tutor-ct.csv", DATASHOP);
        }
    }

    private static ResponseTable table(String csv) throws IOException {
        return ResponseCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv",
                ColumnMapping.STANDARD);
    }

    private static BktFit fit(BktParameters parameters) {
        return new BktFit(parameters, true, 100, 10, -50, 10, true, 0);
    }
}
