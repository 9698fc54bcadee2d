package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.domain.CountyDirectory;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.metrics.spark.AlertTables;
import fugong.metrics.spark.ChecklistTable;
import fugong.metrics.spark.DifficultyCaseTables;
import fugong.metrics.spark.EnterpriseDailyTable;
import fugong.metrics.spark.ForecastTables;
import fugong.metrics.spark.ResumptionFlowTable;
import fugong.metrics.spark.SubmissionStatusTable;
import fugong.metrics.spark.UnitTables;
import fugong.run.ProgressCounts;
import fugong.run.StageTiming;
import fugong.spark.SparkJobs;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes every figure of DOMAIN.md §6 from the lake's accepted rows and reference data
 * (docs/metrics.md): reads the published tables, computes {@code difficulty_cases}, {@code
 * enterprise_daily} (the carry-forward every figure rests on), the unit tables rolled up from
 * summed numerators and denominators, then {@code checklist_daily}, {@code alerts} and {@code
 * forecasts} from them; writes each as a new table version and publishes them at once ({@link
 * #stage} leaves publishing to the caller). The transforms live in {@code fugong.metrics.spark}.
 */
public final class MetricsJob extends LakeJob<MetricsJob.Config, MetricsJob.Result> {
  /** The tables this job writes, in the order it writes them. */
  public static final List<LakeTable> TABLES =
      List.of(
          LakeTable.DIFFICULTY_CASES,
          LakeTable.ENTERPRISE_DAILY,
          LakeTable.COUNTY_DAILY,
          LakeTable.LEADER_DAILY,
          LakeTable.CITY_DAILY,
          LakeTable.INDUSTRY_DAILY,
          LakeTable.SCALE_DAILY,
          LakeTable.POWER_READINGS,
          LakeTable.POWER_DAILY,
          LakeTable.POWER_FLAGS,
          LakeTable.CHECKLIST_DAILY,
          LakeTable.ALERTS,
          LakeTable.FORECASTS,
          LakeTable.RESUMPTION_FLOWS);

  /**
   * The electricity cross-check's tables (DOMAIN.md §6.3), among {@link #TABLES}: written empty
   * when the lake holds no meter readings.
   */
  public static final List<LakeTable> POWER_TABLES =
      List.of(LakeTable.POWER_READINGS, LakeTable.POWER_DAILY, LakeTable.POWER_FLAGS);

  /**
   * The timing of the five unit tables written side by side (county, leader, city, industry,
   * scale), beside each table's own timing; those overlap, so they do not add up to the stage.
   */
  public static final String UNIT_TABLES_STAGE = "metrics: unit tables side by side";

  /** The timing of power_daily and power_flags, written side by side. */
  public static final String POWER_TABLES_STAGE = "metrics: power figures and flags side by side";

  /** The timing of checklist_daily, alerts, forecasts and resumption_flows, side by side. */
  public static final String DERIVED_TABLES_STAGE =
      "metrics: checklist, alerts, forecasts and flows side by side";

  /**
   * The number of tables a metrics run writes or considers: {@link #TABLES} and {@code revisions}
   * (written only when a published figure changed, counted either way).
   */
  public static final int TABLES_WRITTEN = TABLES.size() + 1;

  private static final String JOB = "metrics";

  /**
   * The timing of the revisions step: comparing the recomputed figures with the published ones, and
   * writing the differences (timed on its own as {@code metrics: revisions}, within this).
   */
  public static final String REVISIONS_STAGE = "metrics: revisions compared with the published";

  /**
   * What to compute. {@code from}/{@code to} (inclusive, either may be null) limit which report
   * dates are rewritten; other dates keep their published files. The figures of from..to are
   * computed from the reports they depend on ({@link MetricSettings#firstReportRead}), so they
   * equal those of a run over all the history, at the cost of the dates written, not of the
   * history's length.
   */
  public record Config(
      String out, LocalDate from, LocalDate to, MetricSettings settings, String runId)
      implements LakeJob.Settings {
    public Config {
      requireNonNull(out, "out is null");
      requireNonNull(settings, "settings is null");
      requireNonNull(runId, "runId is null");
    }

    public Config(
        String out,
        LocalDate from,
        LocalDate to,
        int carryWindowDays,
        LocalTime deadline,
        String runId) {
      this(
          out,
          from,
          to,
          MetricSettings.defaults().withCarryWindowDays(carryWindowDays).withDeadline(deadline),
          runId);
    }
  }

  /** The version folders written, by table. */
  public record Result(Map<LakeTable, String> locations, List<StageTiming> timings)
      implements LakeJob.Written {}

  public MetricsJob(SparkSession spark, Config config) {
    super(JOB, spark, config);
  }

  /** Reports the tables written (of {@link #TABLES_WRITTEN}) to {@code counts} as the job goes. */
  public MetricsJob withProgress(ProgressCounts counts) {
    reportTo(counts);
    return this;
  }

  /** Computes from {@code base} and writes new versions of the metric tables; publishes nothing. */
  @Override
  public Result stage(PublishedState base) {
    MetricSettings settings = config.settings();
    // from..to are written; their figures need the look-back before from, whose figures need the
    // reports of a carry window before that. Difficulty cases span any length of time: all reports.
    Column computed =
        within(
            config.from() == null ? null : config.from().minusDays(settings.lookBackDays()),
            config.to());
    Column read =
        within(config.from() == null ? null : settings.firstReportRead(config.from()), config.to());
    Dataset<Row> allSubmissions = lake.read(LakeTable.SUBMISSIONS, base);
    Dataset<Row> submissions = allSubmissions.where(read);
    Dataset<Row> enterprises = lake.read(LakeTable.ENTERPRISES, base);
    Dataset<Row> counties = lake.read(LakeTable.COUNTIES, base);
    Dataset<Row> assignments = lake.read(LakeTable.ASSIGNMENTS, base);
    Dataset<Row> files = lake.read(LakeTable.FILES, base);
    Dataset<Row> quarantine = lake.read(LakeTable.QUARANTINE, base).where(computed);
    PowerStep power = new PowerStep(this, base, settings, read);
    Dataset<Row> allDates =
        SubmissionStatusTable.reportDates(files).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> dates = allDates.where(computed).persist(StorageLevel.MEMORY_AND_DISK());
    counts.total(IngestJob.TABLES, TABLES_WRITTEN);
    MetricTableWriter writer = new MetricTableWriter(this, config, base, computed);

    Dataset<Row> cases =
        writer.write(
            LakeTable.DIFFICULTY_CASES,
            () -> DifficultyCaseTables.cases(spark, allSubmissions, enterprises, allDates));
    Dataset<Row> enterpriseDaily =
        writer.write(
            LakeTable.ENTERPRISE_DAILY,
            () ->
                EnterpriseDailyTable.of(
                    settings.carryWindowDays(),
                    enterprises,
                    submissions,
                    dates,
                    assignments,
                    cases));
    Dataset<Row> sums =
        timer.time(
            "metrics: unit sums",
            () ->
                SparkJobs.describe(
                    spark, JOB, "unit sums", () -> UnitTables.sums(enterpriseDaily)));
    Dataset<Row> submissionStatus =
        SubmissionStatusTable.of(settings.deadline(), counties, dates, files, quarantine);

    // the unit tables are independent of each other, and so are the three built from them
    Map<LakeTable, Supplier<Dataset<Row>>> unitTables = new LinkedHashMap<>();
    unitTables.put(
        LakeTable.COUNTY_DAILY,
        () -> UnitTables.county(sums, counties, assignments, submissionStatus));
    unitTables.put(LakeTable.LEADER_DAILY, () -> UnitTables.leader(sums));
    unitTables.put(LakeTable.CITY_DAILY, () -> UnitTables.city(sums));
    unitTables.put(LakeTable.INDUSTRY_DAILY, () -> UnitTables.industry(sums));
    unitTables.put(LakeTable.SCALE_DAILY, () -> UnitTables.scale(sums));
    Map<LakeTable, Dataset<Row>> units = writer.writeSideBySide(UNIT_TABLES_STAGE, unitTables);
    sums.unpersist();

    Dataset<Row> county = units.get(LakeTable.COUNTY_DAILY);
    timer.time(
        REVISIONS_STAGE,
        () ->
            new RevisionStep(this, base)
                .write(
                    writer,
                    units,
                    within(config.from(), config.to()),
                    files,
                    latestDate(allDates)));

    Dataset<Row> powerFlags =
        power.write(
            writer, POWER_TABLES_STAGE, enterpriseDaily, enterprises, counties, dates, units);

    Dataset<Row> openCases = DifficultyCaseTables.openPerDay(cases, dates);
    Map<LakeTable, Supplier<Dataset<Row>>> derivedTables = new LinkedHashMap<>();
    derivedTables.put(LakeTable.CHECKLIST_DAILY, () -> ChecklistTable.of(county));
    derivedTables.put(
        LakeTable.ALERTS,
        () -> {
          Dataset<Row> alerts =
              AlertTables.alerts(
                  spark, settings, county, enterpriseDaily, openCases, cases, files, enterprises);
          return power.withAlerts(alerts, powerFlags);
        });
    derivedTables.put(
        LakeTable.FORECASTS,
        () ->
            ForecastTables.forecasts(
                settings,
                county,
                units.get(LakeTable.LEADER_DAILY),
                units.get(LakeTable.CITY_DAILY),
                CountyDirectory.CITY_NAME));
    derivedTables.put(
        LakeTable.RESUMPTION_FLOWS, () -> ResumptionFlowTable.of(enterpriseDaily, dates, counties));
    writer.writeSideBySide(DERIVED_TABLES_STAGE, derivedTables);
    dates.unpersist();
    allDates.unpersist();
    return new Result(writer.locations(), timer.timings());
  }

  /** The latest report date of {@code dates} (null when there is none). */
  private LocalDate latestDate(Dataset<Row> dates) {
    Object latest =
        SparkJobs.describe(
            spark,
            JOB,
            "latest report date",
            () -> dates.agg(functions.max(LakeTable.PARTITION_COLUMN)).first().get(0));
    return latest instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) latest;
  }

  /** Rows whose report date is in first..last (inclusive; null = open). */
  private static Column within(LocalDate first, LocalDate last) {
    Column inside = functions.lit(true);
    if (first != null) {
      inside = inside.and(functions.col(LakeTable.PARTITION_COLUMN).geq(functions.lit(first)));
    }
    if (last != null) {
      inside = inside.and(functions.col(LakeTable.PARTITION_COLUMN).leq(functions.lit(last)));
    }
    return inside;
  }
}
