package io.pathwise.mastery.evaluation;

import io.pathwise.mastery.model.FitOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command's arguments, checked: either {@code --train} and {@code --test}, or {@code --data}
 * and {@code --folds}; every option {@code --name=value} at most once; unknown options refused
 * (a mistyped option silently left at its default would give plausible but wrong figures).
 */
record EvaluationArguments(Path train, Path test, Path data, int folds, FitOptions fit, Path predictions,
        Path perSkill, ColumnMapping columns, boolean help) {

    private static final Set<String> FLAGS = Set.of("forgetting", "help");
    private static final Set<String> VALUED = Set.of("train", "test", "data", "folds", "restarts", "seed", "threads",
            "max-iterations", "prior-strength",
            "predictions", "per-skill", "user-column", "order-column", "skill-column", "correct-column");

    boolean crossValidation() {
        return data != null;
    }

    static EvaluationArguments parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new UsageException("expected --name=value, got '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!FLAGS.contains(name) && !VALUED.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (FLAGS.contains(name) && eq >= 0) {
                throw new UsageException("--" + name + " takes no value");
            }
            if (VALUED.contains(name) && (eq < 0 || eq == arg.length() - 1)) {
                throw new UsageException("--" + name + " needs a value: --" + name + "=...");
            }
            if (values.put(name, eq < 0 ? "" : arg.substring(eq + 1)) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        boolean help = values.containsKey("help");
        if (help) {
            return new EvaluationArguments(null, null, null, 0, FitOptions.DEFAULTS, null, null, ColumnMapping.STANDARD,
                    true);
        }
        boolean trainTest = values.containsKey("train") || values.containsKey("test");
        boolean crossValidation = values.containsKey("data") || values.containsKey("folds");
        if (trainTest == crossValidation) {
            throw new UsageException(trainTest ? "use either --train/--test or --data/--folds, not both"
                    : "give --train and --test, or --data and --folds");
        }
        for (String required : trainTest ? List.of("train", "test") : List.of("data", "folds")) {
            if (!values.containsKey(required)) {
                throw new UsageException("--" + required + " is missing");
            }
        }
        FitOptions fit = FitOptions.DEFAULTS
                .withForgetting(values.containsKey("forgetting"))
                .withRestarts(integer(values, "restarts", FitOptions.DEFAULTS.restarts(), 1, 1000))
                .withSeed(seed(values))
                .withThreads(integer(values, "threads", FitOptions.DEFAULTS.threads(), 1, 1024))
                .withMaxIterations(integer(values, "max-iterations", FitOptions.DEFAULTS.maxIterations(), 1, 100_000))
                .withPriorStrength(decimal(values, "prior-strength", FitOptions.DEFAULTS.priorStrength(), 0, 1_000_000));
        ColumnMapping columns = columns(values);
        return new EvaluationArguments(path(values, "train"), path(values, "test"), path(values, "data"),
                crossValidation ? integer(values, "folds", 0, 2, 1000) : 0, fit, path(values, "predictions"),
                path(values, "per-skill"), columns, false);
    }

    private static ColumnMapping columns(Map<String, String> values) {
        ColumnMapping standard = ColumnMapping.STANDARD;
        try {
            return new ColumnMapping(values.getOrDefault("user-column", standard.user()),
                    values.getOrDefault("order-column", standard.order()),
                    values.getOrDefault("skill-column", standard.skill()),
                    values.getOrDefault("correct-column", standard.correct()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Path path(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (RuntimeException e) {
            throw new UsageException("--" + name + " is not a usable path: " + e.getMessage());
        }
    }

    private static int integer(Map<String, String> values, String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new UsageException("--" + name + " must be from " + min + " to " + max + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }

    private static double decimal(Map<String, String> values, String name, double fallback, double min, double max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, was '" + value + "'");
        }
        if (!(parsed >= min && parsed <= max)) { // also refuses NaN
            throw new UsageException("--" + name + " must be from " + min + " to " + max + ", was " + value.trim());
        }
        return parsed;
    }

    private static long seed(Map<String, String> values) {
        String value = values.get("seed");
        if (value == null) {
            return FitOptions.DEFAULTS.seed();
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, was '" + value + "'");
        }
    }

    /** Arguments that do not make a valid command line; the message says which and why. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
