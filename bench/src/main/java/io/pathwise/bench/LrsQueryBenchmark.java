package io.pathwise.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Statement queries on a large LRS: loads a million statements of the ingestion benchmark's kind
 * (straight into the tables, with the rows the LRS itself would write, proven by
 * {@link RowEquivalenceCheck}), restarts the server on them, and runs
 * {@code GET /xapi/statements?agent=…&verb=…&activity=…&limit=100} for existing combinations
 * from several threads; then agent-only and activity-only queries, which return full pages. See
 * bench/README.md.
 */
public final class LrsQueryBenchmark {

    static final double TARGET_P99_MILLIS = 20;

    private static final String USAGE = """
            LrsQueryBenchmark [--db=h2|postgres] [--statements=1000000] [--threads=8] [--warmup=20] [--seconds=60]
                              [--single-seconds=30] [--limit=100] [--learners=10000] [--seed=1]
                              [--load-threads=4] [--keep] [--reuse=<h2 data dir>|<postgres database>] [server options]
              --statements      statements loaded before querying (through JDBC, not timed as a benchmark)
              --seconds         timed seconds of agent+verb+activity queries; --single-seconds for agent-only and
                                for activity-only queries each
              --keep            keep the loaded data (H2 data dir or PostgreSQL database) and print how to reuse it
              --reuse           query data kept by an earlier --keep run instead of loading (same --seed, --learners)
            """ + LrsReport.SERVER_USAGE;

    private LrsQueryBenchmark() {
    }

    /** One client thread cycling through pre-built query URLs from its own starting point. */
    private static final class Querier implements TimedLoop.Worker {
        private final XapiHttp http;
        private final String[] queries;
        private final boolean mustMatch;
        private int next;

        Querier(XapiHttp http, String[] queries, boolean mustMatch) {
            this.http = http;
            this.queries = queries;
            this.mustMatch = mustMatch;
            this.next = ThreadLocalRandom.current().nextInt(queries.length);
        }

