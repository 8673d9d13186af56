package io.pathwise.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Statement ingestion through the xAPI API: client threads POSTing batches of realistic, varied
 * statements to {@code /xapi/statements} of the packaged server, on H2 or PostgreSQL. After a
 * warm-up, one timed phase; then the server is stopped and the database must hold exactly the
 * statements (and related rows) that were acknowledged. See bench/README.md.
 */
public final class LrsIngestionBenchmark {

    static final double TARGET_STATEMENTS_PER_SECOND = 10_000;

    private static final String USAGE = """
            LrsIngestionBenchmark [--db=h2|postgres] [--threads=8] [--batch=100] [--warmup=20] [--seconds=60]
                                  [--learners=10000] [--pool=1000] [--seed=1] [--prime=true] [--analyze=true]
                                  [--raw=<rows/s>] [server options]
              --threads   client threads, each with its own HttpClient (one keep-alive connection)
              --batch     statements per POST
              --warmup    seconds of unmeasured load first (JIT, pools, activity definitions); --seconds timed
              --pool      distinct pre-generated batches, sent in turn with fresh ids
              --prime     first send one statement about every activity from one thread, so every activity
                          definition is stored before the concurrent load (false: start the load on a cold LRS)
              --analyze   on PostgreSQL, VACUUM ANALYZE the statement tables after priming, as autovacuum does on
                          a database that has been running (false: keep the fresh database's missing statistics)
              --raw       the raw insert rate to compare with; default: the latest LrsRawInsertBaseline
                          result for the same database in bench/results/lrs-raw-insert.md
            """ + LrsReport.SERVER_USAGE;

    private LrsIngestionBenchmark() {
    }

    /** One client thread: takes the next batch of the pool and POSTs it. */
    private static final class Poster implements TimedLoop.Worker {
        private final XapiHttp http;
        private final StatementBatches pool;
        private final AtomicLong next;
        long acknowledged;
        long relatedExpected;

        Poster(XapiHttp http, StatementBatches pool, AtomicLong next) {
            this.http = http;
            this.pool = pool;
            this.next = next;
        }

