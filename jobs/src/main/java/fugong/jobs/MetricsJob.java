package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.domain.DormitoryRules;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricColumns;
import fugong.metrics.MetricSettings;
import fugong.metrics.spark.AlertTables;
import fugong.metrics.spark.DifficultyCaseTables;
import fugong.metrics.spark.ForecastTables;
import fugong.metrics.spark.UnitMetrics;
import fugong.run.ProgressCounts;
import fugong.run.RuleVersion;
import fugong.run.StageTiming;
import fugong.spark.ConcurrentJobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes every figure of DOMAIN.md §6 from the lake's accepted rows and reference data
 * (docs/metrics.md): {@link #enterpriseDaily} (status per enterprise and date with the
 * carry-forward window), the unit tables (county, leader, city, industry, scale) rolled up from
 * summed numerators and denominators, {@code checklist_daily}, {@code difficulty_cases},
 * {@code alerts} and {@code forecasts}. Like ingestion, it writes new table versions and
 * publishes them at once; {@link #stage} leaves publishing to the caller.
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
          LakeTable.CHECKLIST_DAILY,
          LakeTable.ALERTS,
          LakeTable.FORECASTS);

  /**
   * The timing of the five unit tables written side by side (county, leader, city, industry,
   * scale), beside each table's own timing; those overlap, so they do not add up to the stage.
   */
  public static final String UNIT_TABLES_STAGE = "metrics: unit tables side by side";

  /** The timing of checklist_daily, alerts and forecasts, written side by side. */
  public static final String DERIVED_TABLES_STAGE = "metrics: checklist, alerts and forecasts side by side";

  /** The name of the city-wide unit in forecasts. */
  public static final String CITY = "衡水市";

  /**
   * What to compute. {@code from}/{@code to} (inclusive, either may be null) limit which report
   * dates are rewritten; other dates keep their published rows. Every date is still computed
   * from all data, so carried statuses and changes see earlier days.
   */
  public record Config(String out, LocalDate from, LocalDate to, MetricSettings settings, String runId) {
    public Config {
      requireNonNull(out, "out is null");
      requireNonNull(settings, "settings is null");
      requireNonNull(runId, "runId is null");
    }

    public Config(String out, LocalDate from, LocalDate to, int carryWindowDays, LocalTime deadline, String runId) {
      this(out, from, to, MetricSettings.defaults().withCarryWindowDays(carryWindowDays).withDeadline(deadline), runId);
    }
  }

  /** The version folders written, by table. */
  public record Result(Map<LakeTable, String> locations, List<StageTiming> timings) {}

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;
  private final List<StageTiming> timings = java.util.Collections.synchronizedList(new ArrayList<>());
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

  /** The tables written side by side from the unit sums, then the three built from them. */
  private static final List<LakeTable> UNIT_TABLES =
      List.of(LakeTable.COUNTY_DAILY, LakeTable.LEADER_DAILY, LakeTable.CITY_DAILY, LakeTable.INDUSTRY_DAILY, LakeTable.SCALE_DAILY);

  private static final List<LakeTable> DERIVED_TABLES = List.of(LakeTable.CHECKLIST_DAILY, LakeTable.ALERTS, LakeTable.FORECASTS);

  /** The number of tables a metrics run writes: difficulty cases, enterprise daily, the unit and the derived tables. */
  public static final int TABLES_WRITTEN = 2 + UNIT_TABLES.size() + DERIVED_TABLES.size();

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

    Dataset<Row> dates = reportDates(files).persist(StorageLevel.MEMORY_AND_DISK());
    counts.total(IngestJob.TABLES, TABLES_WRITTEN);
    Map<LakeTable, String> locations = java.util.Collections.synchronizedMap(new EnumMap<>(LakeTable.class));
    Dataset<Row> cases =
        writeAndReadBack(LakeTable.DIFFICULTY_CASES, DifficultyCaseTables.cases(spark, submissions, enterprises, dates), base, locations);
    Dataset<Row> openCases = DifficultyCaseTables.openPerDay(cases, dates);
    Dataset<Row> enterpriseDaily =
        writeAndReadBack(LakeTable.ENTERPRISE_DAILY, enterpriseDaily(enterprises, submissions, dates, assignments, cases), base, locations);
    Dataset<Row> unitSums = unitSums(enterpriseDaily);
    Dataset<Row> countyStatus = submissionStatus(counties, dates, files, quarantine);
    // the unit tables are independent of each other, and so are the three built from them
    long unitTablesStarted = System.nanoTime();
    Map<LakeTable, Dataset<Row>> units =
        ConcurrentJobs.run(
            UNIT_TABLES,
            table ->
                writeAndReadBack(
                    table,
                    switch (table) {
                      case COUNTY_DAILY -> countyDaily(unitSums, counties, assignments, countyStatus);
                      case LEADER_DAILY -> leaderDaily(unitSums);
                      case CITY_DAILY -> unitDaily(unitSums, List.of());
                      case INDUSTRY_DAILY -> unitDaily(unitSums, List.of("industry_code"));
                      default -> unitDaily(unitSums, List.of("above_scale"));
                    },
                    base,
                    locations));
    unitSums.unpersist();
    timings.add(new StageTiming(UNIT_TABLES_STAGE, (System.nanoTime() - unitTablesStarted) / 1_000_000));
    Dataset<Row> county = units.get(LakeTable.COUNTY_DAILY);
    long derivedStarted = System.nanoTime();
    ConcurrentJobs.run(
        DERIVED_TABLES,
        table ->
            writeAndReadBack(
                table,
                switch (table) {
                  case CHECKLIST_DAILY -> checklistDaily(county);
                  case ALERTS -> AlertTables.alerts(spark, settings, county, enterpriseDaily, openCases, cases, files, enterprises);
                  default -> ForecastTables.forecasts(settings, county, units.get(LakeTable.LEADER_DAILY), units.get(LakeTable.CITY_DAILY), CITY);
                },
                base,
                locations));
    timings.add(new StageTiming(DERIVED_TABLES_STAGE, (System.nanoTime() - derivedStarted) / 1_000_000));
    dates.unpersist();
    return new Result(new EnumMap<>(locations), List.copyOf(timings));
  }

  /**
   * Writes a table's new version and returns the rows as written. Later steps read the written
   * Parquet instead of extending the plan that produced it: plans stay small (Spark's analysis
   * time grows with plan size) and nothing is computed twice.
   */
  private Dataset<Row> writeAndReadBack(LakeTable table, Dataset<Row> rows, PublishedState base, Map<LakeTable, String> locations) {
    long started = System.nanoTime();
    Dataset<Row> labelled = rows.withColumn("run_id", lit(config.runId()));
    if (table.partitionedByDate()) {
      labelled = restrictToRange(table, labelled, base);
    }
    // enterprise_daily leaves its per-enterprise pass spread evenly: writing it as computed saves
    // shuffling its millions of wide rows by date (a few files per date instead of one or two)
    Lake.Clustering clustering = table == LakeTable.ENTERPRISE_DAILY ? Lake.Clustering.AS_COMPUTED : Lake.Clustering.BY_DATE;
    String location = lake.write(table, labelled, config.runId(), clustering, LakeSortOrder.of(table));
    locations.put(table, location);
    timings.add(new StageTiming("metrics: " + table.tableName(), (System.nanoTime() - started) / 1_000_000));
    counts.advance(IngestJob.TABLES);
    counts.detail("  wrote " + table.tableName() + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    return lake.readLocation(table, location);
  }

  /** Every report date on which any county file arrived, within nothing: all dates are computed. */
  static Dataset<Row> reportDates(Dataset<Row> files) {
    return files.where(col("county_code").isNotNull()).select("report_date").distinct();
  }

  /** Published rows of other dates plus this run's rows of [from, to], when a range is given. */
  private Dataset<Row> restrictToRange(LakeTable table, Dataset<Row> computed, PublishedState base) {
    if (config.from() == null && config.to() == null) {
      return computed;
    }
    Column inRange = lit(true);
    if (config.from() != null) {
      inRange = inRange.and(col("report_date").geq(lit(config.from())));
    }
    if (config.to() != null) {
      inRange = inRange.and(col("report_date").leq(lit(config.to())));
    }
    Dataset<Row> kept = lake.read(table, base).where(coalesce(inRange, lit(false)).unary_$bang());
    Dataset<Row> fresh = computed.where(inRange);
    return kept.unionByName(fresh.select(kept.columns()[0], java.util.Arrays.copyOfRange(kept.columns(), 1, kept.columns().length)));
  }

  /** W5 from the dormitory numbers (DormitoryRules), NULL unless all three are present. */
  private static final UserDefinedFunction W5_BY_NUMBERS =
      udf(
          (UDF3<Long, Long, Double, Boolean>)
              (rooms, residents, area) ->
                  rooms == null || residents == null || area == null
                      ? null
                      : DormitoryRules.meetsDensity(rooms, residents, BigDecimal.valueOf(area)),
          DataTypes.BooleanType);

  /** Assignments renamed for joining: the one in force on a row's report_date, for its county_code. */
  private static Dataset<Row> assignmentsForJoin(Dataset<Row> assignments) {
    return broadcast(
        assignments.select(col("leader"), col("section"), col("county_code").as("assigned_county"), col("valid_from"), col("valid_to")));
  }

  private static Column inForce() {
    return col("assigned_county")
        .equalTo(col("county_code"))
        .and(col("valid_from").isNull().or(col("valid_from").leq(col("report_date"))))
        .and(col("valid_to").isNull().or(col("valid_to").geq(col("report_date"))));
  }

  /**
   * One row per registry enterprise and report date: FRESH (a report dated D), CARRIED (the latest
   * report of the previous window−1 days) or UNKNOWN, with every value taken from that report.
   */
  Dataset<Row> enterpriseDaily(
      Dataset<Row> enterprises, Dataset<Row> submissions, Dataset<Row> dates, Dataset<Row> assignments, Dataset<Row> cases) {
    spark.sparkContext().setJobDescription("enterprise status per date");
    int window = config.settings().carryWindowDays();
    Dataset<Row> population =
        enterprises
            .select("uscc", "county_code", "industry_code", "above_scale", "key_enterprise", "normal_employees", "normal_daily_output")
            .crossJoin(broadcast(dates));

    // One pass per enterprise: its registry rows (one per date) and its reports, sorted by date
    // with a report before the registry row of the same date; each registry row takes the latest
    // report of the window−1 days before it, or of its own date (order keys 2·day and 2·day+1).
    List<Column> reportFields = new ArrayList<>();
    reportFields.add(col("report_date").as("source_report_date"));
    reportFields.add(col("resumed").as("report_resumed"));
    reportFields.add(col("employees_on_duty").as("report_employees_on_duty"));
    reportFields.add(col("output_value").as("report_output_value"));
    for (ChecklistItem item : ChecklistItem.values()) {
      reportFields.add(col(item.code()).as("report_" + item.code()));
    }
    for (String name : List.of("dorm_rooms", "dorm_residents", "dorm_area_m2", "suspected", "isolated", "confirmed")) {
      reportFields.add(col(name).as("report_" + name));
    }
    Dataset<Row> reports =
        submissions.select(
            col("uscc"),
            expr("unix_date(report_date) * 2").as("order_key"),
            struct(reportFields.toArray(Column[]::new)).as("report"));
    Dataset<Row> registryRows =
        population
            .withColumn("order_key", expr("unix_date(report_date) * 2 + 1"))
            .withColumn("report", lit(null).cast(reports.schema().apply("report").dataType()));
    var latestReports = Window.partitionBy(col("uscc")).orderBy(col("order_key")).rangeBetween(-(2L * (window - 1) + 1), 0);
    List<Column> populationColumns = new ArrayList<>();
    for (String name : population.columns()) {
      populationColumns.add(col(name));
    }
    populationColumns.add(col("chosen.*"));
    Dataset<Row> joined =
        registryRows
            .unionByName(reports, true)
            .withColumn("chosen", last(col("report"), true).over(latestReports))
            .where(col("order_key").mod(2).equalTo(1))
            .select(populationColumns.toArray(Column[]::new));

    Column fresh = col("source_report_date").equalTo(col("report_date"));
    Column resumed = coalesce(col("report_resumed"), lit(false));
    Column w5ByNumbers = W5_BY_NUMBERS.apply(col("report_dorm_rooms"), col("report_dorm_residents"), col("report_dorm_area_m2"));
    Dataset<Row> daily =
        joined
            .withColumn("status", when(col("source_report_date").isNull(), "UNKNOWN").when(fresh, "FRESH").otherwise("CARRIED"))
            .withColumn("resumed", resumed)
            .withColumn("employees_on_duty", when(resumed, col("report_employees_on_duty")))
            .withColumn("output_value", when(resumed, col("report_output_value")))
            .withColumn("w5_reported", col("report_W5"))
            .withColumn("w5_by_numbers", w5ByNumbers);
    Map<String, Column> items = new LinkedHashMap<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      Column reported = col("report_" + item.code());
      Column effective = item == ChecklistItem.W5 ? coalesce(col("w5_by_numbers"), reported) : reported;
      items.put(item.code(), coalesce(effective, lit(false)));
    }
    daily = daily.withColumns(items);
    Column itemsMet = lit(0L);
    Column allMet = lit(true);
    for (ChecklistItem item : ChecklistItem.values()) {
      itemsMet = itemsMet.plus(when(col(item.code()), 1L).otherwise(0L));
      allMet = allMet.and(col(item.code()));
    }
    Column freshReport = col("status").equalTo("FRESH");
    daily =
        daily
            .withColumn("w5_contradicted", freshReport.and(coalesce(col("w5_reported"), lit(false))).and(col("w5_by_numbers").equalTo(false)))
            .withColumn("items_met", itemsMet)
            .withColumn("assessed", freshReport.and(col("resumed")))
            .withColumn("fully_compliant", col("assessed").and(allMet))
            // thresholds compare the decimals as typed (2.88 is exactly 0.9 × 3.2), not their binary doubles
            .withColumn("full_load", col("resumed").and(UnitMetrics.exact(col("output_value")).geq(UnitMetrics.exact(col("normal_daily_output")).multiply(new BigDecimal("0.9")))))
            .withColumn("reduced", col("resumed").and(UnitMetrics.exact(col("output_value")).lt(UnitMetrics.exact(col("normal_daily_output")).multiply(new BigDecimal("0.5")))))
            .withColumn(
                "output_over_3x",
                freshReport.and(coalesce(UnitMetrics.exact(col("report_output_value")).gt(UnitMetrics.exact(col("normal_daily_output")).multiply(3)), lit(false))))
            .withColumn(
                "on_duty_over_2x", freshReport.and(coalesce(col("report_employees_on_duty").gt(col("normal_employees").multiply(2)), lit(false))))
            .withColumn("suspected", when(freshReport, coalesce(col("report_suspected"), lit(0L))).otherwise(0L))
            .withColumn("isolated", when(freshReport, coalesce(col("report_isolated"), lit(0L))).otherwise(0L))
            .withColumn("confirmed", when(freshReport, coalesce(col("report_confirmed"), lit(0L))).otherwise(0L));
    daily = daily.withColumn("full_load", coalesce(col("full_load"), lit(false))).withColumn("reduced", coalesce(col("reduced"), lit(false)));

    // joined by uscc alone, so the rows stay where the per-enterprise pass put them
    daily = daily.join(DifficultyCaseTables.casesPerEnterprise(cases), "uscc", "left");
    Map<String, Column> open = new LinkedHashMap<>();
    Column totalOpen = lit(0L);
    for (Difficulty difficulty : Difficulty.values()) {
      String name = MetricColumns.openDifficulties(difficulty);
      open.put(name, DifficultyCaseTables.openOnReportDate(difficulty));
      totalOpen = totalOpen.plus(col(name));
    }
    daily = daily.withColumns(open).withColumn("open_difficulties", totalOpen).drop("cases");

    return daily.join(assignmentsForJoin(assignments), inForce(), "left");
  }

  /** On time / late / missing per county and date, and the current file's quarantined rows. */
  Dataset<Row> submissionStatus(Dataset<Row> counties, Dataset<Row> dates, Dataset<Row> files, Dataset<Row> quarantine) {
    LocalTime deadline = config.settings().deadline();
    Dataset<Row> countyFiles = files.where(col("county_code").isNotNull());
    Dataset<Row> firstArrival = countyFiles.groupBy("county_code", "report_date").agg(min("arrived_at").as("first_arrival"));
    Dataset<Row> current =
        countyFiles.where(col("is_current")).groupBy("county_code", "report_date").agg(max("rows_read").as("rows_read"));
    Dataset<Row> quarantined = quarantine.groupBy("county_code", "report_date").agg(count(lit(1)).as("quarantined_rows"));
    Column deadlineInstant =
        expr(
            String.format(
                "make_timestamp(year(report_date), month(report_date), day(report_date), %d, %d, %d, '%s')",
                deadline.getHour(), deadline.getMinute(), deadline.getSecond(), fugong.spark.SparkSessions.PRODUCT_TIME_ZONE));
    return counties
        .select("county_code")
        .crossJoin(broadcast(dates))
        .join(firstArrival, new String[] {"county_code", "report_date"}, "left")
        .join(current, new String[] {"county_code", "report_date"}, "left")
        .join(quarantined, new String[] {"county_code", "report_date"}, "left")
        .withColumn(
            "submission_status",
            when(col("first_arrival").isNull(), "MISSING").when(col("first_arrival").leq(deadlineInstant), "ON_TIME").otherwise("LATE"))
        .withColumn("rows_read", coalesce(col("rows_read"), lit(0L)))
        .withColumn("quarantined_rows", coalesce(col("quarantined_rows"), lit(0L)))
        .withColumn("quarantined_share", UnitMetrics.ratio(col("quarantined_rows"), col("rows_read")));
  }

  /** The finest grain every unit table rolls up from: each unit's key is one of these or none. */
  static final List<String> UNIT_SUM_KEYS = List.of("county_code", "leader", "industry_code", "above_scale");

  /**
   * The sums of {@code enterprise_daily} per county, leader, industry, scale and date, kept in
   * memory: a few thousand rows per date, from which every unit table is rolled up, so the
   * enterprise rows are scanned once instead of once per unit.
   */
  private Dataset<Row> unitSums(Dataset<Row> enterpriseDaily) {
    long started = System.nanoTime();
    spark.sparkContext().setJobDescription("sums per county, leader, industry and scale");
    Dataset<Row> sums = UnitMetrics.partialSums(enterpriseDaily, UNIT_SUM_KEYS).persist(StorageLevel.MEMORY_AND_DISK());
    sums.count();
    timings.add(new StageTiming("metrics: unit sums", (System.nanoTime() - started) / 1_000_000));
    return sums;
  }

  private Dataset<Row> unitDaily(Dataset<Row> unitSums, List<String> keys, Column... extraAggregates) {
    Dataset<Row> rates = UnitMetrics.withRates(UnitMetrics.rollUp(unitSums, keys, extraAggregates));
    return UnitMetrics.withChanges(rates, keys).withColumn("rule_version", lit(RuleVersion.CURRENT));
  }

  /** County rows for every county and date (counts 0 where a county has no enterprise). */
  Dataset<Row> countyDaily(Dataset<Row> unitSums, Dataset<Row> counties, Dataset<Row> assignments, Dataset<Row> countyStatus) {
    spark.sparkContext().setJobDescription("county daily metrics");
    Dataset<Row> metrics = unitDaily(unitSums, List.of("county_code"));
    Dataset<Row> named =
        countyStatus
            .join(counties, "county_code")
            .join(metrics, new String[] {"county_code", "report_date"}, "left")
            .join(assignmentsForJoin(assignments), inForce(), "left");
    Map<String, Column> zeroes = new LinkedHashMap<>();
    MetricColumns.COUNTS.forEach(count -> zeroes.put(count, coalesce(col(count), lit(0L))));
    MetricColumns.SUMS.forEach(sum -> zeroes.put(sum, coalesce(col(sum), lit(0.0))));
    zeroes.put("rule_version", lit(RuleVersion.CURRENT));
    return named.withColumns(zeroes);
  }

  /** Leaders with the counties assigned to them on each date. */
  Dataset<Row> leaderDaily(Dataset<Row> unitSums) {
    spark.sparkContext().setJobDescription("leader daily metrics");
    return unitDaily(unitSums.where(col("leader").isNotNull()), List.of("leader"), array_sort(collect_set(col("county_code"))).as("counties"));
  }

  /** County × item × date: met, assessed, rate; rows with nothing assessed are omitted. */
  static Dataset<Row> checklistDaily(Dataset<Row> county) {
    Dataset<Row> union = null;
    for (ChecklistItem item : ChecklistItem.values()) {
      Dataset<Row> rows =
          county.select(
              col("county_code"),
              col("county_name"),
              lit(item.code()).as("item_code"),
              lit(item.category()).as("category"),
              lit(item.shortName()).as("item_name"),
              col(MetricColumns.itemMet(item)).as("met"),
              col("assessed"),
              col(MetricColumns.itemRate(item)).as("rate"),
              col("report_date"));
      union = union == null ? rows : union.unionByName(rows);
    }
    return union.where(col("assessed").gt(0));
  }
}
