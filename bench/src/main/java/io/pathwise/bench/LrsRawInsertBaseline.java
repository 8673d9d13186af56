package io.pathwise.bench;

import java.io.IOException;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the storage alone can take: the rows the LRS writes for the ingestion benchmark's
 * statements (same tables, columns, indexes, bodies and related rows, proven by
 * {@link RowEquivalenceCheck}), inserted with plain JDBC batches by the same number of threads,
 * with no HTTP, JSON parsing, validation or Spring in between. The schema comes from the server
 * itself: the packaged server is started once on the fresh database (Flyway migrates it exactly
 * as in production), gets the check batch, and is stopped before anything is timed. The ratio of
 * the ingestion rate to this one says how much of the database's capacity the LRS delivers.
 * See bench/README.md.
 */
public final class LrsRawInsertBaseline {

    private static final String USAGE = """
            LrsRawInsertBaseline [--db=h2|postgres] [--threads=8] [--batch=100] [--warmup=10] [--seconds=60]
                                 [--lookups=both|no|yes] [--learners=10000] [--pool=1000] [--seed=1] [server options]
              --threads   JDBC connections, one per thread; --batch statements per transaction
              --lookups   no: only the INSERTs (the storage's limit, compared with ingestion); yes: with the two
                          id look-ups the LRS makes in the same transaction; both (default): one timed phase each
            """ + LrsReport.SERVER_USAGE;

    /** The line LrsIngestionBenchmark reads back: {@code Headline: db=h2, 12345.6 statement rows/s (INSERTs only)}. */
    private static final Pattern HEADLINE = Pattern.compile(
            "^- Headline: db=(h2|postgres), ([0-9.]+) statement rows/s \\(INSERTs only\\)");

    /** A recorded raw rate and where it came from. */
    record Recorded(double rowsPerSecond, String source) {
    }

    private LrsRawInsertBaseline() {
    }

    /** One thread: its own connection, inserting the next batch of the pool with fresh ids. */
    private static final class Inserter implements TimedLoop.Worker {
        private final RawStatementInserts inserts;
        private final List<LrsRow> pool;
        private final int batchSize;
        private final AtomicLong next;
        volatile boolean lookups;
        long statements;
        long related;

        Inserter(RawStatementInserts inserts, List<LrsRow> pool, int batchSize, AtomicLong next) {
            this.inserts = inserts;
            this.pool = pool;
            this.batchSize = batchSize;
            this.next = next;
        }