        @Override
        public TimedLoop.Step next() throws InterruptedException {
            String query = queries[next];
            next = (next + 1) % queries.length;
            XapiHttp.Outcome outcome = http.query(query);
            if (!outcome.ok()) {
                return TimedLoop.Step.failed(outcome.latencyNanos(), outcome.error());
            }
            if (mustMatch && outcome.statements() == 0) {
                return TimedLoop.Step.failed(outcome.latencyNanos(), "no statement for an existing combination");
            }
            return TimedLoop.Step.ok(outcome.latencyNanos(), outcome.statements());
        }
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("statements", "threads", "warmup", "seconds", "single-seconds",
                "limit", "learners", "seed", "load-threads", "keep", "reuse", "java", "jar", "jvm-opts", "timeout",
                "note", "record", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        long statements = options.positiveInt("statements", 1_000_000);
        int threads = options.positiveInt("threads", 8);
        Duration warmup = Duration.ofSeconds(options.positiveInt("warmup", 20));
        Duration combinedLength = Duration.ofSeconds(options.positiveInt("seconds", 60));
        Duration singleLength = Duration.ofSeconds(options.positiveInt("single-seconds", 30));
        int limit = options.positiveInt("limit", 100);
        int learners = options.positiveInt("learners", 10_000);
        long seed = options.positiveInt("seed", 1);
        int loadThreads = options.positiveInt("load-threads", 4);
        boolean keep = options.has("keep");
        Optional<String> reuse = options.optional("reuse");
        Path root = ProjectRoot.find();
        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        Duration timeout = Duration.ofSeconds(options.positiveInt("timeout", 180));
        BenchDatabase.Kind kind = BenchDatabase.kind(options);

        XapiVocabulary vocabulary = new XapiVocabulary(learners);
        StatementGenerator generator = new StatementGenerator(vocabulary, seed);
        WorkDir work = new WorkDir("pathwise-lrs-query-");
        Path dataDir;
        BenchDatabase database;
        if (reuse.isPresent()) {
            dataDir = kind == BenchDatabase.Kind.H2 ? Path.of(reuse.get()) : work.freshDir("data");
            if (kind == BenchDatabase.Kind.H2 && !Files.isRegularFile(dataDir.resolve("pathwise.mv.db"))) {
                throw new IllegalArgumentException("--reuse=" + dataDir + " holds no pathwise.mv.db");
            }
            database = BenchDatabase.existing(options, dataDir, reuse.get());
        } else {
            dataDir = work.freshDir("data");
            database = BenchDatabase.create(options, dataDir);
        }
        if (keep) {
            database.keep();
        }

        List<String> setupNotes = new ArrayList<>();
        List<String> phaseNames = new ArrayList<>();
        List<TimedLoop.Result> phases = new ArrayList<>();
        String serverCommand;
        String databaseDescription;
        long loaded;
        ExecutorService threadPool = Executors.newFixedThreadPool(threads);
        try (database) {
            databaseDescription = database.describe();
            if (reuse.isEmpty()) {
                setupNotes.add(load(base, database, dataDir, work, generator, statements, loadThreads, timeout));
                loaded = statements;
            } else {
                // Only the loaded statements are in the database: statement i exists for every i below the count.
                loaded = database.countAll();
                setupNotes.add("Data: reused from an earlier --keep run (" + reuse.get() + "), " + loaded
                        + " statements, not loaded now");
            }
            try (LrsServer server = LrsServer.start(base, database, dataDir, work.file("server-queries.log"), timeout)) {
                serverCommand = server.commandLine();
                System.out.printf("Building queries for %d loaded statements%n", loaded);
                SplittableRandom random = new SplittableRandom(seed * 31 + 7);
                int distinct = 50_000;
                String[] combined = new String[distinct];
                String[] agentOnly = new String[distinct];
                String[] activityOnly = new String[distinct];
                for (int i = 0; i < distinct; i++) {
                    StatementGenerator.Draft d = generator.draft(random.nextLong(loaded), Instant.EPOCH);
                    String agent = "agent=" + encode(d.actor().filterJson());
                    String verb = "verb=" + encode(d.verb().iri());
                    String activity = "activity=" + encode(d.object().id());
                    combined[i] = "/xapi/statements?" + agent + "&" + verb + "&" + activity + "&limit=" + limit;
                    agentOnly[i] = "/xapi/statements?" + agent + "&limit=" + limit;
                    activityOnly[i] = "/xapi/statements?" + activity + "&limit=" + limit;
                }
                Optional<ProcessHandle> handle = Optional.of(server.handle());
                String[] mixed = new String[distinct];
                for (int i = 0; i < distinct; i++) {
                    mixed[i] = i % 3 == 0 ? combined[i] : i % 3 == 1 ? agentOnly[i] : activityOnly[i];
                }
                System.out.printf("%d threads; warming up for %d s with all three kinds of query%n", threads,
                        warmup.toSeconds());
                TimedLoop.Result warm = TimedLoop.run(queriers(server, threads, mixed, false), threadPool, handle, kind,
                        warmup);
                report(phaseNames, phases, "warm-up (mixed)", warm);
                report(phaseNames, phases, "**agent + verb + activity**", TimedLoop.run(
                        queriers(server, threads, combined, true), threadPool, handle, kind, combinedLength));
                report(phaseNames, phases, "agent only", TimedLoop.run(
                        queriers(server, threads, agentOnly, true), threadPool, handle, kind, singleLength));
                report(phaseNames, phases, "activity only", TimedLoop.run(
                        queriers(server, threads, activityOnly, true), threadPool, handle, kind, singleLength));
            }
            setupNotes.add("Database size after the run: " + database.size());
        } catch (Exception e) {
            System.err.println("Failed; work dir kept: " + work.path());
            throw e;
        } finally {
            threadPool.shutdownNow();
        }

        List<String> verdicts = new ArrayList<>();
        TimedLoop.Result combinedResult = phases.get(1);
        boolean met = combinedResult.latencies().count() > 0 && combinedResult.errors() == 0
                && combinedResult.latencies().percentileMillis(99) <= TARGET_P99_MILLIS;
        verdicts.add("Target p99 <= " + Markdown.number(TARGET_P99_MILLIS, 0) + " ms for agent + verb + activity: "
                + (met ? "met" : "NOT met") + " (" + p99(combinedResult) + "); agent only p99 " + p99(phases.get(2))
                + ", activity only p99 " + p99(phases.get(3)));
        for (int i = 1; i < phases.size(); i++) {
            TimedLoop.Result r = phases.get(i);
            verdicts.add(phaseNames.get(i).replace("*", "") + ": " + Markdown.number(r.units() / (double) Math.max(1,
                    r.operations()), 1) + " statements per response on average");
        }
        long errors = phases.stream().mapToLong(TimedLoop.Result::errors).sum();
        verdicts.add("Errors: " + (errors == 0 ? "none" : errors + " (must be 0)"));
        verdicts.forEach(System.out::println);

        if (!options.string("record", "true").equals("false")) {
            List<String> setup = new ArrayList<>();
            options.optional("note").ifPresent(note -> setup.add("**Note: " + note + "**"));
            setup.add(build);
            setup.addAll(Environment.describe(serverJdk, serverCommand, LrsQueryBenchmark.class.getName(), args));
            setup.add("Database: " + databaseDescription);
            setup.add("Data: " + loaded + " statements of the ingestion benchmark's generator (seed " + seed + ", "
                    + learners + " learners, " + vocabulary.verbs.length + " verbs, " + vocabulary.activityCount()
                    + " activities; learners in 1-3 of 50 courses, later modules less visited)");
            setup.addAll(setupNotes);
            setup.add("Load: " + threads + " threads (one HttpClient each, HTTP/1.1 keep-alive), GET /xapi/statements "
                    + "with limit=" + limit + ", no think time, each query built from a random loaded statement "
                    + "(50,000 distinct per kind); warm-up " + warmup.toSeconds() + " s mixed, then "
                    + combinedLength.toSeconds() + " s agent+verb+activity, " + singleLength.toSeconds()
                    + " s agent only, " + singleLength.toSeconds() + " s activity only");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                rows.add(LrsReport.row(phaseNames.get(i), phases.get(i)));
            }
            String table = Markdown.table(LrsReport.header("Statements", "Requests"), rows);
            Path results = ResultsFile.append(root, "lrs-query", "LRS query benchmark",
                    Markdown.bullets(setup) + "\n" + table + "\n" + Markdown.bullets(verdicts));
            System.out.println("Appended to " + results);
        }
        if (keep) {
            System.out.println("Data kept. Query it again with: bench/run.sh LrsQueryBenchmark --db="
                    + (kind == BenchDatabase.Kind.H2 ? "h2 --reuse=" + dataDir : "postgres --reuse=" + database.pgDatabase())
                    + " --statements=" + statements + " --seed=" + seed + " --learners=" + learners
                    + (kind == BenchDatabase.Kind.H2 ? "" : " (drop it when done: DROP DATABASE " + database.pgDatabase() + ")"));
        } else if (errors == 0) {
            work.delete();
        }
        if (errors != 0) {
            System.err.println("Errors; work dir kept: " + work.path());
            System.exit(1);
        }
    }

