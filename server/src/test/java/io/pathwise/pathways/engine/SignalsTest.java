package io.pathwise.pathways.engine;

import static io.pathwise.pathways.engine.Fractions.learner;
import static io.pathwise.pathways.engine.Fractions.right;
import static io.pathwise.pathways.engine.Fractions.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rapid guessing, heavy hint use and runs of wrong answers turn into easier steps and worked examples. */
class SignalsTest {

    private final Recommender recommender = new Recommender(RecommendationPolicy.DEFAULTS);

    @Test
    void rapidGuessingLeadsToAWorkedExampleWhoseReasonSaysSo() {
        Recommendation r = first(struggling(rapid(true), rapid(false), right(), rapid(false), right()));

        assertThat(r.kind()).isEqualTo(RecommendationKind.WORKED_EXAMPLE);
        assertThat(r.activity().key()).isEqualTo("adding-unlike-example");
        assertThat(r.signals()).containsExactly(Signal.RAPID_GUESSING);
        assertThat(r.reason()).isEqualTo("3 of your last 5 answers on Adding unlike fractions came much faster than"
                + " the question takes to work out; this worked example shows how to solve it, step by step.");
    }

    @Test
    void heavyHintUseLeadsToAWorkedExampleWhoseReasonSaysSo() {
        Recommendation r = first(struggling(hinted(true), right(), hinted(true), hinted(false), right()));

        assertThat(r.kind()).isEqualTo(RecommendationKind.WORKED_EXAMPLE);
        assertThat(r.signals()).containsExactly(Signal.HEAVY_HINT_USE);
        assertThat(r.reason()).isEqualTo("You used hints on 3 of your last 5 answers on Adding unlike fractions;"
                + " this worked example shows how to solve it, step by step.");
    }

    @Test
    void aRunOfWrongAnswersLeadsToAnEasierStepWhoseReasonSaysSo() {
        Recommendation r = first(struggling(right(), right(), wrong(), wrong(), wrong()));

        assertThat(r.kind()).isEqualTo(RecommendationKind.EASIER_STEP);
        assertThat(r.activity().key()).isEqualTo("adding-unlike-step");
        assertThat(r.signals()).containsExactly(Signal.WRONG_ANSWERS);
        assertThat(r.reason()).isEqualTo(
                "Your last 3 answers on Adding unlike fractions were wrong; this easier step builds up to it.");
    }

    @Test
    void aReasonNamesEverySignalItSaw() {
        Recommendation r = first(struggling(hinted(false), hinted(false), hinted(false)));

        assertThat(r.kind()).isEqualTo(RecommendationKind.WORKED_EXAMPLE);
        assertThat(r.signals()).containsExactlyInAnyOrder(Signal.WRONG_ANSWERS, Signal.HEAVY_HINT_USE);
        assertThat(r.reason()).isEqualTo("Your last 3 answers on Adding unlike fractions were wrong; you used hints"
                + " on 3 of your last 3 answers; this worked example shows how to solve it, step by step.");
    }

    @Test
    void withoutHelpActivitiesAnEasierOrdinaryActivityIsTheEasierStep() {
        LearnerState learner = learner().mastered("fractions", "equivalent", "adding-like", "adding-unlike")
                .known("comparing", 0.9, right(), wrong(), wrong(), wrong()).build();

        Recommendation r = first(learner);

        // At P(known) 0.9 the band alone would choose difficulty 3.
        assertThat(r.kind()).isEqualTo(RecommendationKind.EASIER_STEP);
        assertThat(r.activity().key()).isEqualTo("comparing-1");
        assertThat(r.reason()).isEqualTo(
                "Your last 3 answers on Comparing fractions were wrong; this easier step builds up to it.");
    }

    @Test
    void aSkillWithASignalComesBeforeTheOthers() {
        LearnerState learner = learner().mastered("fractions", "equivalent")
                .known("comparing", 0.9, right(), right())
                .known("adding-like", 0.4, wrong(), wrong(), wrong()).build();

        List<Recommendation> recommendations = recommender.recommend(Fractions.COURSE, learner);

        assertThat(recommendations).extracting(Recommendation::skill).containsExactly("adding-like", "comparing");
        assertThat(recommendations.get(0).signals()).containsExactly(Signal.WRONG_ANSWERS);
    }

    @Test
    void answersAtAnOrdinaryPaceWithoutHintsShowNoSignal() {
        Recommendation r = first(struggling(right(), wrong(), right(), wrong(), right()));

        assertThat(r.kind()).isEqualTo(RecommendationKind.LEARN);
        assertThat(r.signals()).isEmpty();
    }

    @Test
    void onlyTheLastFiveAnswersCount() {
        SignalRules rules = SignalRules.DEFAULT;
        List<Answer> oldTrouble = List.of(rapid(false), rapid(false), hinted(false), hinted(false), hinted(false),
                right(), right(), right(), right(), right());

        assertThat(rules.detect(oldTrouble)).isEmpty();
        assertThat(rules.detect(oldTrouble.subList(0, 5)))
                .isEqualTo(Set.of(Signal.RAPID_GUESSING, Signal.HEAVY_HINT_USE, Signal.WRONG_ANSWERS));
    }

    @Test
    void anAnswerWithoutATypicalTimeIsNeverARapidGuess() {
        List<Answer> untimed = List.of(new Answer(true, 1, 0, 0), new Answer(false, 1, 0, 0));

        assertThat(SignalRules.DEFAULT.detect(untimed)).isEmpty();
    }

    private Recommendation first(LearnerState learner) {
        return recommender.recommend(Fractions.COURSE, learner).get(0);
    }

    /** Everything before adding-unlike mastered; adding-unlike at P(known) 0.5 with these answers. */
    private static LearnerState struggling(Answer... answers) {
        return learner().mastered("fractions", "equivalent", "adding-like", "comparing")
                .known("adding-unlike", 0.5, answers).build();
    }

    /** Answered in 3 s an item that usually takes 40 s. */
    private static Answer rapid(boolean correct) {
        return new Answer(correct, 3, 40, 0);
    }

    /** Answered in typical time after opening a hint. */
    private static Answer hinted(boolean correct) {
        return new Answer(correct, 40, 40, 1);
    }
}
