package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.catalog.CatalogBuilder;
import fugong.config.FugongSettings;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.report.PowerCheckSettings;
import fugong.run.FaultInjection;
import fugong.run.FileSummary;
import fugong.run.FileSystemLock;
import fugong.run.OutputLock;
import fugong.run.RuleVersion;
import fugong.run.RunIds;
import fugong.run.RunLock;
import fugong.run.RunManifest;
import fugong.run.RunProgress;
import fugong.run.StageTimer;
import fugong.run.StageTiming;
import fugong.spark.SparkProgressListener;
import fugong.spark.SparkSessions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/**
 * One pipeline run as the command line starts it (fugong run / demo).
 *
 * <p>Order: take the output lock (before anything is deleted); sweep what dead runs left (staging
 * folders, temporary catalogs); check the published lake is intact; complete any derived output a
 * dead run left behind (catalog, reports); ingest new files; compute the metrics of the affected
 * dates (from the earliest new report date on, or --from/--to); verify every new Parquet file;
 * <b>publish</b> — the single commit point, one pointer file; then move the new reports into place,
 * clean, write the manifest and rebuild the catalog (which shows the manifest's outcome in its
 * {@code runs} view). A run that dies before the commit point changes nothing visible; one that
 * dies after it leaves the lake new and the catalog or reports behind, and the next run completes
 * them. A catalog or reports failure after the commit point is reported as such (exit 4, status
 * {@code PUBLISHED_INCOMPLETE}), never as "published nothing". A run with nothing new and no
 * --from/--to publishes nothing and says so.
 */
public final class PipelineRun {
  /**
   * Where to read and write, the date range to recompute (null = affected dates), the settings, and
   * the folder of meter files ({@code --power}; null = {@code INBOX/power} when it exists).
   */
  public record Config(
      String inbox,
      Path reference,
      String out,
      FugongSettings settings,
      LocalDate from,
      LocalDate to,
      String power) {
    public Config {
      requireNonNull(inbox, "inbox is null");
      requireNonNull(reference, "reference is null");
      requireNonNull(out, "out is null");
      if (out.startsWith("file:")) {
        out = Path.of(java.net.URI.create(out)).toString();
      }
      requireNonNull(settings, "settings is null");
    }

    /** Meter files, if any, in {@code INBOX/power}. */
    public Config(
        String inbox,
        Path reference,
        String out,
        FugongSettings settings,
        LocalDate from,
        LocalDate to) {
      this(inbox, reference, out, settings, from, to, null);
    }
  }

  private final Config config;
  private final PrintWriter out;
  private final RunProgress progress;
  private final List<StageTiming> timings = new ArrayList<>();

  /**
   * A run writing its summary to {@code out} and plain timestamped progress lines to {@code
   * progress}.
   */
  public PipelineRun(Config config, PrintWriter out, PrintWriter progress) {
    this(
        config,
        out,
        RunProgress.of(
            RunProgress.Display.PLAIN,
            RunProgress.Verbosity.NORMAL,
            requireNonNull(progress, "progress is null")));
  }

