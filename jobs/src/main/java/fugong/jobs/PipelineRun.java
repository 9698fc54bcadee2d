package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.catalog.CatalogBuilder;
import fugong.config.FugongSettings;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.FaultInjection;
import fugong.run.FileSummary;
import fugong.run.OutputLock;
import fugong.run.RuleVersion;
import fugong.run.RunIds;
import fugong.run.RunManifest;
import fugong.run.StageTiming;
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
 * <p>Order: take the output lock; check the published lake is intact; complete any derived output
 * a dead run left behind (catalog, reports); ingest new files; compute the metrics of the affected
 * dates (from the earliest new report date on, or --from/--to); verify every new Parquet file;
 * <b>publish</b> — the single commit point, one pointer file; then rebuild the catalog and move the
 * new reports into place. A run that dies before the commit point changes nothing visible; one
 * that dies after it leaves the lake new and the catalog or reports behind, and the next run
 * completes them. A run with nothing new and no --from/--to publishes nothing and says so.
 */
public final class PipelineRun {
  /** Where to read and write, the date range to recompute (null = affected dates), and the settings. */
  public record Config(String inbox, Path reference, String out, FugongSettings settings, LocalDate from, LocalDate to) {
    public Config {
      requireNonNull(inbox, "inbox is null");
      requireNonNull(reference, "reference is null");
      requireNonNull(out, "out is null");
      if (out.startsWith("file:")) {
        out = Path.of(java.net.URI.create(out)).toString();
      }
      requireNonNull(settings, "settings is null");
    }
  }

  private final Config config;
  private final PrintWriter out;
  private final PrintWriter progress;
  private final List<StageTiming> timings = new ArrayList<>();

  public PipelineRun(Config config, PrintWriter out, PrintWriter progress) {
    this.config = requireNonNull(config, "config is null");
    this.out = requireNonNull(out, "out is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  /** Runs everything; returns the exit code (0 clean, 1 input had rejections). Throws when the run failed. */
  public int run() {
    Instant startedAt = Instant.now();
    String runId = RunIds.next(startedAt);
    try (OutputLock lock = isLocal(config.out()) ? OutputLock.acquire(Path.of(config.out()), runId) : null) {
      boolean sessionExisted = SparkSession.getDefaultSession().isDefined();
      SparkSession spark =
          SparkSessions.create(config.settings().master(), "fugong run " + runId, config.settings().sparkConfiguration(), PipelineRun.class);
      try {
        return run(spark, runId, startedAt);
      } finally {
        if (!sessionExisted) {
          spark.stop();
        }
      }
    }
  }

  private void stage(int number, String text) {
    progress.printf("fugong: [%d/6] %s%n", number, text);
    progress.flush();
  }

  private int run(SparkSession spark, String runId, Instant startedAt) {
    Lake lake = new Lake(spark, config.out());
    IngestJob.Result ingest;
    PublishedState published;
    ReportJob.Result reports = null;
    try {
      PublishedState base = lake.published();
      stage(1, "checking the published lake (" + (base.sequence() == 0 ? "new output folder" : "state " + base.sequence() + ", run " + base.runId()) + ")");
      lake.verify(base.locations().values());
      completeDerivedOutputs(spark, lake, base, runId);

      stage(2, "ingesting " + config.inbox());
      ingest = new IngestJob(spark, new IngestJob.Config(config.inbox(), config.reference(), config.out(), runId, startedAt, config.settings().inbox())).stage(base);
      timings.addAll(ingest.timings());
      FaultInjection.checkpoint("ingest:written");
      Optional<LocalDate> affectedFrom = ingest.newFiles().stream().map(FileSummary::reportDate).filter(java.util.Objects::nonNull).min(LocalDate::compareTo);
      boolean rangeGiven = config.from() != null || config.to() != null;
      if (ingest.newFiles().isEmpty() && !rangeGiven && base.sequence() > 0) {
        new ReconciliationTable(ingest.files()).print(out);
        out.println("nothing new in the inbox: every file was already ingested with the same content; nothing was published");
        manifest(runId, startedAt, "NOTHING_NEW", null, ingest.files(), Map.of(), true).write(config.out(), spark.sparkContext().hadoopConfiguration());
        out.flush();
        return FugongCommand.EXIT_OK;
      }
      LocalDate from = rangeGiven ? config.from() : affectedFrom.orElse(null);
      LocalDate to = rangeGiven ? config.to() : null;

      stage(3, "computing metrics" + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to));
      MetricsJob.Result metrics =
          new MetricsJob(spark, new MetricsJob.Config(config.out(), from, to, config.settings().metrics(), runId))
              .stage(base.next(runId, ingest.locations()));
      timings.addAll(metrics.timings());
      Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
      locations.putAll(ingest.locations());
      locations.putAll(metrics.locations());

      stage(4, "verifying " + locations.size() + " new table versions and publishing");
      lake.verify(locations.values());
      FaultInjection.checkpoint("before-publish");
      published = lake.publish(runId, locations);
      FaultInjection.checkpoint("after-publish");

      stage(5, "rebuilding the catalog");
      if (isLocal(config.out())) {
        CatalogBuilder.build(Path.of(config.out()), published);
      }
      FaultInjection.checkpoint("after-catalog");

      if (isLocal(config.out())) {
        stage(6, "writing reports" + (from == null ? "" : " from " + from));
        long reportsStarted = System.nanoTime();
        reports = new ReportJob(spark, new ReportJob.Config(config.out(), from, to, config.settings().report(), runId)).run(published);
        timings.add(new StageTiming("reports", (System.nanoTime() - reportsStarted) / 1_000_000));
      } else {
        stage(6, "no reports or catalog: they need a local or mounted output folder, and " + config.out() + " is not one");
      }
      lake.removeUnpublished();
      ingest = new IngestJob.Result(ingest.files(), locations, List.copyOf(timings));
    } catch (RuntimeException failure) {
      manifest(runId, startedAt, "FAILED", failure.getMessage(), List.of(), Map.of(), false).write(config.out(), spark.sparkContext().hadoopConfiguration());
      throw failure instanceof FugongException ? failure : new FugongException(ErrorCode.INTERNAL, "run " + runId + " failed: " + failure, failure);
    }
    manifest(runId, startedAt, "SUCCEEDED", null, ingest.files(), ingest.outputs(), true).write(config.out(), spark.sparkContext().hadoopConfiguration());
    report(ingest, reports, runId);
    return ingest.hasRejections() ? FugongCommand.EXIT_REJECTIONS : FugongCommand.EXIT_OK;
  }

  /**
   * After a run that died between publishing and finishing its catalog or reports, the published
   * state is newer than what they show: rebuild them for it now.
   */
  private void completeDerivedOutputs(SparkSession spark, Lake lake, PublishedState base, String runId) {
    if (base.sequence() == 0 || !isLocal(config.out())) {
      return;
    }
    Path outFolder = Path.of(config.out());
    if (!catalogRun(outFolder).equals(Optional.of(base.runId()))) {
      progress.println("fugong: the catalog does not show the published run " + base.runId() + "; rebuilding it");
      CatalogBuilder.build(outFolder, base);
    }
    if (base.location(LakeTable.CITY_DAILY).isPresent() && !ReportJob.completedRun(outFolder).equals(Optional.of(base.runId()))) {
      progress.println("fugong: the reports do not show the published run " + base.runId() + "; rendering them again");
      new ReportJob(spark, new ReportJob.Config(config.out(), null, null, config.settings().report(), runId)).run(base);
    }
  }

  private static Optional<String> catalogRun(Path out) {
    Path catalog = out.resolve(CatalogBuilder.CATALOG_FILE);
    if (!Files.isRegularFile(catalog)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath(), properties);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT value FROM catalog_info WHERE key = 'run_id'")) {
      return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
    } catch (SQLException unreadable) {
      return Optional.empty();
    }
  }

