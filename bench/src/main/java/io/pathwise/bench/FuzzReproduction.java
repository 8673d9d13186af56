package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a fuzz request into a one-line curl command. The command refers to shell variables for
 * what differs between servers (the address, the callers' tokens and sessions, the ids the run
 * looked up), and {@link #setUp} prints the lines that set them on any fresh server started the
 * way the pass starts it, so a finding can be replayed without the run that found it.
 */
final class FuzzReproduction {

    private final Map<String, String> idVariables;

    /** @param idVariables shell variable name for each id the run looked up (e.g. COURSE_ID), by value */
    FuzzReproduction(Map<String, String> idVariables) {
        this.idVariables = idVariables;
    }

    String curl(FuzzRequest request) {
        List<String> words = new ArrayList<>();
        words.add("curl -sS -o /dev/null -w '%{http_code}\\n' --path-as-is -g");
        words.add(request.method().equals("HEAD") ? "-I" : "-X " + request.method());
        words.add("\"$BASE\"" + url(request.pathAndQuery()));
        words.add(credential(request.caller()));
        boolean contentType = false;
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            words.add("-H " + Shell.word(h.getKey() + ": " + h.getValue()));
            contentType |= h.getKey().equalsIgnoreCase("Content-Type");
        }
        if (!request.body().isEmpty()) {
            if (!contentType) {
                // curl would add application/x-www-form-urlencoded to a body of its own accord.
                words.add("-H 'Content-Type:'");
            }
            words.add(bodyWithIds(request.body().curlArgument()));
        }
        return String.join(" ", words.stream().filter(w -> !w.isEmpty()).toList());
    }

    /**
     * The body argument with the run's ids replaced by their variables: each id sits inside a
     * single-quoted word, plain or ANSI-C, which is closed around the variable and reopened.
     */
    private String bodyWithIds(String argument) {
        boolean ansi = argument.startsWith("--data-binary $'");
        String out = argument;
        for (Map.Entry<String, String> id : idVariables.entrySet()) {
            out = out.replace(id.getKey(), "'\"$" + id.getValue() + "\"" + (ansi ? "$'" : "'"));
        }
        return out;
    }

    /** The path as shell words, with the run's ids replaced by their variables. */
    private String url(String pathAndQuery) {
        StringBuilder out = new StringBuilder();
        String rest = pathAndQuery;
        while (!rest.isEmpty()) {
            int at = -1;
            String found = null;
            for (String id : idVariables.keySet()) {
                int i = rest.indexOf(id);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = id;
                }
            }
            if (found == null) {
                out.append(Shell.word(rest));
                break;
            }
            if (at > 0) {
                out.append(Shell.word(rest.substring(0, at)));
            }
            out.append("\"$").append(idVariables.get(found)).append('"');
            rest = rest.substring(at + found.length());
        }
        return out.toString();
    }

    private static String credential(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> "";
            case LEARNER, INSTRUCTOR, ADMIN -> "-H \"Authorization: Bearer $" + caller.variable() + "\"";
            case XAPI -> "-u \"$XAPI\"";
            default -> "-b \"$" + caller.variable() + "_JAR\" -H \"X-CSRF-TOKEN: $" + caller.variable() + "_CSRF\"";
        };
    }

    /**
     * Shell lines that set every variable the commands use, against a server at {@code $BASE}
     * started as the pass starts it (fresh data dir, demo data on H2).
     */
    static List<String> setUp(String xapiCredential) {
        List<String> lines = new java.util.ArrayList<>();
        if (!xapiCredential.equals(XapiCredentials.DEMO.key() + ":" + XapiCredentials.DEMO.secret())) {
            lines.add("# PostgreSQL has no demo data: replay a finding with bench/run.sh FuzzPass --db=postgres --seed=N "
                    + "--operations='<operation>' (which makes the demo accounts through the API, see DemoAccounts), or make "
                    + "them the same way on your server and put its new xAPI credential in XAPI");
        }
        lines.addAll(commands(xapiCredential));
        return lines;
    }

    private static List<String> commands(String xapiCredential) {
        String csrf = "grep -o '<input[^>]*name=\"_csrf\"[^>]*>' | head -1 | sed 's/.*value=\"\\([^\"]*\\)\".*/\\1/'";
        return List.of(
                "BASE=http://127.0.0.1:8080   # a server on a fresh data dir (bench/run.sh FuzzPass starts it so)",
                "token() { curl -s -X POST \"$BASE/api/v1/auth/token\" -H 'Content-Type: application/json' "
                        + "-d \"{\\\"email\\\":\\\"$1\\\",\\\"password\\\":\\\"$2\\\"}\" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/'; }",
                "LEARNER=$(token learner@pathwise.demo learn-fractions); INSTRUCTOR=$(token instructor@pathwise.demo "
                        + "teach-fractions); ADMIN=$(token admin@pathwise.demo admin-fractions); XAPI=" + xapiCredential,
                "page() { j=$(mktemp); c=$(curl -s -c $j -b $j \"$BASE/sign-in\" | " + csrf + "); if [ -n \"$1\" ]; then "
                        + "curl -s -c $j -b $j -o /dev/null \"$BASE/sign-in\" --data-urlencode \"email=$1\" "
                        + "--data-urlencode \"password=$2\" --data-urlencode \"_csrf=$c\"; c=$(curl -s -c $j -b $j "
                        + "\"$BASE/courses\" | " + csrf + "); fi; echo \"$j $c\"; }",
                "read PAGE_ANONYMOUS_JAR PAGE_ANONYMOUS_CSRF < <(page); read PAGE_LEARNER_JAR PAGE_LEARNER_CSRF < <(page "
                        + "learner@pathwise.demo learn-fractions); read PAGE_INSTRUCTOR_JAR PAGE_INSTRUCTOR_CSRF < <(page "
                        + "instructor@pathwise.demo teach-fractions); read PAGE_ADMIN_JAR PAGE_ADMIN_CSRF < <(page "
                        + "admin@pathwise.demo admin-fractions)",
                "id() { grep -o '\"id\":\"[^\"]*\"' | head -1 | cut -d'\"' -f4; }",
                "COURSE_ID=$(curl -s \"$BASE/api/v1/courses\" -H \"Authorization: Bearer $ADMIN\" | id); "
                        + "LEARNER_ID=$(curl -s \"$BASE/api/v1/me\" -H \"Authorization: Bearer $LEARNER\" | id)",
                "attempt() { curl -s -X POST \"$BASE/api/v1/courses/fractions/quizzes/$1/attempts\" "
                        + "-H \"Authorization: Bearer $LEARNER\" | id; }",
                "ATTEMPT_ID=$(attempt " + FuzzFixtures.QUIZ + "); SUBMIT_ATTEMPT_ID=$(attempt " + FuzzFixtures.SUBMIT_QUIZ
                        + "); GRADED_ATTEMPT_ID=$(attempt " + FuzzFixtures.GRADED_QUIZ + ")",
                "curl -s -o /dev/null -X POST \"$BASE/api/v1/attempts/$GRADED_ATTEMPT_ID/submission\" -H \"Authorization: Bearer "
                        + "$LEARNER\" -H 'Content-Type: application/json' -d '{\"idempotencyKey\":\"fuzz-pass-set-up\",\"answers\":{\""
                        + FuzzFixtures.MANUAL_ITEM + "\":{\"text\":\"The pieces differ in size; 5/6.\"}}}'");
    }
}