  /** A run writing its summary to {@code out} and showing its progress on {@code progress}. */
  public PipelineRun(Config config, PrintWriter out, RunProgress progress) {
    this.config = requireNonNull(config, "config is null");
    this.out = requireNonNull(out, "out is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  /**
   * Runs everything; returns the exit code (0 clean, 1 input had rejections). Throws when the run
   * failed.
   */
  public int run() {
    return run(() -> {});
  }

  /**
   * As {@link #run()}; {@code underLock} runs first, once the output lock is held and before
   * anything else (the demo empties its output folder there, never before).
   */
  public int run(Runnable underLock) {
    Instant startedAt = Instant.now();
    String runId = RunIds.next(startedAt);
    try (RunLock localLock =
        isLocal(config.out()) ? OutputLock.acquire(Path.of(config.out()), runId) : null) {
      boolean sessionExisted = SparkSession.getDefaultSession().isDefined();
      SparkSession spark =
          SparkSessions.create(
              config.settings().master(),
              "fugong run " + runId,
              config.settings().sparkConfiguration(),
              PipelineRun.class);
      if (!sessionExisted) {
        // the launcher's JVM and Spark's session: nothing of the run's own work yet
        timings.add(
            new StageTiming(
                RUN_STAGE_PREFIX + "JVM and Spark start",
                Math.max(
                    0,
                    System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getStartTime())));
      }
      try (SparkProgressListener.Attachment listener =
              SparkProgressListener.attach(spark, progress);
          RunLock remoteLock =
              isLocal(config.out())
                  ? null
                  : FileSystemLock.acquire(
                      new org.apache.hadoop.fs.Path(config.out()),
                      spark.sparkContext().hadoopConfiguration(),
                      runId)) {
        underLock.run();
        return run(spark, runId, startedAt);
      } catch (RuntimeException failure) {
        progress.stop();
        throw failure;
      } finally {
        progress.finish();
        if (!sessionExisted) {
          spark.stop();
        }
      }
    }
  }

  private void stage(int number, String text) {
    progress.stage(number, text);
  }

  private int run(SparkSession spark, String runId, Instant startedAt) {
    Lake lake = new Lake(spark, config.out());
    IngestJob.Result ingest;
    PublishedState published;
    LocalDate from;
    LocalDate to;
    try {
      sweepDeadRuns(runId);
      for (String pointer : lake.unreadablePointers()) {
        progress.warning(
            "fugong: warning: the published state "
                + pointer
                + " cannot be read (cut short or damaged); using the one before it");
      }
      PublishedState base = lake.published();
      stage(
          1,
          "checking the published lake ("
              + (base.sequence() == 0
                  ? "new output folder"
                  : "state " + base.sequence() + ", run " + base.runId())
              + ")");
      whole(
          "check the published lake",
          () -> {
            // the files the last run wrote (a crash after its publish could have cut them short);
            // older files were checked by the runs after them, and --rehash (the weekly full
            // check) checks all
            lake.verify(
                base.locations().values(),
                config.settings().rehash()
                    ? Instant.EPOCH
                    : RunIds.startedAt(base.runId()).orElse(Instant.EPOCH));
            lake.requireCurrentFormat(base);
            completeDerivedOutputs(spark, lake, base, runId);
            return null;
          });

      stage(2, "ingesting " + config.inbox());
      StageTimer.Timed<IngestJob.Result> ingested =
          StageTimer.measure(
              () ->
                  new IngestJob(
                          spark,
                          new IngestJob.Config(
                              config.inbox(),
                              config.reference(),
                              config.out(),
                              runId,
                              startedAt,
                              config.settings().inbox(),
                              config.power(),
                              config.settings().rehash()))
                      .withProgress(progress)
                      .stage(base));
      ingest = ingested.value();
      timings.addAll(ingest.timings());
      timings.add(new StageTiming(RUN_STAGE_PREFIX + "ingest", ingested.milliseconds()));
      FaultInjection.checkpoint("ingest:written");
      Optional<LocalDate> affectedFrom =
          java.util.stream.Stream.concat(
                  ingest.newFiles().stream(), ingest.newMeterFiles().stream())
              .map(FileSummary::reportDate)
              .filter(java.util.Objects::nonNull)
              .min(LocalDate::compareTo);
      boolean rangeGiven = config.from() != null || config.to() != null;
      if (ingest.newFiles().isEmpty()
          && ingest.newMeterFiles().isEmpty()
          && !rangeGiven
          && base.sequence() > 0) {
        progress.finish();
        new ReconciliationTable(ingest.files()).print(out);
        printMeterFiles(ingest);
        out.println(
            "nothing new in the inbox: every file was already ingested with the same content;"
                + " nothing was published");
        manifest(runId, startedAt, NOTHING_NEW, null, ingest, Map.of(), true)
            .write(config.out(), spark.sparkContext().hadoopConfiguration());
        out.flush();
        return FugongCommand.EXIT_OK;
      }
      from = rangeGiven ? config.from() : affectedFrom.orElse(null);
      to = rangeGiven ? config.to() : null;

      stage(
          3,
          "computing metrics"
              + (from == null ? "" : " from " + from)
              + (to == null ? "" : " to " + to));
      MetricsJob.Config metricsConfig =
          new MetricsJob.Config(config.out(), from, to, config.settings().metrics(), runId);
      PublishedState staged = base.next(runId, ingest.locations());
      StageTimer.Timed<MetricsJob.Result> computed =
          StageTimer.measure(
              () -> new MetricsJob(spark, metricsConfig).withProgress(progress).stage(staged));
      MetricsJob.Result metrics = computed.value();
      timings.addAll(metrics.timings());
      timings.add(new StageTiming(RUN_STAGE_PREFIX + "metrics", computed.milliseconds()));
      Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
      locations.putAll(ingest.locations());
      locations.putAll(metrics.locations());

      stage(4, "verifying " + locations.size() + " new table versions and publishing");
      published =
          whole(
              "verify and publish",
              () -> {
                // the files this run wrote (at or after its start; a second earlier for coarse
                // clocks)
                lake.verify(locations.values(), startedAt.minusSeconds(1));
                FaultInjection.checkpoint("before-publish");
                PublishedState state = lake.publish(runId, locations, base);
                FaultInjection.checkpoint("after-publish");
                return state;
              });
      ingest = ingest.with(locations, List.copyOf(timings));
    } catch (RuntimeException failure) {
      manifest(runId, startedAt, FAILED, failure.getMessage(), null, Map.of(), false)
          .write(config.out(), spark.sparkContext().hadoopConfiguration());
      throw failure instanceof FugongException
          ? failure
          : new FugongException(
              ErrorCode.INTERNAL, "run " + runId + " failed: " + failure, failure);
    }
    return finishAfterPublishing(spark, lake, ingest, published, runId, startedAt, from, to);
  }

  /**
   * Everything after the commit point: the lake is new whatever happens here. Reports, clean-up,
   * manifest, catalog; a failure of the reports or the catalog is recorded (manifest status {@code
   * PUBLISHED_INCOMPLETE} with what failed, shown by the catalog's {@code runs} view) and reported
   * as exit 4, saying what was published and what failed.
   */
  private int finishAfterPublishing(
      SparkSession spark,
      Lake lake,
      IngestJob.Result ingest,
      PublishedState published,
      String runId,
      Instant startedAt,
      LocalDate from,
      LocalDate to) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> failures = new ArrayList<>();
    ReportJob.Result reports = null;
    boolean local = isLocal(config.out());
    if (local) {
      stage(5, "writing reports" + (from == null ? "" : " from " + from));
      StageTimer.Timed<ReportJob.Result> timed =
          StageTimer.measure(
              () -> {
                try {
                  return new ReportJob(
                          spark,
                          new ReportJob.Config(
                              config.out(),
                              from,
                              to,
                              config.settings().metrics(),
                              config.settings().report(),
                              PowerCheckSettings.of(config.settings()),
                              runId))
                      .withProgress(progress)
                      .run(published);
                } catch (RuntimeException failure) {
                  failures.add("the reports failed (" + describe(failure) + ")");
                  return null;
                }
              });
      reports = timed.value();
      timings.add(new StageTiming(RUN_STAGE_PREFIX + "reports", timed.milliseconds()));
    } else {
      stage(
          5,
          "no reports or catalog: they need a local or mounted output folder, and "
              + config.out()
              + " is not one");
    }
    try {
      lake.removeUnpublished(runId, startedAt, config.settings().publishedStatesKept());
    } catch (RuntimeException failure) {
      progress.warning(
          "fugong: warning: cleaning old lake versions failed ("
              + describe(failure)
              + "); the next run cleans them");
    }
    writeOutcome(runId, startedAt, ingest, failures, hadoop);
    boolean catalogBuilt = false;
    if (local) {
      stage(6, "rebuilding the catalog");
      try {
        CatalogBuilder.build(
            Path.of(config.out()), published, config.settings().catalogStorageVersion());
        catalogBuilt = true;
      } catch (RuntimeException failure) {
        failures.add("the catalog failed (" + describe(failure) + ")");
        writeOutcome(runId, startedAt, ingest, failures, hadoop);
      }
      FaultInjection.checkpoint("after-catalog");
    }
    progress.finish();
    report(ingest, reports, runId, catalogBuilt);
    if (!failures.isEmpty()) {
      throw new FugongException(
          ErrorCode.PUBLISHED_INCOMPLETE,
          "run "
              + runId
              + " published the lake (state "
              + published.sequence()
              + ", "
              + ingest.newFiles().size()
              + " new file(s)): readers of the lake see the new data, but "
              + String.join(" and ", failures)
              + ". The next run completes what is missing; or fix the cause and run again now"
              + " (manifest: runs/"
              + runId
              + ".json, status "
              + PUBLISHED_INCOMPLETE
              + ").");
    }
    return ingest.hasRejections() ? FugongCommand.EXIT_REJECTIONS : FugongCommand.EXIT_OK;
  }

  /**
   * The prefix of the timings of the run's own stages, one after the other (JVM and Spark start,
   * the lake check, ingest, metrics, verify and publish, reports): they do not overlap, so their
   * sum and the wall time leave what is not timed (clean-up, manifest, catalog). The other timings
   * are steps within them, some side by side.
   */
  public static final String RUN_STAGE_PREFIX = "run: ";

  /** Runs {@code step} and records its time as one of the run's own stages. */
  private <T> T whole(String stage, java.util.function.Supplier<T> step) {
    StageTimer.Timed<T> timed = StageTimer.measure(step);
    timings.add(new StageTiming(RUN_STAGE_PREFIX + stage, timed.milliseconds()));
    return timed.value();
  }

  static final String SUCCEEDED = "SUCCEEDED";
  static final String PUBLISHED_INCOMPLETE = "PUBLISHED_INCOMPLETE";
  static final String FAILED = "FAILED";
  static final String NOTHING_NEW = "NOTHING_NEW";

  private void writeOutcome(
      String runId,
      Instant startedAt,
      IngestJob.Result ingest,
      List<String> failures,
      org.apache.hadoop.conf.Configuration hadoop) {
    String status = failures.isEmpty() ? SUCCEEDED : PUBLISHED_INCOMPLETE;
    String failure =
        failures.isEmpty() ? null : "published the lake, but " + String.join(" and ", failures);
    manifest(runId, startedAt, status, failure, ingest, ingest.outputs(), true)
        .write(config.out(), hadoop);
  }

  private static String describe(RuntimeException failure) {
    String message =
        failure instanceof java.io.UncheckedIOException unchecked
            ? unchecked.getCause().toString()
            : failure.getMessage();
    return message == null
        ? failure.toString()
        : message.strip().lines().findFirst().orElse(message);
  }

  /**
   * Under the lock every other run is dead: sweep their report staging folders, moved-aside report
   * folders and temporary catalogs (lake version folders are cleaned after publishing).
   */
  private void sweepDeadRuns(String runId) {
    if (!isLocal(config.out())) {
      return;
    }
    Path outFolder = Path.of(config.out());
    List<String> swept = new ArrayList<>(ReportJob.sweepDeadRuns(outFolder, runId));
    swept.addAll(CatalogBuilder.sweepDeadRuns(outFolder));
    for (String line : swept) {
      progress.note("fugong: leftover of a dead run: " + line);
    }
  }

  /**
   * After a run that died between publishing and finishing its catalog or reports, the published
   * state is newer than what they show: rebuild them for it now.
   */
  private void completeDerivedOutputs(
      SparkSession spark, Lake lake, PublishedState base, String runId) {
    if (base.sequence() == 0 || !isLocal(config.out())) {
      return;
    }
    Path outFolder = Path.of(config.out());
    if (!catalogRun(outFolder).equals(Optional.of(base.runId()))) {
      progress.note(
          "fugong: the catalog does not show the published run "
              + base.runId()
              + "; rebuilding it");
      CatalogBuilder.build(outFolder, base, config.settings().catalogStorageVersion());
    }
    if (base.location(LakeTable.CITY_DAILY).isPresent()
        && !ReportJob.completedRun(outFolder).equals(Optional.of(base.runId()))) {
      progress.note(
          "fugong: the reports do not show the published run "
              + base.runId()
              + "; rendering them again");
      new ReportJob(
              spark,
              new ReportJob.Config(
                  config.out(),
                  null,
                  null,
                  config.settings().metrics(),
                  config.settings().report(),
                  PowerCheckSettings.of(config.settings()),
                  runId))
          .withProgress(progress)
          .run(base);
    }
  }

  private static Optional<String> catalogRun(Path out) {
    Path catalog = out.resolve(CatalogBuilder.CATALOG_FILE);
    if (!Files.isRegularFile(catalog)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath(), properties);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT value FROM catalog_info WHERE key = 'run_id'")) {
      return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
    } catch (SQLException unreadable) {
      return Optional.empty();
    }
  }

