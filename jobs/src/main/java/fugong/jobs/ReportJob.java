package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.report.BriefingData;
import fugong.report.BriefingScope;
import fugong.report.MetricRow;
import fugong.report.ReportThresholds;
import fugong.report.chart.ChartImages;
import fugong.report.chart.DatedValue;
import fugong.report.chart.TrendSeries;
import fugong.report.pdf.BriefingReport;
import fugong.run.RuleVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.jfree.chart.JFreeChart;

/**
 * Writes the briefings of each report date into {@code OUT/reports/{date}/}: the city briefing
 * ({@code city.pdf}), one report per leader with the counties assigned on that date ({@code
 * leader-{name}.pdf}), and every chart of each as PNG ({@code city-trend.png}, …). Collects from
 * the lake only what the pages show: the metric rows of the dates in question (and the 13 days
 * before, for the trend), their alerts and forecasts, the few key enterprises furthest behind per
 * county, quarantine reason counts and the open difficulty cases.
 */
public final class ReportJob {
  /** Which dates to render (null = every report date in the lake) and where. */
  public record Config(String out, LocalDate from, LocalDate to, ReportThresholds thresholds, String runId) {
    public Config {
      requireNonNull(out, "out is null");
      requireNonNull(thresholds, "thresholds is null");
      requireNonNull(runId, "runId is null");
    }
  }

  /** The files written, by report date. */
  public record Result(Map<LocalDate, List<Path>> files) {
    public List<Path> all() {
      return files.values().stream().flatMap(List::stream).toList();
    }

    public java.util.Optional<LocalDate> latestDate() {
      return files.keySet().stream().max(Comparator.naturalOrder());
    }
  }

  static final int TREND_DAYS = 14;
  static final int KEY_ENTERPRISES_PER_COUNTY = 3;

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;

  public ReportJob(SparkSession spark, Config config) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /** The file in {@code OUT/reports} naming the run whose published state the reports show. */
  public static final String MARKER = ".run_id";

