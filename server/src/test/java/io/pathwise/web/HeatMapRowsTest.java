package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.mastery.MasteryMapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.util.NumberUtils;

/**
 * The heat map's cells as written in Java: each says its probability as the template's
 * {@code #numbers.formatInteger(k * 100, 1) + '%'} did (the text a screen reader reads), in the
 * request's locale, and carries the class of its level unless it is low. Its skill headers, also
 * written in Java, are column headers carrying the skill's key and name, escaped.
 */
class HeatMapRowsTest {

    private static final Pattern CELL = Pattern.compile("<td(?: class=\"([^\"]+)\")?>([^<]*)</td>");
    private static final double THRESHOLD = 0.95;

    @Test
    void aCellSaysItsProbabilityAsTheTemplateExpressionDidInTheRequestsLocale() {
        List<Double> probabilities = new ArrayList<>();
        for (int i = 0; i <= 20_000; i++) {
            probabilities.add(i / 20_000.0);
        }
        // Halfway between two whole percentages: rounded half-even on the double's exact value.
        probabilities.addAll(List.of(0.005, 0.125, 0.135, 0.285, 0.295, 0.575, 0.995, 0.999999));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
                Locale.forLanguageTag("fa-IR"))) {
            PercentLabels labels = new PercentLabels(locale);
            for (double k : probabilities) {
                assertThat(labels.of(k)).as("%s in %s", k, locale).isEqualTo(NumberUtils.format(k * 100, 1, locale) + "%");
            }
        }
        assertThat(new PercentLabels(Locale.ENGLISH).of(0.125)).isEqualTo("12%");
        assertThat(new PercentLabels(Locale.ENGLISH).of(0.135)).isEqualTo("14%");
        assertThat(new PercentLabels(Locale.forLanguageTag("ar-EG")).of(0.3)).isEqualTo("٣٠%");
    }

    @Test
    void aValueThatIsNotAProbabilityIsShownAsItIs() {
        PercentLabels labels = new PercentLabels(Locale.ENGLISH);
        assertThat(labels.of(1.5)).isEqualTo("150%");
        assertThat(labels.of(-0.25)).isEqualTo(NumberUtils.format(-25.0, 1, Locale.ENGLISH) + "%");
        assertThat(labels.of(Double.NaN)).isEqualTo(NumberUtils.format(Double.NaN, 1, Locale.ENGLISH) + "%");
    }

    @Test
    void eachSkillGetsACellWithItsTextAndTheClassOfItsLevelExceptLowWhichHasNone() {
        List<Double> known = List.of(0.96, 0.95, 0.9499, 0.7, 0.6999, 0.4, 0.3999, 0.3, 0.0, 1.0);
        MasteryMapView map = map(known, 3);

        List<HeatMapRows.Row> rows = HeatMapRows.of(map, Locale.ENGLISH);

        assertThat(rows).hasSize(1);
        HeatMapRows.Row row = rows.get(0);
        assertThat(row.userId()).isEqualTo(map.learners().get(0).userId());
        assertThat(row.displayName()).isEqualTo("Ann <Admin>");
        assertThat(row.mastered()).isEqualTo(3);
        List<String> classes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher cell = CELL.matcher(row.cells());
        int end = 0;
        while (cell.find()) {
            assertThat(cell.start()).as("cells one after another, nothing between them").isEqualTo(end);
            end = cell.end();
            classes.add(cell.group(1) == null ? "" : cell.group(1));
            texts.add(cell.group(2));
        }
        assertThat(end).isEqualTo(row.cells().length());
        assertThat(texts).containsExactly("96%", "95%", "95%", "70%", "70%", "40%", "40%", "30%", "0%", "100%");
        assertThat(classes).containsExactly("level-mastered", "level-mastered", "level-high", "level-high", "level-mid",
                "level-mid", "", "", "", "level-mastered");
    }

    @Test
    void everyLearnerOfThePageGetsARowInOrder() {
        MasteryMapView one = map(List.of(0.1, 0.2), 0);
        MasteryMapView.Learner first = one.learners().get(0);
        MasteryMapView.Learner second = new MasteryMapView.Learner(UUID.randomUUID(), "Ben", List.of(0.97, 0.5), 1);
        MasteryMapView two = new MasteryMapView(one.skills(), List.of(first, second), THRESHOLD, 2, null);

        List<HeatMapRows.Row> rows = HeatMapRows.of(two, Locale.ENGLISH);

        assertThat(rows).extracting(HeatMapRows.Row::displayName).containsExactly("Ann <Admin>", "Ben");
        assertThat(rows.get(0).cells()).isEqualTo("<td>10%</td><td>20%</td>");
        assertThat(rows.get(1).cells()).isEqualTo("<td class=\"level-mastered\">97%</td><td class=\"level-mid\">50%</td>");
    }

    @Test
    void eachSkillGetsAColumnHeaderWithItsKeyAndNameEscapedInCourseOrder() {
        List<MasteryMapView.Skill> skills = List.of(new MasteryMapView.Skill("fractions", "Fractions"),
                new MasteryMapView.Skill("a\"b'<c>&", "<b>&\"x\"</b> 'y'"), new MasteryMapView.Skill("naïve", "Ünïcödé 分數"));

        String headers = HeatMapSkillHeaders.of(skills);

        // Author text is escaped as the template's th:text and th:attr did: the markup characters
        // only, so a name can neither add markup nor end the attribute early.
        assertThat(headers).isEqualTo("<th scope=\"col\" data-skill=\"fractions\">Fractions</th>"
                + "<th scope=\"col\" data-skill=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; &#39;y&#39;</th>"
                + "<th scope=\"col\" data-skill=\"naïve\">Ünïcödé 分數</th>");
        assertThat(HeatMapSkillHeaders.of(List.of())).isEmpty();
    }

    private static MasteryMapView map(List<Double> known, int mastered) {
        List<MasteryMapView.Skill> skills = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            skills.add(new MasteryMapView.Skill("skill-" + i, "Skill " + i));
        }
        MasteryMapView.Learner learner = new MasteryMapView.Learner(UUID.randomUUID(), "Ann <Admin>", known, mastered);
        return new MasteryMapView(skills, List.of(learner), THRESHOLD, 1, null);
    }
}
