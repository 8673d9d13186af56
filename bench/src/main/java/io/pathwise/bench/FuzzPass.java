package io.pathwise.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fuzz pass: hostile variants of every operation the packaged server offers (the OpenAPI
 * document's, the xAPI resources, the web forms), seeded and reproducible, sent one at a time as
 * the demo users. A finding is a 5xx, an ERROR in the server log, no answer in time, or a write
 * accepted and then unreadable (store-then-break). Exits 1 when there is any. See bench/README.md.
 */
public final class FuzzPass {

    private static final String USAGE = """
            FuzzPass [--seed=1] [--requests-per-operation=40] [--operations=TEXT] [--request-timeout=30]
                     [--db=h2|postgres] [server options]
              --seed                    the variants are a function of the seed and the operation: the same seed
                                        sends the same requests again
              --requests-per-operation  hostile variants per operation, after one valid (baseline) request
              --operations              only operations whose name contains TEXT (e.g. "PUT /xapi/statements"),
                                        to replay a finding quickly with the same seed
              --request-timeout         seconds without an answer before a request counts as a finding
              --verbose=true            print every request's variant and answer as it comes
            """ + LrsReport.SERVER_USAGE;

    private FuzzPass() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("seed", "requests-per-operation", "operations", "request-timeout", "verbose", "java", "jar",
                "jvm-opts", "timeout", "note", "record", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        long seed = Long.parseLong(options.string("seed", "1"));
        int perOperation = options.positiveInt("requests-per-operation", 40);
        String only = options.string("operations", "");
        Duration requestTimeout = Duration.ofSeconds(options.positiveInt("request-timeout", 30));
        Path root = ProjectRoot.find();
        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        Duration timeout = Duration.ofSeconds(options.positiveInt("timeout", 180));
        long started = System.nanoTime();

        WorkDir work = new WorkDir("pathwise-fuzz-");
        Path dataDir = work.freshDir("data");
        FuzzFindings findings = new FuzzFindings(work.file("finding-bodies"));
        List<FuzzTarget> targets = new ArrayList<>();
        FuzzRunner runner;
        String serverCommand;
        String databaseDescription;
        String xapiCredential;
        int sent = 0;
        try (BenchDatabase database = BenchDatabase.create(options, dataDir)) {
            databaseDescription = database.describe();
            ServerCommand command = base.on(FreePort.pick(), dataDir).withArguments(database.serverArguments());
            serverCommand = command.display();
            try (ServerProcess server = LrsServer.startReady(command, database, work.file("server.log"), timeout)) {
                PathwiseApi api = new PathwiseApi(server.baseUrl());
                XapiHttp.Credential credential = DemoAccounts.ensure(api, root);
                xapiCredential = credential.key() + ":" + credential.secret();
                FuzzHttp http = signIn(server.baseUrl(), requestTimeout, credential);
                Map<Caller, String> tokens = new EnumMap<>(Caller.class);
                for (Caller caller : List.of(Caller.LEARNER, Caller.INSTRUCTOR, Caller.ADMIN)) {
                    tokens.put(caller, DemoAccounts.token(api, email(caller)));
                }
                FuzzFixtures fixtures = FuzzFixtures.lookUp(api, tokens, root);
                tokens.forEach(http::bearer);
                String openApi = api.get("/v3/api-docs", null).expect(200, "GET /v3/api-docs").body();
                targets.addAll(ApiTargets.from(openApi, fixtures));
                targets.addAll(XapiTargets.all());
                targets.addAll(PageTargets.all(fixtures));
                targets.removeIf(t -> !t.operation().contains(only));
                if (targets.isEmpty()) {
                    throw new IllegalArgumentException("no operation contains '" + only + "'");
                }

                ServerLogWatch log = new ServerLogWatch(work.file("server.log"));
                log.skipToEnd();
                FuzzReproduction reproduction = new FuzzReproduction(fixtures.idVariables());
                runner = new FuzzRunner(http, log, reproduction, findings, server.handle());
                runner.verbose(options.string("verbose", "false").equals("true"));
                FuzzVariants variants = new FuzzVariants(fixtures.packageFiles);
                System.out.printf("Fuzzing %d operations, 1 valid + %d hostile requests each, seed %d%n", targets.size(),
                        perOperation, seed);
                boolean alive = true;
                for (FuzzTarget target : targets) {
                    List<FuzzRequest> requests = new ArrayList<>();
                    // The valid request first (for a destructive operation, with unknown ids: see FuzzVariants).
                    requests.add(FuzzVariants.baseline(target, new SplittableRandom(seed)).build());
                    if (runner.verbose()) {
                        System.out.println("  " + target.operation());
                    }
                    requests.addAll(variants.of(target, seed, perOperation));
                    int before = findings.occurrences();
                    alive = runner.run(requests);
                    sent += requests.size();
                    System.out.printf("  %-75s %3d requests %s%s%n", target.operation(), requests.size(),
                            runner.counts().getOrDefault(target.operation(), Map.of()),
                            findings.occurrences() > before ? "  " + (findings.occurrences() - before) + " finding(s)" : "");
                    if (!alive) {
                        System.err.println("The server exited; log ends with:\n" + server.logTail(40));
                        break;
                    }
                }
                if (alive) {
                    runner.sweep(targets);
                }
            } catch (Exception | Error e) {
                System.err.println("Failed; work dir kept: " + work.path());
                throw e;
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        String counts = FuzzReport.countsTable(targets, runner.counts(), findings);
        String list = FuzzReport.findingsList(findings);
        String summary = String.format(Locale.ROOT, "%d operations, %d requests and %d reads back in %.0f s: "
                + "%d finding(s), %d occurrence(s)", targets.size(), sent, runner.reads(), seconds, findings.all().size(),
                findings.occurrences());
        System.out.println();
        System.out.print(counts);
        System.out.println();
        if (!findings.all().isEmpty()) {
            System.out.print(FuzzReport.setUp(xapiCredential));
            System.out.println();
        }
        System.out.print(list);
        System.out.println();
        System.out.println(summary);
        if (!options.string("record", "true").equals("false")) {
            List<String> setup = new ArrayList<>();
            options.optional("note").ifPresent(note -> setup.add("**Note: " + note + "**"));
            setup.add(build);
            setup.addAll(Environment.describe(serverJdk, serverCommand, FuzzPass.class.getName(), args));
            setup.add("Database: " + databaseDescription);
            setup.add("Seed " + seed + ", " + perOperation + " hostile requests per operation after one valid one"
                    + (only.isEmpty() ? "" : ", only operations containing '" + only + "'"));
            setup.add(summary);
            Path file = ResultsFile.append(root, "fuzz", "Fuzz pass", Markdown.bullets(setup) + "\n" + counts + "\n"
                    + (findings.all().isEmpty() ? "" : FuzzReport.setUp(xapiCredential) + "\n") + list);
            System.out.println("Appended to " + file);
        }
        if (findings.all().isEmpty()) {
            work.delete();
        } else {
            System.err.println("Findings; work dir kept (server log" + (findings.savedBodies() ? ", bodies of the findings" : "")
                    + "): " + work.path());
            System.exit(1);
        }
    }

    /** The HTTP side, signed in as every caller: tokens come later, from the fixtures' sign-ins. */
    private static FuzzHttp signIn(String baseUrl, Duration requestTimeout, XapiHttp.Credential credential)
            throws Exception {
        FuzzHttp http = new FuzzHttp(baseUrl, requestTimeout);
        http.basic(credential);
        http.browser(Caller.PAGE_ANONYMOUS, null, null);
        for (Caller caller : List.of(Caller.PAGE_LEARNER, Caller.PAGE_INSTRUCTOR, Caller.PAGE_ADMIN)) {
            String email = email(caller);
            http.browser(caller, email, DemoAccounts.PASSWORDS.get(email));
        }
        return http;
    }

    private static String email(Caller caller) {
        return switch (caller) {
            case LEARNER, PAGE_LEARNER -> DemoAccounts.LEARNER;
            case INSTRUCTOR, PAGE_INSTRUCTOR -> DemoAccounts.INSTRUCTOR;
            default -> DemoAccounts.ADMIN;
        };
    }
}