  /**
   * Renders the reports of the configured dates into a staging folder, then moves each date's
   * folder into place and records the run in {@code OUT/reports/.run_id}. A run that dies before
   * the marker is written leaves it naming an older run, and the next run renders them again.
   */
  public Result run(PublishedState state) {
    Path reports = Path.of(config.out(), "reports");
    Path staging = reports.resolve(".staging-" + config.runId());
    Result staged = render(state, staging);
    Map<LocalDate, List<Path>> published = new TreeMap<>();
    try {
      for (Map.Entry<LocalDate, List<Path>> date : staged.files().entrySet()) {
        Path target = reports.resolve(date.getKey().toString());
        Path previous = reports.resolve(".previous-" + config.runId() + "-" + date.getKey());
        if (Files.exists(target)) {
          Files.move(target, previous);
        }
        Files.move(staging.resolve(date.getKey().toString()), target);
        deleteTree(previous);
        published.put(date.getKey(), date.getValue().stream().map(file -> target.resolve(file.getFileName())).toList());
        fugong.run.FaultInjection.checkpoint("reports:moved:" + date.getKey());
      }
      deleteTree(staging);
      Path marker = reports.resolve(MARKER);
      Path temporary = reports.resolve(MARKER + ".tmp-" + config.runId());
      Files.createDirectories(reports);
      Files.writeString(temporary, state.runId() + "\n");
      Files.move(temporary, marker, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return new Result(published);
  }

  /**
   * Sweeps what dead runs left in {@code OUT/reports} (call it holding the output lock, so every
   * other run is dead): their staging folders {@code .staging-{run}} and marker temporaries are
   * deleted; a {@code .previous-{run}-{date}} folder is moved back to {@code {date}} when the
   * run died between moving the old folder aside and the new one in, else deleted. Returns what
   * it did, one line each.
   */
  public static List<String> sweepDeadRuns(Path out, String runId) {
    Path reports = out.resolve("reports");
    List<String> swept = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return swept;
    }
    try (var entries = Files.list(reports)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.contains(runId)) {
          continue;
        }
        if (name.startsWith(".staging-") || name.startsWith(MARKER + ".tmp-")) {
          deleteTree(entry);
          swept.add("deleted reports/" + name);
        } else if (name.startsWith(".previous-") && name.length() > ".previous-".length() + 10) {
          Path date = reports.resolve(name.substring(name.length() - 10));
          if (Files.exists(date)) {
            deleteTree(entry);
            swept.add("deleted reports/" + name);
          } else {
            Files.move(entry, date);
            swept.add("moved reports/" + name + " back to reports/" + date.getFileName());
          }
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return swept;
  }

  /** The run id the reports under {@code OUT/reports} were last completed for, if any. */
  public static java.util.Optional<String> completedRun(Path out) {
    Path marker = out.resolve("reports").resolve(MARKER);
    try {
      return Files.isRegularFile(marker) ? java.util.Optional.of(Files.readString(marker).strip()) : java.util.Optional.empty();
    } catch (IOException unreadable) {
      return java.util.Optional.empty();
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private Result render(PublishedState state, Path target) {
    spark.sparkContext().setJobDescription("collect report data");
    List<MetricRow> cityRows = rows(lake.read(LakeTable.CITY_DAILY, state));
    TreeSet<LocalDate> allDates = new TreeSet<>();
    cityRows.forEach(row -> allDates.add(row.date("report_date")));
    List<LocalDate> dates =
        allDates.stream()
            .filter(date -> (config.from() == null || !date.isBefore(config.from())) && (config.to() == null || !date.isAfter(config.to())))
            .toList();
    Map<LocalDate, List<Path>> written = new TreeMap<>();
    if (dates.isEmpty()) {
      return new Result(written);
    }
    LocalDate first = dates.get(0).minusDays(TREND_DAYS - 1);
    LocalDate last = dates.get(dates.size() - 1);
    org.apache.spark.sql.Column inDates = col("report_date").between(lit(dates.get(0)), lit(last));

    List<MetricRow> counties = rows(lake.read(LakeTable.COUNTY_DAILY, state).where(col("report_date").between(lit(first), lit(last))));
    List<MetricRow> leaders = rows(lake.read(LakeTable.LEADER_DAILY, state).where(col("report_date").between(lit(first), lit(last))));
    List<MetricRow> alerts = rows(lake.read(LakeTable.ALERTS, state).where(inDates));
    List<MetricRow> forecasts = rows(lake.read(LakeTable.FORECASTS, state).where(inDates));
    List<MetricRow> keyEnterprises = keyEnterprisesBehind(state, inDates);
    List<MetricRow> quarantine =
        rows(
            lake.read(LakeTable.QUARANTINE, state)
                .where(inDates)
                .select(col("county_code"), col("report_date"), explode(col("reasons")).as("reason"))
                .groupBy("county_code", "report_date", "reason")
                .agg(count(lit(1)).as("rows")));
    List<MetricRow> cases =
        rows(
            lake.read(LakeTable.DIFFICULTY_CASES, state)
                .where(col("opened_on").leq(lit(last)).and(col("resolved_on").isNull().or(col("resolved_on").gt(lit(dates.get(0)))))));
    Map<LocalDate, Instant> dataAsOf = new LinkedHashMap<>();
    for (MetricRow row :
        rows(lake.read(LakeTable.FILES, state).where(inDates.and(col("county_code").isNotNull())).groupBy("report_date").agg(max("arrived_at").as("arrived")))) {
      dataAsOf.put(row.date("report_date"), (Instant) row.values().get("arrived"));
    }
    Map<String, String> countyNames = new LinkedHashMap<>();
    counties.forEach(row -> countyNames.put(row.text("county_code"), row.text("county_name")));

    for (LocalDate date : dates) {
      List<MetricRow> countiesOfDay = counties.stream().filter(row -> date.equals(row.date("report_date"))).toList();
      List<Path> files = new ArrayList<>();
      MetricRow city = cityRows.stream().filter(row -> date.equals(row.date("report_date"))).findFirst().orElseThrow();
      BriefingScope cityScope = BriefingScope.city(MetricsJob.CITY, countiesOfDay.stream().map(row -> row.text("county_code")).toList());
      files.addAll(write(target, date, briefing(cityScope, date, city, cityRows, counties, alerts, forecasts, keyEnterprises, quarantine, cases, countyNames, dataAsOf.get(date))));
      for (MetricRow leader : leaders.stream().filter(row -> date.equals(row.date("report_date"))).toList()) {
        BriefingScope scope = BriefingScope.leader(leader.text("leader"), leader.list("counties"));
        List<MetricRow> leaderHistory = leaders.stream().filter(row -> row.text("leader").equals(leader.text("leader"))).toList();
        files.addAll(
            write(target, date, briefing(scope, date, leader, leaderHistory, counties, alerts, forecasts, keyEnterprises, quarantine, cases, countyNames, dataAsOf.get(date))));
      }
      written.put(date, files);
    }
    return new Result(written);
  }

  private BriefingData briefing(
      BriefingScope scope,
      LocalDate date,
      MetricRow total,
      List<MetricRow> totalHistory,
      List<MetricRow> counties,
      List<MetricRow> alerts,
      List<MetricRow> forecasts,
      List<MetricRow> keyEnterprises,
      List<MetricRow> quarantine,
      List<MetricRow> cases,
      Map<String, String> countyNames,
      Instant dataAsOf) {
    List<String> codes = scope.countyCodes();
    List<MetricRow> countiesOfDay =
        counties.stream().filter(row -> date.equals(row.date("report_date")) && codes.contains(row.text("county_code"))).toList();
    LocalDate trendStart = date.minusDays(TREND_DAYS - 1);
    List<TrendSeries> trends = new ArrayList<>();
    trends.add(series(scope.cityWide() ? "全市" : scope.name() + "合计", totalHistory, trendStart, date));
    for (String code : codes) {
      trends.add(series(countyNames.getOrDefault(code, code), counties.stream().filter(row -> row.text("county_code").equals(code)).toList(), trendStart, date));
    }
    List<MetricRow> alertsOfDay =
        alerts.stream().filter(row -> date.equals(row.date("report_date")) && codes.contains(row.text("county_code"))).toList();
    List<MetricRow> forecastsOfDay =
        forecasts.stream()
            .filter(row -> date.equals(row.date("report_date")))
            .filter(
                row ->
                    switch (row.text("unit_type")) {
                      case "city" -> scope.cityWide();
                      case "leader" -> !scope.cityWide() && row.text("unit").equals(scope.name());
                      default -> codes.contains(row.text("unit"));
                    })
            .toList();
    List<MetricRow> keyBehind =
        keyEnterprises.stream()
            .filter(row -> date.equals(row.date("report_date")) && codes.contains(row.text("county_code")))
            .sorted(
                Comparator.comparing((MetricRow row) -> Boolean.TRUE.equals(row.values().get("resumed")) ? 1 : 0)
                    .thenComparing(row -> row.rate("output_share") == null ? 0.0 : row.rate("output_share"))
                    .thenComparing(row -> row.text("uscc")))
            .limit(10)
            .toList();
    Map<String, Map<String, Long>> reasons = new TreeMap<>();
    for (MetricRow row : quarantine) {
      if (date.equals(row.date("report_date")) && codes.contains(row.text("county_code"))) {
        reasons.computeIfAbsent(row.text("county_code"), key -> new TreeMap<>()).put(row.text("reason"), row.count("rows"));
      }
    }
    List<MetricRow> open = new ArrayList<>();
    for (MetricRow row : cases) {
      LocalDate opened = row.date("opened_on");
      LocalDate resolved = row.date("resolved_on");
      if (codes.contains(row.text("county_code")) && !opened.isAfter(date) && (resolved == null || resolved.isAfter(date))) {
        Map<String, Object> values = new LinkedHashMap<>(row.values());
        values.put("days_open", java.time.temporal.ChronoUnit.DAYS.between(opened, date));
        values.put("county_name", countyNames.getOrDefault(row.text("county_code"), row.text("county_code")));
        open.add(new MetricRow(values));
      }
    }
    return new BriefingData(
        scope, date, dataAsOf, config.runId(), RuleVersion.CURRENT, total, countiesOfDay, trends, alertsOfDay, forecastsOfDay, keyBehind, reasons, open);
  }

  private static TrendSeries series(String name, List<MetricRow> rows, LocalDate start, LocalDate end) {
    Map<LocalDate, Double> byDate = new TreeMap<>();
    for (MetricRow row : rows) {
      LocalDate date = row.date("report_date");
      if (!date.isBefore(start) && !date.isAfter(end)) {
        byDate.put(date, row.rate("resumption_rate"));
      }
    }
    List<DatedValue> points = new ArrayList<>();
    byDate.forEach((date, value) -> points.add(new DatedValue(date, value)));
    return new TrendSeries(name, points);
  }

  /** Per county and date, the key enterprises furthest behind: not resumed first, then lowest output share. */
  private List<MetricRow> keyEnterprisesBehind(PublishedState state, org.apache.spark.sql.Column inDates) {
    Dataset<Row> names = lake.read(LakeTable.ENTERPRISES, state).select(col("uscc"), col("name").as("enterprise_name"));
    Dataset<Row> counties = lake.read(LakeTable.COUNTIES, state);
    Dataset<Row> behind =
        lake.read(LakeTable.ENTERPRISE_DAILY, state)
            .where(inDates.and(col("key_enterprise")))
            .withColumn("output_share", when(col("normal_daily_output").gt(0), col("output_value").divide(col("normal_daily_output"))))
            .where(col("resumed").equalTo(false).or(col("output_share").lt(0.5)))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("county_code", "report_date")
                            .orderBy(col("resumed").asc(), col("output_share").asc_nulls_first(), col("uscc"))))
            .where(col("rank").leq(KEY_ENTERPRISES_PER_COUNTY))
            .join(names, "uscc")
            .join(counties, "county_code")
            .select("uscc", "enterprise_name", "county_code", "county_name", "report_date", "resumed", "status", "output_value", "normal_daily_output", "output_share");
    return rows(behind);
  }

  private List<Path> write(Path target, LocalDate date, BriefingData data) {
    BriefingReport.Rendered rendered = new BriefingReport(data, config.thresholds()).render();
    Path folder = target.resolve(date.toString());
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      Path pdf = folder.resolve(data.scope().fileStem() + ".pdf");
      Files.write(pdf, rendered.pdf());
      files.add(pdf);
      for (Map.Entry<String, JFreeChart> chart : rendered.charts().entrySet()) {
        Path png = folder.resolve(data.scope().fileStem() + "-" + chart.getKey() + ".png");
        Files.write(png, ChartImages.png(chart.getValue(), 1200, chart.getKey().equals("heatmap") || chart.getKey().equals("ranking") ? 800 : 600));
        files.add(png);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return files;
  }

  private static List<MetricRow> rows(Dataset<Row> dataset) {
    List<MetricRow> rows = new ArrayList<>();
    String[] columns = dataset.columns();
    for (Row row : dataset.collectAsList()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int index = 0; index < columns.length; index++) {
        Object value = row.get(index);
        if (value instanceof scala.collection.Seq<?> sequence) {
          value = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(sequence));
        }
        values.put(columns[index], value);
      }
      rows.add(new MetricRow(values));
    }
    return rows;
  }
}
