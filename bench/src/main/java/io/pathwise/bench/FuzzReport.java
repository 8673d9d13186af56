package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pass's tallies and findings, for the console and for bench/results/fuzz.md. */
final class FuzzReport {

    static final List<String> CLASSES = List.of("2xx", "3xx", "4xx", "5xx", "no answer", "timeout");

    private FuzzReport() {
    }

    /** Per operation: requests, answers per status class, findings (occurrences). */
    static String countsTable(List<FuzzTarget> targets, Map<String, Map<String, Integer>> counts, FuzzFindings findings) {
        List<String> header = new ArrayList<>(List.of("operation", "caller", "requests"));
        header.addAll(CLASSES);
        header.add("findings");
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[CLASSES.size() + 2];
        Map<String, Integer> found = findings.perOperation();
        for (FuzzTarget target : targets) {
            Map<String, Integer> c = counts.getOrDefault(target.operation(), Map.of());
            int requests = c.values().stream().mapToInt(Integer::intValue).sum();
            List<String> row = new ArrayList<>(List.of("`" + target.operation() + "`", target.caller().name().toLowerCase(java.util.Locale.ROOT),
                    Integer.toString(requests)));
            totals[0] += requests;
            for (int i = 0; i < CLASSES.size(); i++) {
                int n = c.getOrDefault(CLASSES.get(i), 0);
                totals[i + 1] += n;
                row.add(n == 0 ? "" : Integer.toString(n));
            }
            int f = found.getOrDefault(target.operation(), 0);
            totals[CLASSES.size() + 1] += f;
            row.add(f == 0 ? "" : "**" + f + "**");
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("**all " + targets.size() + " operations**", "", Integer.toString(totals[0])));
        for (int i = 1; i < totals.length; i++) {
            total.add(Integer.toString(totals[i]));
        }
        rows.add(total);
        return Markdown.table(header, rows);
    }

    /** Each finding: kind, operation, what happened, how often, and its reproduction. */
    static String findingsList(FuzzFindings findings) {
        if (findings.all().isEmpty()) {
            return "No findings.\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (FuzzFindings.Finding f : findings.all()) {
            n++;
            out.append(n).append(". **").append(f.kind.description).append("**, `").append(f.operation).append("`")
                    .append(f.count > 1 ? " (" + f.count + " times)" : "").append(": ").append(f.what.replace("|", "\\|"))
                    .append("\n\n   ```\n   ").append(f.reproduction).append("\n   ```\n");
        }
        return out.toString();
    }

    /** The shell lines every reproduction needs first, as a fenced block. */
    static String setUp(String xapiCredential) {
        return "Reproductions need these variables first (a server started as the pass starts it, demo data on):\n\n```\n"
                + String.join("\n", FuzzReproduction.setUp(xapiCredential)) + "\n```\n";
    }
}
