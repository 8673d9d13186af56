package io.pathwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@code java -jar pathwise.jar evaluate-knowledge-tracing ...} as a child process, the
 * way a user runs it, and the figures it printed ({@code AUC: 0.7347}, {@code Fit time: 0.502 s},
 * ...). A run that exits non-zero or prints no figures fails the benchmark with its output.
 */
record KnowledgeTracingCommand(Path java, Path jar, List<String> arguments) {

    /** The printed figures of one run, and the wall time of the whole command (JVM start to exit). */
    record Figures(double auc, double rmse, double accuracy, double fitSeconds, double wallSeconds, String output) {
    }

    List<String> commandLine() {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(),
                "evaluate-knowledge-tracing"));
        command.addAll(arguments);
        return command;
    }

    /** The command as a shell would take it, for the results file. */
    String display() {
        StringBuilder out = new StringBuilder();
        for (String word : commandLine()) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(word.matches("[\\w@%+=:,./-]*") ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }

    Figures run(Path log, long timeoutSeconds) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(commandLine()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no result after " + timeoutSeconds + " s: " + display());
        }
        double wall = (System.nanoTime() - started) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit code " + process.exitValue() + " from " + display() + "\n" + output);
        }
        return new Figures(figure(output, "AUC"), figure(output, "RMSE"), figure(output, "Accuracy"),
                figure(output, "Fit time"), wall, output);
    }

    private static double figure(String output, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ": ([0-9.]+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no '" + label + ":' line in the output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
