package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.catalog.CatalogBuilder;
import fugong.error.FugongException;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.report.ReportThresholds;
import java.time.LocalDate;
import fugong.run.StageTiming;
import java.util.ArrayList;
import java.util.EnumMap;
import fugong.run.FileSummary;
import fugong.run.RuleVersion;
import fugong.run.RunIds;
import fugong.run.RunManifest;
import fugong.spark.SparkSessions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * One pipeline run as the command line starts it: a SparkSession, the jobs in order, the run
 * manifest (also for a failed run), and the reconciliation printed for the analyst.
 */
public final class PipelineRun {
  /** Where to read and write; {@code master} is a Spark master URL, {@code local[*]} by default. */
  public record Config(String inbox, Path reference, String out, String master) {
    public Config {
      requireNonNull(inbox, "inbox is null");
      requireNonNull(reference, "reference is null");
      requireNonNull(out, "out is null");
      requireNonNull(master, "master is null");
    }
  }

  private final Config config;
  private final PrintWriter out;

  public PipelineRun(Config config, PrintWriter out) {
    this.config = requireNonNull(config, "config is null");
    this.out = requireNonNull(out, "out is null");
  }

  /** Runs everything; returns the exit code (0 clean, 1 input had rejections). Throws when the run failed. */
  public int run() {
    Instant startedAt = Instant.now();
    String runId = RunIds.next(startedAt);
    boolean sessionExisted = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = SparkSessions.create(config.master(), "fugong run " + runId, PipelineRun.class);
    try {
      IngestJob.Result result;
      ReportJob.Result reports;
      try {
        Lake lake = new Lake(spark, config.out());
        PublishedState base = lake.published();
        result = new IngestJob(spark, new IngestJob.Config(config.inbox(), config.reference(), config.out(), runId, startedAt)).stage(base);
        MetricsJob.Result metrics =
            new MetricsJob(spark, new MetricsJob.Config(config.out(), null, null, MetricSettings.defaults(), runId))
                .stage(base.next(runId, result.locations()));
        Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
        locations.putAll(result.locations());
        locations.putAll(metrics.locations());
        List<StageTiming> timings = new ArrayList<>(result.timings());
        timings.addAll(metrics.timings());
        PublishedState published = lake.publish(runId, locations);
        lake.removeUnpublished();
        if (isLocal(config.out())) {
          CatalogBuilder.build(Path.of(config.out()), published);
        }
        long reportsStarted = System.nanoTime();
        reports = new ReportJob(spark, new ReportJob.Config(config.out(), null, null, ReportThresholds.defaults(), runId)).run(published);
        timings.add(new StageTiming("reports", (System.nanoTime() - reportsStarted) / 1_000_000));
        result = new IngestJob.Result(result.files(), locations, timings);
      } catch (RuntimeException failure) {
        manifest(runId, startedAt, "FAILED", failure.getMessage(), List.of(), Map.of(), List.of(), false)
            .write(config.out(), spark.sparkContext().hadoopConfiguration());
        throw failure instanceof FugongException ? failure : new FugongException(fugong.error.ErrorCode.INTERNAL, "run " + runId + " failed: " + failure, failure);
      }
      manifest(runId, startedAt, "SUCCEEDED", null, result.files(), result.outputs(), result.timings(), true)
          .write(config.out(), spark.sparkContext().hadoopConfiguration());
      new ReconciliationTable(result.files()).print(out);
      out.printf(
          "run %s: %d new file(s), %d rows read = %d accepted + %d quarantined + %d duplicates collapsed (identity holds)%n",
          runId, result.newFiles().size(), result.rowsRead(), result.rowsAccepted(), result.rowsQuarantined(), result.duplicatesCollapsed());
      if (result.newFiles().isEmpty()) {
        out.println("nothing new in the inbox: every file was already ingested with the same content");
      }
      out.println("lake published at " + Path.of(config.out()).resolve("lake") + " (manifest: runs/" + runId + ".json)");
      if (reports.latestDate().isPresent()) {
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
        out.println("catalog: " + Path.of(config.out()).resolve(CatalogBuilder.CATALOG_FILE) + "  (try: ./fugong sql --out " + config.out() + " \"SELECT * FROM county_daily LIMIT 5\")");
      }
      out.flush();
      return result.hasRejections() ? FugongCommand.EXIT_REJECTIONS : FugongCommand.EXIT_OK;
    } finally {
      if (!sessionExisted) {
        spark.stop();
      }
    }
  }

  /** The catalog is a local DuckDB file; an hdfs:// or s3a:// lake is queried from the cluster instead. */
  private static boolean isLocal(String out) {
    return !out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || out.startsWith("file:");
  }

  private RunManifest manifest(
      String runId,
      Instant startedAt,
      String status,
      String failure,
      List<FileSummary> files,
      Map<String, String> outputs,
      List<StageTiming> timings,
      boolean identityHolds) {
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
        timings,
        newFiles.stream().mapToLong(FileSummary::rowsRead).sum(),
        newFiles.stream().mapToLong(FileSummary::rowsAccepted).sum(),
        newFiles.stream().mapToLong(FileSummary::rowsQuarantined).sum(),
        newFiles.stream().mapToLong(FileSummary::duplicatesCollapsed).sum(),
        identityHolds);
  }
}
