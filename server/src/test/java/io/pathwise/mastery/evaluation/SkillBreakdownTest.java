package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillBreakdownTest {

    private static final BktParameters S = new BktParameters(0.4, 0.2, 0.25, 0.1, 0);
    private static final BktParameters T = new BktParameters(0.6, 0.1, 0.2, 0.2, 0);

    private final ResponseTable table = table("user_id,order_id,skill_name,correct\n"
            + "a,1,s,1\na,2,t,0\na,3,s,0\nb,4,s,1\nb,5,new,1\n");
    private final Map<String, BktFit> fits = Map.of(
            "s", new BktFit(S, true, 40, 9, -20, 7, true, 0),
            "t", new BktFit(BktParameters.DEFAULTS, false, 3, 2, Double.NaN, 0, false, -1));

    @Test
    void splitsThePredictionsBySkillInTheOrderTheSkillsFirstAppear() {
        double[] predictions = predict(table.allLearners());

        List<SkillFigures> figures = SkillBreakdown.of(3, table, table.allLearners(), fits, predictions);

        assertThat(figures).extracting(SkillFigures::skill).containsExactly("s", "t", "new");
        assertThat(figures).extracting(SkillFigures::fold).containsOnly(3);
        SkillFigures s = figures.get(0);
        assertThat(s.metrics().count()).isEqualTo(3);
        assertThat(s.metrics().right()).isEqualTo(2);
        // After a's right answer the wrong one was predicted higher than either right answer.
        assertThat(s.metrics().auc()).isZero();
        double expectedLogLoss = -(Math.log(predictions[0]) + Math.log(1 - predictions[2]) + Math.log(predictions[3]))
                / 3;
        assertThat(s.logLoss()).isCloseTo(expectedLogLoss, within(1e-12));
        assertThat(figures.get(1).metrics().auc()).as("one answer: AUC undefined").isNaN();
        assertThat(figures.get(2).fit()).as("never practised in training").isNull();
    }

    @Test
    void leavesOutLearnersThatWereNotPredicted() {
        boolean[] onlyA = {true, false};
        double[] predictions = predict(onlyA);

        List<SkillFigures> figures = SkillBreakdown.of(1, table, onlyA, fits, predictions);

        assertThat(figures).extracting(SkillFigures::skill).containsExactly("s", "t");
        assertThat(figures.get(0).metrics().count()).isEqualTo(2);
    }

    @Test
    void writesOneRowPerSkillNamingWhereItsParametersCameFrom() throws IOException {
        StringWriter out = new StringWriter();

        SkillFiguresCsv.write(out, SkillBreakdown.of(1, table, table.allLearners(), fits, predict(table.allLearners())));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(SkillFiguresCsv.HEADER);
        assertThat(lines.get(1)).startsWith("1,s,fitted,0.400000,0.200000,0.250000,0.100000,0.000000,40,9,3,2,0.000000,");
        assertThat(lines.get(2)).startsWith("1,t,defaults,0.300000,0.100000,0.200000,0.100000,0.000000,3,2,1,0,,");
        assertThat(lines.get(3)).startsWith("1,new,absent,0.300000,0.100000,0.200000,0.100000,0.000000,0,0,1,1,,");
        assertThat(lines).hasSize(4);
    }

    private double[] predict(boolean[] included) {
        double[] predictions = new double[table.size()];
        OneStepPredictor.predict(table, included, fits, predictions);
        return predictions;
    }

    private static ResponseTable table(String csv) {
        try {
            return ResponseCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv",
                    ColumnMapping.STANDARD);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