        @Override
        public TimedLoop.Step next() {
            int batches = pool.size() / batchSize;
            int from = (int) (next.getAndIncrement() % batches) * batchSize;
            List<LrsRow> rows = pool.subList(from, from + batchSize);
            UUID[] ids = new UUID[batchSize];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = StatementBatches.randomUuid();
            }
            long start = System.nanoTime();
            try {
                int relatedRows = inserts.insert(rows, ids, Instant.now(), lookups);
                long latency = System.nanoTime() - start;
                statements += batchSize;
                related += relatedRows;
                return TimedLoop.Step.ok(latency, batchSize);
            } catch (java.sql.SQLException | RuntimeException e) {
                return TimedLoop.Step.failed(System.nanoTime() - start, e.getClass().getSimpleName() + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("threads", "batch", "warmup", "seconds", "lookups", "learners", "pool",
                "seed", "java", "jar", "jvm-opts", "timeout", "note", "record", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        int threads = options.positiveInt("threads", 8);
        int batchSize = options.positiveInt("batch", 100);
        Duration warmup = Duration.ofSeconds(options.positiveInt("warmup", 10));
        Duration length = Duration.ofSeconds(options.positiveInt("seconds", 60));
        String lookupMode = options.string("lookups", "both");
        if (!Set.of("both", "no", "yes").contains(lookupMode)) {
            throw new IllegalArgumentException("--lookups must be both, no or yes");
        }
        int learners = options.positiveInt("learners", 10_000);
        int poolSize = options.positiveInt("pool", 1_000);
        long seed = options.positiveInt("seed", 1);
        Path root = ProjectRoot.find();
        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        BenchDatabase.Kind kind = BenchDatabase.kind(options);

        WorkDir work = new WorkDir("pathwise-lrs-raw-");
        Path dataDir = work.freshDir("data");
        XapiVocabulary vocabulary = new XapiVocabulary(learners);
        StatementGenerator generator = new StatementGenerator(vocabulary, seed);
        List<Inserter> inserters = new ArrayList<>();
        List<String> phaseNames = new ArrayList<>();
        List<TimedLoop.Result> phases = new ArrayList<>();
        String serverCommand;
        String databaseDescription;
        String rowCheck;
        BenchDatabase.Counts counts;
        double meanBody;
        ExecutorService threadPool = Executors.newFixedThreadPool(threads);
        try (BenchDatabase database = BenchDatabase.create(options, dataDir)) {
            databaseDescription = database.describe();
            RowEquivalenceCheck check;
            String key;
            try (LrsServer server = LrsServer.start(base, database, dataDir, work.file("server.log"),
                    Duration.ofSeconds(options.positiveInt("timeout", 180)))) {
                serverCommand = server.commandLine();
                key = server.credential().key();
                check = RowEquivalenceCheck.send(server, generator);
            }
            System.out.println("Server stopped; the schema is migrated. Nothing below goes through it.");
            BenchDatabase.CredentialRow credential = database.credential(key);
            LrsRow.Authority authority = LrsRow.Authority.of(LrsRow.DEFAULT_HOME_PAGE, credential.label(), key);
            rowCheck = check.verifyAndDelete(database, credential, authority);
            System.out.println(rowCheck);

            List<LrsRow> pool = new ArrayList<>(poolSize * batchSize);
            Instant now = Instant.now();
            long bodyChars = 0;
            for (long i = 0; i < (long) poolSize * batchSize; i++) {
                LrsRow row = LrsRow.of(generator.draft(i, now.minusMillis(i % 600_000)), authority);
                pool.add(row);
                bodyChars += row.body(UUID.randomUUID(), "2026-01-01T00:00:00.000Z").getBytes(StandardCharsets.UTF_8).length;
            }
            meanBody = bodyChars / (double) pool.size();
            System.out.printf(Locale.ROOT, "Generated %d distinct rows (%.0f bytes of body on average)%n", pool.size(), meanBody);

            AtomicLong next = new AtomicLong();
            for (int i = 0; i < threads; i++) {
                inserters.add(new Inserter(new RawStatementInserts(database.connect(), credential.tenantId(),
                        credential.id()), pool, batchSize, next));
            }
            try {
                setLookups(inserters, lookupMode.equals("yes"));
                TimedLoop.Result warm = TimedLoop.run(inserters, threadPool, Optional.empty(), kind, warmup);
                phaseNames.add("warm-up");
                phases.add(warm);
                System.out.println("warm-up:         " + LrsReport.line(warm, "rows", "batches"));
                // Statistics as a running database has them (autovacuum), so look-ups get the plans they would.
                database.analyze();
                if (!lookupMode.equals("yes")) {
                    setLookups(inserters, false);
                    TimedLoop.Result inserts = TimedLoop.run(inserters, threadPool, Optional.empty(), kind, length);
                    phaseNames.add("**INSERTs only**");
                    phases.add(inserts);
                    System.out.println("INSERTs only:    " + LrsReport.line(inserts, "rows", "batches"));
                }
                if (!lookupMode.equals("no")) {
                    setLookups(inserters, true);
                    TimedLoop.Result withLookups = TimedLoop.run(inserters, threadPool, Optional.empty(), kind, length);
                    phaseNames.add("INSERTs + LRS look-ups");
                    phases.add(withLookups);
                    System.out.println("with look-ups:   " + LrsReport.line(withLookups, "rows", "batches"));
                }
            } finally {
                for (Inserter inserter : inserters) {
                    inserter.inserts.close();
                }
            }
            counts = database.count(credential.tenantId(), credential.id());
        } catch (Exception e) {
            System.err.println("Failed; work dir kept: " + work.path());
            throw e;
        } finally {
            threadPool.shutdownNow();
        }

        long inserted = inserters.stream().mapToLong(i -> i.statements).sum();
        long related = inserters.stream().mapToLong(i -> i.related).sum();
        boolean countsMatch = counts.statements() == inserted && counts.related() == related;
        long errors = phases.stream().mapToLong(TimedLoop.Result::errors).sum();
        List<String> verdicts = new ArrayList<>();
        verdicts.add(rowCheck);
        verdicts.add("Count check: " + counts.statements() + " statement rows and " + counts.related()
                + " related rows in the database, " + inserted + " and " + related + " committed: "
                + (countsMatch ? "exact" : "MISMATCH"));
        for (int i = 0; i < phases.size(); i++) {
            if (phaseNames.get(i).contains("INSERTs only")) {
                verdicts.add(String.format(Locale.ROOT, "Headline: db=%s, %.1f statement rows/s (INSERTs only)",
                        kind == BenchDatabase.Kind.H2 ? "h2" : "postgres", phases.get(i).unitsPerSecond()));
            }
        }
        verdicts.forEach(System.out::println);

        if (!options.string("record", "true").equals("false")) {
            List<String> setup = new ArrayList<>();
            options.optional("note").ifPresent(note -> setup.add("**Note: " + note + "**"));
            setup.add(build);
            setup.addAll(Environment.describe(serverJdk, serverCommand + " (only to migrate the schema and store the "
                    + "check batch; stopped before the timed phases)", LrsRawInsertBaseline.class.getName(), args));
            setup.add("Database: " + databaseDescription + "; benchmark JDBC URL " + databaseUrl(kind));
            setup.add("Load: " + threads + " threads, one JDBC connection each, batches of " + batchSize
                    + " statements per transaction (statement INSERT batch, related-row INSERT batch, commit), "
                    + "warm-up " + warmup.toSeconds() + " s, then " + (kind == BenchDatabase.Kind.H2 ? "ANALYZE"
                            : "VACUUM ANALYZE of the statement tables") + ", then " + length.toSeconds()
                    + " s per timed phase");
            setup.add(String.format(Locale.ROOT, "Rows: %d distinct statements of the ingestion benchmark (seed %d, "
                    + "%d learners), %.0f bytes of body on average, fresh ids per insert", poolSize * batchSize, seed,
                    learners, meanBody));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                rows.add(LrsReport.row(phaseNames.get(i), phases.get(i)));
            }
            String table = Markdown.table(LrsReport.header("Rows", "Batches"), rows);
            Path results = ResultsFile.append(root, "lrs-raw-insert", "LRS raw insert baseline",
                    Markdown.bullets(setup) + "\n" + table + "\n" + Markdown.bullets(verdicts));
            System.out.println("Appended to " + results);
        }
        if (countsMatch && errors == 0) {
            work.delete();
        } else {
            System.err.println("Errors or a count mismatch; work dir kept: " + work.path());
            System.exit(1);
        }
    }

    private static String databaseUrl(BenchDatabase.Kind kind) {
        return kind == BenchDatabase.Kind.H2
                ? "`jdbc:h2:file:<data dir>/pathwise;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE`"
                : "`jdbc:postgresql://<host>/<database>?reWriteBatchedInserts=true`";
    }

    private static void setLookups(List<Inserter> inserters, boolean lookups) {
        inserters.forEach(i -> i.lookups = lookups);
    }

    /** The latest recorded INSERTs-only rate for this database, if any, for the ingestion ratio. */
    static Optional<Recorded> latest(Path root, BenchDatabase.Kind kind) {
        Path file = root.resolve("bench/results/lrs-raw-insert.md");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String db = kind == BenchDatabase.Kind.H2 ? "h2" : "postgres";
        String section = "?";
        Recorded found = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).trim();
                }
                Matcher m = HEADLINE.matcher(line);
                if (m.find() && m.group(1).equals(db)) {
                    found = new Recorded(Double.parseDouble(m.group(2)),
                            "LrsRawInsertBaseline of " + section + " in bench/results/lrs-raw-insert.md");
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
