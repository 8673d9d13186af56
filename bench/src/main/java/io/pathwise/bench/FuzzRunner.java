package io.pathwise.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the pass's requests one at a time (so every ERROR in the log belongs to the request just
 * answered), counts answers per operation and status class, and records findings: a 5xx, an ERROR
 * logged, no answer in time, and store-then-break: after a write is accepted (2xx), the resources
 * it touched are read back as the same caller, and a 5xx there means the server stored something
 * it cannot serve.
 */
final class FuzzRunner {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+:)?([A-Za-z]+)\\}");

    private final FuzzHttp http;
    private final ServerLogWatch log;
    private final FuzzReproduction reproduction;
    private final FuzzFindings findings;
    private final ProcessHandle server;
    /** Per operation, per status class ("2xx", "4xx", "no answer" ...), how many answers. */
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private int reads;
    private boolean verbose;

    FuzzRunner(FuzzHttp http, ServerLogWatch log, FuzzReproduction reproduction, FuzzFindings findings, ProcessHandle server) {
        this.http = http;
        this.log = log;
        this.reproduction = reproduction;
        this.findings = findings;
        this.server = server;
    }

    /** Print every request's variant and answer (status and problem title) as it comes. */
    void verbose(boolean on) {
        verbose = on;
    }

    boolean verbose() {
        return verbose;
    }

    Map<String, Map<String, Integer>> counts() {
        return counts;
    }

    int reads() {
        return reads;
    }

    /** Sends the requests; false when the server died (the pass cannot go on). */
    boolean run(List<FuzzRequest> requests) throws IOException, InterruptedException {
        for (FuzzRequest request : requests) {
            FuzzHttp.Answer answer = http.send(request);
            counts.computeIfAbsent(request.target().operation(), k -> new TreeMap<>()).merge(answer.statusClass(), 1, Integer::sum);
            if (verbose) {
                System.out.printf("    %s %s: %s%n", answer.status() == 0 ? answer.failure() : answer.status(), request.variant(),
                        problemTitle(answer.body()));
            }
            check(request, answer, null);
            if (!server.isAlive()) {
                findings.add(FuzzFindings.Kind.SERVER_DIED, request.target().operation(), "exited",
                        "the server process exited after " + request.variant(), reproduction, request);
                return false;
            }
            if (answer.status() / 100 == 2 && request.target().writes()) {
                readBack(request, answer);
            }
        }
        return true;
    }

    /**
     * Reads every GET target's baseline once more, after all the writes: a stored value that breaks
     * a page or list the write's own reads did not cover shows here.
     */
    void sweep(List<FuzzTarget> targets) throws IOException, InterruptedException {
        for (FuzzTarget target : targets) {
            if (target.writes()) {
                continue;
            }
            FuzzRequest request = new RequestDraft(target).build();
            FuzzRequest sweep = new FuzzRequest(target, "read after the whole pass", request.pathAndQuery(), request.headers(),
                    request.body());
            FuzzHttp.Answer answer = http.send(sweep);
            reads++;
            check(sweep, answer, "after the whole pass");
        }
    }

    private void readBack(FuzzRequest write, FuzzHttp.Answer accepted) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(write.target().reads());
        if (accepted.location() != null && accepted.status() == 201) {
            String location = accepted.location().startsWith("http") ? URI.create(accepted.location()).getRawPath()
                    : accepted.location();
            paths.add(location);
        }
        for (String spec : paths) {
            Caller caller = write.caller();
            String path = spec;
            int space = spec.indexOf(' ');
            if (space > 0) {
                caller = Caller.valueOf(spec.substring(0, space));
                path = spec.substring(space + 1);
            }
            String resolved = resolve(path, write, accepted);
            if (resolved == null) {
                continue;
            }
            // The target's own headers (the xAPI version), not the variant's: the read is a plain, valid one.
            Map<String, String> headers = new LinkedHashMap<>(caller == write.caller() ? write.target().headers() : Map.of());
            headers.remove("Content-Type");
            if (caller.page()) {
                headers.put("Accept", "text/html");
            }
            FuzzRequest read = new FuzzRequest(FuzzTarget.of("GET", resolved, caller).name(write.target().operation()).build(),
                    "read back", resolved, headers, FuzzBody.NONE);
            FuzzHttp.Answer answer = http.send(read);
            reads++;
            if (answer.status() >= 500 || answer.failure() != null && answer.failure().startsWith("timeout")) {
                findings.add(FuzzFindings.Kind.STORE_THEN_BREAK, write.target().operation(), write.variant() + "|" + path,
                        "after '" + write.variant() + "' was accepted (" + accepted.status() + "), GET " + resolved + " answered "
                                + (answer.status() == 0 ? answer.failure() : answer.status()), reproduction, write, read);
            }
            for (ServerLogWatch.Error error : log.newErrors()) {
                findings.add(FuzzFindings.Kind.STORE_THEN_BREAK, write.target().operation(), error.signature(),
                        "after '" + write.variant() + "' was accepted, reading " + resolved + " logged: " + error.summary(),
                        reproduction, write, read);
            }
        }
    }

    /** Fills {var} from the target's valid path values, {query:name} from the request, {response:id|uuid} from the answer. */
    private static String resolve(String path, FuzzRequest write, FuzzHttp.Answer answer) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            if ("query:".equals(m.group(1))) {
                Matcher q = Pattern.compile("[?&]" + m.group(2) + "=([^&]*)").matcher(write.pathAndQuery());
                value = q.find() ? q.group(1) : null;
            } else if ("response:".equals(m.group(1))) {
                if (m.group(2).equals("uuid")) {
                    Matcher u = UUID.matcher(answer.body());
                    value = u.find() ? u.group() : null;
                } else {
                    String start = answer.body().length() > 1_000 ? answer.body().substring(0, 1_000) : answer.body();
                    value = Json.field(start, m.group(2)).orElse(null);
                }
            } else {
                value = write.target().pathValues().get(m.group(2));
            }
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A 5xx is one finding with what the log said about it; an ERROR logged for a request answered
     * otherwise (a 400 whose exception escaped to the servlet container) is a finding of its own.
     */
    private void check(FuzzRequest request, FuzzHttp.Answer answer, String when) throws IOException {
        String operation = request.target().operation();
        String suffix = when == null ? "" : " " + when;
        List<ServerLogWatch.Error> errors = log.newErrors();
        String logged = errors.isEmpty() ? "" : "; logged: " + errors.get(0).summary();
        if (answer.status() >= 500) {
            findings.add(FuzzFindings.Kind.SERVER_ERROR, operation, answer.status() + "|" + problemTitle(answer.body())
                    + (errors.isEmpty() ? "" : errors.get(0).signature()),
                    request.variant() + suffix + ": " + answer.status() + " " + problemTitle(answer.body()) + logged,
                    reproduction, request);
            return;
        }
        if (answer.status() == 0 && answer.failure().startsWith("timeout")) {
            findings.add(FuzzFindings.Kind.NO_ANSWER, operation, request.variant(), request.variant() + suffix + ": "
                    + answer.failure() + logged, reproduction, request);
            return;
        }
        for (ServerLogWatch.Error error : errors) {
            findings.add(FuzzFindings.Kind.LOG_ERROR, operation, error.signature(), request.variant() + suffix + " (answered "
                    + (answer.status() == 0 ? answer.failure() : answer.status()) + "): " + error.summary(), reproduction, request);
        }
    }

    private static String problemTitle(String answer) {
        // Json.field's regex recurses per character: a long string value (a page of statements) would
        // overflow the stack, and a problem's title and detail come first anyway.
        String body = answer.length() > 1_000 ? answer.substring(0, 1_000) : answer;
        String title = Json.field(body, "title").orElse(Json.field(body, "error").orElse(""));
        String detail = Json.field(body, "detail").orElse("");
        String text = (title + (detail.isEmpty() ? "" : ": " + detail)).replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