        @Override
        public TimedLoop.Step next() throws InterruptedException {
            StatementBatches.Batch batch = pool.take(next.getAndIncrement());
            XapiHttp.Outcome outcome = http.post(batch.body(), batch.ids().length, batch.ids()[0].toString());
            if (!outcome.ok()) {
                return TimedLoop.Step.failed(outcome.latencyNanos(), outcome.error());
            }
            acknowledged += outcome.statements();
            relatedExpected += batch.relatedRows();
            return TimedLoop.Step.ok(outcome.latencyNanos(), outcome.statements());
        }
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("threads", "batch", "warmup", "seconds", "learners", "pool", "seed",
                "prime", "analyze", "raw", "java", "jar", "jvm-opts", "timeout", "note", "record", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        int threads = options.positiveInt("threads", 8);
        int batchSize = options.positiveInt("batch", 100);
        Duration warmup = Duration.ofSeconds(options.positiveInt("warmup", 20));
        Duration length = Duration.ofSeconds(options.positiveInt("seconds", 60));
        int learners = options.positiveInt("learners", 10_000);
        int poolSize = options.positiveInt("pool", 1_000);
        long seed = options.positiveInt("seed", 1);
        boolean prime = !options.string("prime", "true").equals("false");
        boolean analyze = !options.string("analyze", "true").equals("false");
        Path root = ProjectRoot.find();
        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        Duration timeout = Duration.ofSeconds(options.positiveInt("timeout", 180));

        WorkDir work = new WorkDir("pathwise-lrs-ingest-");
        Path dataDir = work.freshDir("data");
        XapiVocabulary vocabulary = new XapiVocabulary(learners);
        StatementGenerator generator = new StatementGenerator(vocabulary, seed);
        List<Poster> posters = new ArrayList<>();
        TimedLoop.Result warm;
        TimedLoop.Result timed;
        String serverCommand;
        String databaseDescription;
        String poolDescription;
        BenchDatabase.Counts counts;
        long[] primed = new long[2];
        ExecutorService threadPool = Executors.newFixedThreadPool(threads);
        try (BenchDatabase database = BenchDatabase.create(options, dataDir)) {
            databaseDescription = database.describe();
            XapiHttp.Credential credential;
            try (LrsServer server = LrsServer.start(base, database, dataDir, work.file("server.log"), timeout)) {
                serverCommand = server.commandLine();
                credential = server.credential();
                // The label only shapes the body; the related-row count needs the authority's key alone.
                LrsRow.Authority authority = LrsRow.Authority.of(LrsRow.DEFAULT_HOME_PAGE, "?", credential.key());
                long generating = System.nanoTime();
                StatementBatches pool = StatementBatches.generate(generator, authority, poolSize, batchSize, Instant.now());
                poolDescription = StatementBatches.describe(pool).get(0);
                System.out.printf("Generated %s in %.1f s%n", poolDescription, (System.nanoTime() - generating) / 1e9);
                if (prime) {
                    long priming = System.nanoTime();
                    prime(new XapiHttp(server.baseUrl(), credential), generator, authority, batchSize, primed);
                    System.out.printf("Primed: %d statements, one about each activity, from one thread in %.1f s%n",
                            primed[0], (System.nanoTime() - priming) / 1e9);
                }
                if (analyze && database.kind() == BenchDatabase.Kind.POSTGRES) {
                    long analyzing = System.nanoTime();
                    database.analyze();
                    System.out.printf("VACUUM ANALYZE of the statement tables in %.1f s%n",
                            (System.nanoTime() - analyzing) / 1e9);
                }
                AtomicLong next = new AtomicLong();
                for (int i = 0; i < threads; i++) {
                    posters.add(new Poster(new XapiHttp(server.baseUrl(), credential), pool, next));
                }
                Optional<ProcessHandle> handle = Optional.of(server.handle());
                System.out.printf("%d threads POSTing batches of %d; warming up for %d s%n", threads, batchSize,
                        warmup.toSeconds());
                warm = TimedLoop.run(posters, threadPool, handle, database.kind(), warmup);
                System.out.println("warm-up: " + LrsReport.line(warm, "statements", "batches"));
                timed = TimedLoop.run(posters, threadPool, handle, database.kind(), length);
                System.out.println("timed:   " + LrsReport.line(timed, "statements", "batches"));
            }
            BenchDatabase.CredentialRow row = database.credential(credential.key());
            counts = database.count(row.tenantId(), row.id());
        } catch (Exception e) {
            System.err.println("Failed; work dir kept: " + work.path());
            throw e;
        } finally {
            threadPool.shutdownNow();
        }

        long acknowledged = primed[0] + posters.stream().mapToLong(p -> p.acknowledged).sum();
        long relatedExpected = primed[1] + posters.stream().mapToLong(p -> p.relatedExpected).sum();
        boolean countsMatch = counts.statements() == acknowledged && counts.related() == relatedExpected;
        String check = "Count check after shutdown (direct JDBC): " + counts.statements() + " statements stored, "
                + acknowledged + " acknowledged (" + (prime ? "priming, " : "") + "warm-up and timed); " + counts.related() + " related rows, "
                + relatedExpected + " expected: " + (countsMatch ? "exact" : "MISMATCH");

        BenchDatabase.Kind kind = BenchDatabase.kind(options);
        List<String> verdicts = new ArrayList<>();
        verdicts.add(check);
        verdicts.add(ratio(root, kind, options, timed.unitsPerSecond()));
        verdicts.add("Target >= " + Markdown.number(TARGET_STATEMENTS_PER_SECOND, 0) + " statements/s on "
                + (kind == BenchDatabase.Kind.H2 ? "H2" : "PostgreSQL") + ": "
                + (timed.unitsPerSecond() >= TARGET_STATEMENTS_PER_SECOND ? "met" : "NOT met")
                + "; errors: " + (timed.errors() + warm.errors() == 0 ? "none" : (warm.errors() + timed.errors()) + " (must be 0)"));
        verdicts.forEach(System.out::println);

        if (!options.string("record", "true").equals("false")) {
            List<String> setup = new ArrayList<>();
            options.optional("note").ifPresent(note -> setup.add("**Note: " + note + "**"));
            setup.add(build);
            setup.addAll(Environment.describe(serverJdk, serverCommand, LrsIngestionBenchmark.class.getName(), args));
            setup.add("Database: " + databaseDescription);
            setup.add("Load: " + threads + " threads (one HttpClient each, HTTP/1.1 keep-alive), POST /xapi/statements "
                    + "with X-Experience-API-Version " + XapiHttp.VERSION + ", batches of " + batchSize
                    + ", no think time; warm-up " + warmup.toSeconds() + " s, timed " + length.toSeconds() + " s");
            setup.add(prime ? "Priming: before the warm-up, " + primed[0] + " statements, one about each activity, sent "
                    + "from one thread, so every activity definition is stored before the concurrent load"
                    : "No priming (--prime=false): the load starts on an LRS that has stored no activity definition");
            if (kind == BenchDatabase.Kind.POSTGRES) {
                setup.add(analyze ? "Statistics: VACUUM ANALYZE of xapi_statement and xapi_statement_related after "
                        + "priming, before the warm-up (a running database has them from autovacuum)"
                        : "Statistics: none (--analyze=false): the fresh database's planner statistics as they come");
            }
            setup.add("Statements: " + poolDescription + "; " + learners + " learners, " + vocabulary.verbs.length
                    + " verbs, " + vocabulary.activityCount() + " activities, seed " + seed);
            String table = Markdown.table(LrsReport.header("Statements", "Batches"),
                    List.of(LrsReport.row("warm-up", warm), LrsReport.row("**timed**", timed)));
            Path results = ResultsFile.append(root, "lrs-ingestion", "LRS ingestion benchmark",
                    Markdown.bullets(setup) + "\n" + table + "\n" + Markdown.bullets(verdicts));
            System.out.println("Appended to " + results);
        }
        if (countsMatch && warm.errors() + timed.errors() == 0) {
            work.delete();
        } else {
            System.err.println("Errors or a count mismatch; work dir kept: " + work.path());
            System.exit(1);
        }
    }