    /**
     * Starts the server once on the empty database (migration, credential), proves the row
     * computation against it, stops it, and loads the statements straight into the tables.
     */
    private static String load(ServerCommand base, BenchDatabase database, Path dataDir, WorkDir work,
            StatementGenerator generator, long count, int loadThreads, Duration timeout) throws Exception {
        RowEquivalenceCheck check;
        String key;
        try (LrsServer server = LrsServer.start(base, database, dataDir, work.file("server-setup.log"), timeout)) {
            key = server.credential().key();
            check = RowEquivalenceCheck.send(server, generator);
        }
        BenchDatabase.CredentialRow credential = database.credential(key);
        LrsRow.Authority authority = LrsRow.Authority.of(LrsRow.DEFAULT_HOME_PAGE, credential.label(), key);
        String rowCheck = check.verifyAndDelete(database, credential, authority);
        System.out.println(rowCheck);

        int batch = 1_000;
        long batches = (count + batch - 1) / batch;
        // Three months of history: statement i stored at an even pace, its timestamp up to a minute earlier.
        Instant first = Instant.now().minus(Duration.ofDays(90));
        long stepMicros = Duration.ofDays(90).toNanos() / 1000 / Math.max(1, count);
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService loaders = Executors.newFixedThreadPool(loadThreads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < loadThreads; t++) {
                futures.add(loaders.submit(() -> {
                    try (RawStatementInserts inserts = new RawStatementInserts(database.connect(), credential.tenantId(),
                            credential.id())) {
                        for (long b; (b = nextBatch.getAndIncrement()) < batches; ) {
                            long from = b * batch;
                            long to = Math.min(count, from + batch);
                            Instant stored = first.plusNanos(from * stepMicros * 1000);
                            List<LrsRow> rows = new ArrayList<>((int) (to - from));
                            UUID[] ids = new UUID[(int) (to - from)];
                            for (long i = from; i < to; i++) {
                                Instant timestamp = stored.minusMillis(XapiVocabulary.mix(i) >>> 48);
                                rows.add(LrsRow.of(generator.draft(i, timestamp), authority));
                                ids[(int) (i - from)] = StatementBatches.randomUuid();
                            }
                            inserts.insert(rows, ids, stored, false);
                            long total = done.addAndGet(to - from);
                            if (total / 100_000 != (total - (to - from)) / 100_000) {
                                System.out.printf(Locale.ROOT, "  loaded %,d statements (%.0f/s)%n", total,
                                        total / ((System.nanoTime() - start) / 1e9));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            loaders.shutdownNow();
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long analyzeStart = System.nanoTime();
        database.analyze();
        double analyzeSeconds = (System.nanoTime() - analyzeStart) / 1e9;
        long stored = database.countTenant(credential.tenantId());
        if (stored != count) {
            throw new IllegalStateException("loaded " + count + " statements but the tenant holds " + stored);
        }
        String line = String.format(Locale.ROOT, "Loading: %s; %,d statements through JDBC (%d threads, %d per "
                + "transaction) in %.0f s (%.0f/s), then %s in %.1f s; %d statements in the tenant", rowCheck, count,
                loadThreads, batch, loadSeconds, count / loadSeconds,
                database.kind() == BenchDatabase.Kind.H2 ? "ANALYZE" : "VACUUM ANALYZE of both statement tables",
                analyzeSeconds, stored);
        System.out.println(line);
        return line;
    }

    private static List<Querier> queriers(LrsServer server, int threads, String[] queries, boolean mustMatch) {
        List<Querier> list = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            list.add(new Querier(new XapiHttp(server.baseUrl(), server.credential()), queries, mustMatch));
        }
        return list;
    }

    private static void report(List<String> names, List<TimedLoop.Result> phases, String name, TimedLoop.Result r) {
        names.add(name);
        phases.add(r);
        System.out.printf("%-28s %s%n", name.replace("*", "") + ":", LrsReport.line(r, "statements", "requests"));
    }

    private static String p99(TimedLoop.Result r) {
        return r.latencies().count() == 0 ? "n/a: no request succeeded (" + r.errors() + " errors" + r.errorKinds() + ")"
                : LrsReport.millis(r, 99) + " ms" + (r.errors() == 0 ? "" : ", " + r.errors() + " requests failed");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
