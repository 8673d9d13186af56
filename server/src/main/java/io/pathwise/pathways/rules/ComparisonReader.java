package io.pathwise.pathways.rules;

import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;

/**
 * Reads the bounds of a condition (an "at least" key and a "below" key, one or both), refusing
 * numbers out of range and bounds that no value could meet, each with its line.
 */
final class ComparisonReader {

    private ComparisonReader() {
    }

    /** Decimal bounds from {@code min} to {@code max}; null (with problems) when they are missing or wrong. */
    static Comparison decimals(YamlMap map, String atLeastKey, String belowKey, double min, double max,
            PackageProblems problems) {
        return read(map, atLeastKey, belowKey, min, max, false, problems);
    }

    /** Whole-number bounds from {@code min} to {@code max}; null (with problems) when they are missing or wrong. */
    static Comparison wholes(YamlMap map, String atLeastKey, String belowKey, int min, int max, PackageProblems problems) {
        return read(map, atLeastKey, belowKey, min, max, true, problems);
    }

    private static Comparison read(YamlMap map, String atLeastKey, String belowKey, double min, double max, boolean whole,
            PackageProblems problems) {
        boolean hasAtLeast = map.has(atLeastKey);
        boolean hasBelow = map.has(belowKey);
        if (!hasAtLeast && !hasBelow) {
            problems.add(map.file(), map.node(), "this condition needs '" + atLeastKey + "' or '" + belowKey + "' (or both)");
            return null;
        }
        Double atLeast = hasAtLeast ? number(map, atLeastKey, min, max, whole) : null;
        Double below = hasBelow ? number(map, belowKey, min, max, whole) : null;
        if ((hasAtLeast && atLeast == null) || (hasBelow && below == null)) {
            return null;
        }
        if (below != null && below <= min) {
            problems.add(map.file(), map.nodeOf(belowKey), "'" + belowKey + "' must be more than " + plain(min)
                    + ": nothing is below " + plain(min) + ", so the rule could never fire");
            return null;
        }
        if (atLeast != null && below != null && atLeast >= below) {
            problems.add(map.file(), map.nodeOf(atLeastKey), "'" + atLeastKey + "' must be less than '" + belowKey
                    + "': no value is at least " + plain(atLeast) + " and below " + plain(below));
            return null;
        }
        return new Comparison(atLeast, below);
    }

    private static Double number(YamlMap map, String key, double min, double max, boolean whole) {
        if (whole) {
            Integer value = map.integer(key, (int) min, (int) max);
            return value == null ? null : value.doubleValue();
        }
        return map.number(key, true, min, max);
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
