package io.pathwise.assessment.item;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them: how a computed value is printed in an item, and how a learner's number
 * (with an optional unit after it) is read.
 */
final class NumberText {

    private static final MathContext BINARY_NOISE = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final int DECIMALS = 6;

    // Fifteen digits at most per integer so that fractions are computed exactly in a long.
    private static final Pattern MIXED = Pattern.compile("([+-]?)(\\d{1,15}) +(\\d{1,15}) ?/ ?(\\d{1,15})(.*)");
    private static final Pattern FRACTION = Pattern.compile("([+-]?)(\\d{1,15}) ?/ ?(\\d{1,15})(.*)");
    private static final Pattern DECIMAL = Pattern.compile("([+-]?(?:\\d{1,300}(?:\\.\\d{0,300})?|\\.\\d{1,300})(?:[eE][+-]?\\d{1,3})?)(.*)");
    /** A unit must not begin like more of a number ("1 2", "3,5", "2.5.1"); it begins with a letter or a symbol. */
    private static final Pattern UNIT_START = Pattern.compile("[^\\d.,+\\-/ ]");

    private NumberText() {
    }

    /**
     * The value as an item shows it: a whole number without decimals, anything else with at most six
     * decimals and no trailing zeros ({@code 3.5}, {@code 0.333333}). Exact decimal arithmetic on the
     * double's binary value makes the text the same on every JVM.
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        // Rounding to 15 significant digits first drops binary noise (0.1 + 0.2 prints as 0.3).
        BigDecimal rounded = new BigDecimal(value).round(BINARY_NOISE).setScale(DECIMALS, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /** A number a learner wrote, and the unit written after it (empty when none). */
    record Reading(double value, String unit) {
    }

    /**
     * Reads {@code 3.5}, {@code -2}, {@code 7/2}, {@code 3 1/2} or {@code 1e3}, optionally followed by a
     * unit ({@code 3.5 cm}, {@code 7/2cm}); empty when the text does not start with such a number, when a
     * denominator is zero, or when what follows the number is not a unit.
     */
    static Optional<Reading> read(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        Matcher mixed = MIXED.matcher(normalised);
        if (mixed.matches()) {
            long denominator = Long.parseLong(mixed.group(4));
            if (denominator == 0) {
                return Optional.empty();
            }
            double magnitude = Long.parseLong(mixed.group(2)) + (double) Long.parseLong(mixed.group(3)) / denominator;
            return withUnit(mixed.group(1).equals("-") ? -magnitude : magnitude, mixed.group(5));
        }
        Matcher fraction = FRACTION.matcher(normalised);
        if (fraction.matches()) {
            long denominator = Long.parseLong(fraction.group(3));
            if (denominator == 0) {
                return Optional.empty();
            }
            double magnitude = (double) Long.parseLong(fraction.group(2)) / denominator;
            return withUnit(fraction.group(1).equals("-") ? -magnitude : magnitude, fraction.group(4));
        }
        Matcher decimal = DECIMAL.matcher(normalised);
        if (decimal.matches()) {
            double value = Double.parseDouble(decimal.group(1));
            return Double.isFinite(value) ? withUnit(value, decimal.group(2)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Reading> withUnit(double value, String rest) {
        String unit = rest.strip();
        if (!unit.isEmpty() && !UNIT_START.matcher(unit).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(value, unit));
    }

    /** A unit spelling as compared: NFKC ({@code cm²} is {@code cm2}) without spaces; case matters ({@code mm}, {@code Mm}). */
    static String unitKey(String unit) {
        return Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
