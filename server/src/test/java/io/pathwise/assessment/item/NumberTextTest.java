package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How learners' numbers are read and computed values printed. */
class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3.5|3.5|''", "-2|-2|''", "7/2|3.5|''", "3 1/2|3.5|''", "-3 1/2|-3.5|''", "+4|4|''", ".5|0.5|''",
        "1e3|1000|''", "3.5 cm|3.5|cm", "7/2cm|3.5|cm", "3 1/2 m/s|3.5|m/s", "'  12   kg '|12|kg", "２.５|2.5|''",
        "5 m²|5|m2", "2em|2|em", "7 / 2|3.5|''"})
    void readsDecimalsFractionsMixedNumbersAndUnits(String text, double value, String unit) {
        assertThat(NumberText.read(text)).hasValueSatisfying(reading -> {
            assertThat(reading.value()).isEqualTo(value);
            assertThat(reading.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "three", "1 2", "3,5", "2.5.1", "7/0", "3 1/0", "1e999", "- 3", "/2", "1 / cm"})
    void readsNothingFromTextThatIsNotANumberWithAUnit(String text) {
        assertThat(NumberText.read(text)).isEmpty();
    }

    @Test
    void printsWholeNumbersWithoutDecimals() {
        assertThat(NumberText.format(12)).isEqualTo("12");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
        assertThat(NumberText.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(NumberText.format(2.0000000000000004)).isEqualTo("2");
    }

    @Test
    void printsOtherNumbersWithAtMostSixDecimalsAndNoTrailingZeros() {
        assertThat(NumberText.format(3.5)).isEqualTo("3.5");
        assertThat(NumberText.format(1.0 / 3)).isEqualTo("0.333333");
        assertThat(NumberText.format(-2.0 / 3)).isEqualTo("-0.666667");
        assertThat(NumberText.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(NumberText.format(0.0000004)).isEqualTo("0");
    }

    @Test
    void comparesUnitsAfterNfkcWithoutSpacesAndWithCase() {
        assertThat(NumberText.unitKey("cm²")).isEqualTo(NumberText.unitKey("cm2"));
        assertThat(NumberText.unitKey("m / s")).isEqualTo("m/s");
        assertThat(NumberText.unitKey("mm")).isNotEqualTo(NumberText.unitKey("Mm"));
    }
}