  private void report(
      IngestJob.Result result, ReportJob.Result reports, String runId, boolean catalogBuilt) {
    new ReconciliationTable(result.files()).print(out);
    FileSummary.Totals totals = result.totals();
    out.printf(
        "run %s: %d new file(s), %d rows read = %d accepted + %d quarantined + %d duplicates"
            + " collapsed (identity holds)%n",
        runId,
        totals.files(),
        totals.rowsRead(),
        totals.rowsAccepted(),
        totals.rowsQuarantined(),
        totals.duplicatesCollapsed());
    printMeterFiles(result);
    out.println(
        "lake published at "
            + Path.of(config.out()).resolve("lake")
            + " (manifest: runs/"
            + runId
            + ".json)");
    if (reports != null && reports.latestDate().isPresent()) {
      LocalDate latest = reports.latestDate().get();
      out.println(
          "reports: "
              + reports.all().size()
              + " files for "
              + reports.files().size()
              + " report date(s) under "
              + Path.of(config.out()).resolve("reports"));
      out.println("  latest (" + latest + "):");
      for (Path file : reports.files().get(latest)) {
        if (file.toString().endsWith(".pdf")) {
          out.println("    " + file);
        }
      }
    }
    if (catalogBuilt) {
      out.println(
          "catalog: "
              + Path.of(config.out()).resolve(CatalogBuilder.CATALOG_FILE)
              + "  (try: ./fugong sql --out "
              + config.out()
              + " \"SELECT * FROM county_daily LIMIT 5\")");
    }
    out.flush();
  }

