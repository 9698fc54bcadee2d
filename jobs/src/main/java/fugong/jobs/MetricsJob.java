package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.lit;

import fugong.domain.CountyDirectory;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.metrics.spark.AlertTables;
import fugong.metrics.spark.ChecklistTable;
import fugong.metrics.spark.DifficultyCaseTables;
import fugong.metrics.spark.EnterpriseDailyTable;
import fugong.metrics.spark.ForecastTables;
import fugong.metrics.spark.PowerTables;
import fugong.metrics.spark.SubmissionStatusTable;
import fugong.metrics.spark.UnitTables;
import fugong.run.ProgressCounts;
import fugong.run.StageTimer;
import fugong.run.StageTiming;
import fugong.spark.ConcurrentJobs;
import fugong.spark.SparkJobs;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes every figure of DOMAIN.md §6 from the lake's accepted rows and reference data
 * (docs/metrics.md): reads the published tables, computes {@code difficulty_cases}, {@code
 * enterprise_daily} (the carry-forward every figure rests on), the unit tables rolled up from
 * summed numerators and denominators, then {@code checklist_daily}, {@code alerts} and {@code
 * forecasts} from them; writes each as a new table version and publishes them at once ({@link
 * #stage} leaves publishing to the caller). The transforms live in {@code fugong.metrics.spark}.
 */
public final class MetricsJob {
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
          LakeTable.FORECASTS);

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

  /** The timing of checklist_daily, alerts and forecasts, written side by side. */
  public static final String DERIVED_TABLES_STAGE =
      "metrics: checklist, alerts and forecasts side by side";

  /** The number of tables a metrics run writes. */
  public static final int TABLES_WRITTEN = TABLES.size();

  private static final String JOB = "metrics";

  /**
   * What to compute. {@code from}/{@code to} (inclusive, either may be null) limit which report
   * dates are rewritten; other dates keep their published rows. Every date is still computed from
   * all data, so carried statuses and changes see earlier days.
   */
  public record Config(
      String out, LocalDate from, LocalDate to, MetricSettings settings, String runId) {
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
  public record Result(Map<LakeTable, String> locations, List<StageTiming> timings) {}

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;
  private final StageTimer timer = new StageTimer();
  private ProgressCounts counts = ProgressCounts.NONE;

  public MetricsJob(SparkSession spark, Config config) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /** Reports the tables written (of {@link #TABLES_WRITTEN}) to {@code counts} as the job goes. */
  public MetricsJob withProgress(ProgressCounts counts) {
    this.counts = requireNonNull(counts, "counts is null");
    return this;
  }

  /** Computes and publishes the metric tables. */
  public Result run() {
    Result result = stage(lake.published());
    lake.publish(config.runId(), result.locations());
    lake.removeUnpublished();
    return result;
  }

  /** Computes from {@code base} and writes new versions of the metric tables; publishes nothing. */
  public Result stage(PublishedState base) {
    MetricSettings settings = config.settings();
    Dataset<Row> submissions = lake.read(LakeTable.SUBMISSIONS, base);
    Dataset<Row> enterprises = lake.read(LakeTable.ENTERPRISES, base);
    Dataset<Row> counties = lake.read(LakeTable.COUNTIES, base);
    Dataset<Row> assignments = lake.read(LakeTable.ASSIGNMENTS, base);
    Dataset<Row> files = lake.read(LakeTable.FILES, base);
    Dataset<Row> quarantine = lake.read(LakeTable.QUARANTINE, base);
    Dataset<Row> meterReadings = lake.read(LakeTable.METER_READINGS, base);
    Dataset<Row> baselines = lake.read(LakeTable.POWER_BASELINES, base);
    boolean meterData =
        base.location(LakeTable.METER_READINGS).isPresent()
            && SparkJobs.describe(spark, JOB, "meter data present", () -> !meterReadings.isEmpty());
    Dataset<Row> dates =
        SubmissionStatusTable.reportDates(files).persist(StorageLevel.MEMORY_AND_DISK());
    counts.total(IngestJob.TABLES, TABLES_WRITTEN);
    Map<LakeTable, String> locations = Collections.synchronizedMap(new EnumMap<>(LakeTable.class));
    Writer writer = new Writer(base, locations);

    Dataset<Row> cases =
        writer.write(
            LakeTable.DIFFICULTY_CASES,
            () -> DifficultyCaseTables.cases(spark, submissions, enterprises, dates));
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
    Map<LakeTable, Dataset<Row>> units =
        timer.time(UNIT_TABLES_STAGE, () -> writer.writeSideBySide(unitTables));
    sums.unpersist();

    Dataset<Row> county = units.get(LakeTable.COUNTY_DAILY);

    // the electricity cross-check (§6.3): without meter data its tables are written empty and
    // nothing else changes
    Dataset<Row> powerReadings =
        writer.write(
            LakeTable.POWER_READINGS,
            () ->
                meterData
                    ? PowerTables.readings(
                        settings, meterReadings, baselines, enterpriseDaily, enterprises, dates)
                    : empty(LakeTable.POWER_READINGS));
    Map<LakeTable, Supplier<Dataset<Row>>> powerTables = new LinkedHashMap<>();
    powerTables.put(
        LakeTable.POWER_DAILY,
        () ->
            meterData
                ? PowerTables.daily(
                    powerReadings,
                    baselines,
                    enterpriseDaily,
                    county,
                    units.get(LakeTable.LEADER_DAILY),
                    units.get(LakeTable.CITY_DAILY),
                    units.get(LakeTable.INDUSTRY_DAILY),
                    units.get(LakeTable.SCALE_DAILY))
                : empty(LakeTable.POWER_DAILY));
    powerTables.put(
        LakeTable.POWER_FLAGS,
        () ->
            meterData
                ? PowerTables.flags(
                    spark, settings, powerReadings, meterReadings, enterpriseDaily, counties)
                : empty(LakeTable.POWER_FLAGS));
    Dataset<Row> powerFlags =
        timer
            .time(POWER_TABLES_STAGE, () -> writer.writeSideBySide(powerTables))
            .get(LakeTable.POWER_FLAGS);

    Dataset<Row> openCases = DifficultyCaseTables.openPerDay(cases, dates);
    Map<LakeTable, Supplier<Dataset<Row>>> derivedTables = new LinkedHashMap<>();
    derivedTables.put(LakeTable.CHECKLIST_DAILY, () -> ChecklistTable.of(county));
    derivedTables.put(
        LakeTable.ALERTS,
        () -> {
          Dataset<Row> alerts =
              AlertTables.alerts(
                  spark, settings, county, enterpriseDaily, openCases, cases, files, enterprises);
          return meterData ? alerts.unionByName(PowerTables.alerts(powerFlags)) : alerts;
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
    timer.time(DERIVED_TABLES_STAGE, () -> writer.writeSideBySide(derivedTables));
    dates.unpersist();
    return new Result(new EnumMap<>(locations), timer.timings());
  }

  private Dataset<Row> empty(LakeTable table) {
    return spark.createDataFrame(List.of(), table.schema());
  }

  /** Writes this run's table versions, each under its own Spark job description and timing. */
  private final class Writer {
    private final PublishedState base;
    private final Map<LakeTable, String> locations;

    Writer(PublishedState base, Map<LakeTable, String> locations) {
      this.base = base;
      this.locations = locations;
    }

    Map<LakeTable, Dataset<Row>> writeSideBySide(Map<LakeTable, Supplier<Dataset<Row>>> tables) {
      return ConcurrentJobs.run(
          List.copyOf(tables.keySet()), table -> write(table, tables.get(table)));
    }

    /**
     * Writes a table's new version and returns the rows as written. Later steps read the written
     * Parquet instead of extending the plan that produced it: plans stay small (Spark's analysis
     * time grows with plan size) and nothing is computed twice.
     */
    Dataset<Row> write(LakeTable table, Supplier<Dataset<Row>> rows) {
      StageTimer.Timed<String> written =
          timer.timed(
              JOB + ": " + table.tableName(),
              () ->
                  SparkJobs.describe(
                      spark, JOB, table.tableName(), () -> writeVersion(table, rows.get())));
      locations.put(table, written.value());
      counts.advance(IngestJob.TABLES);
      counts.detail("  wrote " + table.tableName() + " (" + written.milliseconds() + " ms)");
      return lake.readLocation(table, written.value());
    }

    private String writeVersion(LakeTable table, Dataset<Row> rows) {
      Dataset<Row> labelled = rows.withColumn("run_id", lit(config.runId()));
      if (table.partitionedByDate()) {
        labelled = lake.replacingDates(table, base, labelled, config.from(), config.to());
      }
      // enterprise_daily leaves its per-enterprise pass spread evenly: writing it as computed saves
      // shuffling its millions of wide rows by date (a few files per date instead of one or two)
      Lake.Clustering clustering =
          table == LakeTable.ENTERPRISE_DAILY
              ? Lake.Clustering.AS_COMPUTED
              : Lake.Clustering.BY_DATE;
      return lake.write(table, labelled, config.runId(), clustering, LakeSortOrder.of(table));
    }
  }
}