  private void report(IngestJob.Result result, ReportJob.Result reports, String runId) {
    new ReconciliationTable(result.files()).print(out);
    out.printf(
        "run %s: %d new file(s), %d rows read = %d accepted + %d quarantined + %d duplicates collapsed (identity holds)%n",
        runId, result.newFiles().size(), result.rowsRead(), result.rowsAccepted(), result.rowsQuarantined(), result.duplicatesCollapsed());
    out.println("lake published at " + Path.of(config.out()).resolve("lake") + " (manifest: runs/" + runId + ".json)");
    if (reports != null && reports.latestDate().isPresent()) {
      LocalDate latest = reports.latestDate().get();
      out.println("reports: " + reports.all().size() + " files for " + reports.files().size() + " report date(s) under " + Path.of(config.out()).resolve("reports"));
      out.println("  latest (" + latest + "):");
      for (Path file : reports.files().get(latest)) {
        if (file.toString().endsWith(".pdf")) {
          out.println("    " + file);
        }
      }
    }
    if (isLocal(config.out())) {
      out.println(
          "catalog: " + Path.of(config.out()).resolve(CatalogBuilder.CATALOG_FILE) + "  (try: ./fugong sql --out " + config.out()
              + " \"SELECT * FROM county_daily LIMIT 5\")");
    }
    out.flush();
  }

  /**
   * The catalog (a DuckDB file) and the reports are written with local file operations; an
   * hdfs:// or s3a:// output gets the lake only (mount it to get both).
   */
  static boolean isLocal(String out) {
    return !out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");
  }

  private RunManifest manifest(
      String runId, Instant startedAt, String status, String failure, List<FileSummary> files, Map<String, String> outputs, boolean identityHolds) {
    List<FileSummary> newFiles = files.stream().filter(file -> !file.alreadyIngested()).toList();
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
        newFiles.stream().mapToLong(FileSummary::rowsRead).sum(),
        newFiles.stream().mapToLong(FileSummary::rowsAccepted).sum(),
        newFiles.stream().mapToLong(FileSummary::rowsQuarantined).sum(),
        newFiles.stream().mapToLong(FileSummary::duplicatesCollapsed).sum(),
        identityHolds);
  }
}