  /**
   * The meter files' reconciliation (DOMAIN.md §3.2), labelled as such, and its sums; or, without
   * any meter file, the one line that says no meter data was given.
   */
  private void printMeterFiles(IngestJob.Result result) {
    if (result.meterFiles().isEmpty() && result.meterFilesDeferred() > 0) {
      out.println(
          "no meter files ingested: the "
              + result.meterFilesDeferred()
              + " file(s) in "
              + result.meterFolder()
              + " were modified too recently (ingest.quiet_seconds) and are left for the next"
              + " run; the warnings above name them");
      return;
    }
    if (result.meterFiles().isEmpty()) {
      out.println(
          "no meter data was given (no meter files in "
              + (result.meterFolder() != null
                  ? result.meterFolder()
                  : IngestJob.Config.defaultPowerFolder(config.inbox()))
              + "): the electricity cross-check has nothing to compare");
      return;
    }
    new ReconciliationTable(result.meterFiles(), "meter files in " + result.meterFolder())
        .print(out);
    FileSummary.Totals meter = result.meterTotals();
    out.printf(
        "meter files: %d new, %d rows read = %d accepted + %d quarantined + %d duplicates"
            + " collapsed (identity holds)%n",
        meter.files(),
        meter.rowsRead(),
        meter.rowsAccepted(),
        meter.rowsQuarantined(),
        meter.duplicatesCollapsed());
  }

  /**
   * The catalog (a DuckDB file) and the reports are written with local file operations; an hdfs://
   * or s3a:// output gets the lake only (mount it to get both).
   */
  static boolean isLocal(String out) {
    return !out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");
  }

  private RunManifest manifest(
      String runId,
      Instant startedAt,
      String status,
      String failure,
      IngestJob.Result ingest,
      Map<String, String> outputs,
      boolean identityHolds) {
    List<FileSummary> files = ingest == null ? List.of() : ingest.files();
    List<FileSummary> meterFiles = ingest == null ? List.of() : ingest.meterFiles();
    FileSummary.Totals totals = FileSummary.Totals.of(FileSummary.newFiles(files));
    return new RunManifest(
        runId,
        RuleVersion.CURRENT,
        startedAt,
        Instant.now(),
        status,
        failure,
        config.inbox(),
        config.reference().toString(),
        files,
        outputs,
        List.copyOf(timings),
        totals.rowsRead(),
        totals.rowsAccepted(),
        totals.rowsQuarantined(),
        totals.duplicatesCollapsed(),
        identityHolds,
        ingest == null ? config.power() : ingest.meterFolder(),
        meterFiles,
        FileSummary.Totals.of(FileSummary.newFiles(meterFiles)));
  }
}