    /**
     * One statement about each activity (item, module, course), in batches from one thread: the
     * LRS stores each activity definition once, before concurrent clients send them.
     */
    private static void prime(XapiHttp http, StatementGenerator generator, LrsRow.Authority authority, int batchSize,
            long[] primed) throws InterruptedException {
        XapiVocabulary v = generator.vocabulary();
        List<StatementGenerator.Draft> drafts = new ArrayList<>();
        long index = 1L << 41;
        Instant now = Instant.now();
        for (int c = 0; c < XapiVocabulary.COURSES; c++) {
            drafts.add(generator.draftAbout(index++, c, 0, -2, now));
            for (int m = 0; m < XapiVocabulary.MODULES; m++) {
                drafts.add(generator.draftAbout(index++, c, m, -1, now));
                for (int k = 0; k < XapiVocabulary.ITEMS; k++) {
                    drafts.add(generator.draftAbout(index++, c, m, k, now));
                }
            }
        }
        for (int from = 0; from < drafts.size(); from += batchSize) {
            List<StatementGenerator.Draft> batch = drafts.subList(from, Math.min(drafts.size(), from + batchSize));
            StringBuilder body = new StringBuilder("[");
            String first = null;
            for (StatementGenerator.Draft draft : batch) {
                java.util.UUID id = StatementBatches.randomUuid();
                first = first == null ? id.toString() : first;
                body.append(body.length() == 1 ? "" : ",").append(draft.json(id));
                primed[1] += LrsRow.of(draft, authority).relatedRows();
            }
            body.append(']');
            XapiHttp.Outcome outcome = http.post(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    batch.size(), first);
            if (!outcome.ok()) {
                throw new IllegalStateException("priming batch refused: " + outcome.error());
            }
            primed[0] += batch.size();
        }
        if (v.activityCount() - XapiVocabulary.CATEGORIES.length != drafts.size()) {
            throw new IllegalStateException("priming covered " + drafts.size() + " activities");
        }
    }

    private static String ratio(Path root, BenchDatabase.Kind kind, Options options, double ingestion) {
        Optional<LrsRawInsertBaseline.Recorded> raw = options.optional("raw")
                .map(r -> new LrsRawInsertBaseline.Recorded(Double.parseDouble(r), "given with --raw"))
                .or(() -> LrsRawInsertBaseline.latest(root, kind));
        if (raw.isEmpty()) {
            return "Ingestion/raw: no LrsRawInsertBaseline result for this database in bench/results/lrs-raw-insert.md;"
                    + " run bench/run.sh LrsRawInsertBaseline --db=" + (kind == BenchDatabase.Kind.H2 ? "h2" : "postgres");
        }
        return "Ingestion/raw: " + Markdown.number(ingestion / raw.get().rowsPerSecond() * 100, 1)
                + " % of the raw JDBC insert rate (" + Markdown.number(raw.get().rowsPerSecond(), 1)
                + " statement rows/s, " + raw.get().source() + ")";
    }
}
