package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricColumns;
import fugong.metrics.MetricSettings;
import fugong.report.ActionKind;
import fugong.report.AlertRecord;
import fugong.report.Briefing;
import fugong.report.BriefingInputs;
import fugong.report.BriefingSettings;
import fugong.report.DifficultyCaseRecord;
import fugong.report.EnterpriseStatus;
import fugong.report.ForecastOutcome;
import fugong.report.ForecastRecord;
import fugong.report.KeyEnterprise;
import fugong.report.QuarantineCount;
import fugong.report.RateMetric;
import fugong.report.ReportThresholds;
import fugong.report.Severity;
import fugong.report.SubmissionStatus;
import fugong.report.UnitMetrics;
import fugong.report.chart.ChartImages;
import fugong.report.html.BriefingPage;
import fugong.report.html.ReportIndex;
import fugong.report.pdf.BriefingReport;
import fugong.run.ProgressCounts;
import fugong.run.RuleVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Writes the briefings of each report date into {@code OUT/reports/{date}/}: the city briefing
 * ({@code city.pdf}), one report per leader with the counties assigned on that date ({@code
 * leader-{name}.pdf}), and every chart of each as PNG ({@code city-trend.png}, …), each brief also
 * as one self-contained HTML page for phones ({@code city.html}, …) and {@code OUT/reports/index.html}
 * listing them all. Reads from the
 * lake only what the pages show into the typed briefing inputs (the metric rows of the dates and
 * the 13 days before, for the trend; their alerts and forecasts; key enterprises behind; quarantine
 * reason counts; open difficulty cases), builds each {@link Briefing} and renders it.
 */
public final class ReportJob {
  /** Which dates to render (null = every report date in the lake), where, and the settings the briefings state and apply. */
  public record Config(String out, LocalDate from, LocalDate to, MetricSettings metrics, ReportThresholds thresholds, String runId) {
    public Config {
      requireNonNull(out, "out is null");
      requireNonNull(metrics, "metrics is null");
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

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;

  private ProgressCounts counts = ProgressCounts.NONE;

  public ReportJob(SparkSession spark, Config config) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /** The unit of the count this job reports: report dates whose briefings are written. */
  public static final String DATES = "dates";

  /** Reports the dates whose briefings are written (of the dates to render) to {@code counts} as the job goes. */
  public ReportJob withProgress(ProgressCounts counts) {
    this.counts = requireNonNull(counts, "counts is null");
    return this;
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
      ReportIndex.write(reports);
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
    TreeSet<LocalDate> allDates = new TreeSet<>();
    for (Row row : lake.read(LakeTable.CITY_DAILY, state).select("report_date").collectAsList()) {
      allDates.add(row.getLocalDate(0));
    }
    List<LocalDate> dates =
        allDates.stream()
            .filter(date -> (config.from() == null || !date.isBefore(config.from())) && (config.to() == null || !date.isAfter(config.to())))
            .toList();
    Map<LocalDate, List<Path>> written = new TreeMap<>();
    counts.total(DATES, dates.size());
    if (dates.isEmpty()) {
      return new Result(written);
    }
    BriefingInputs inputs = inputs(state, List.copyOf(allDates), dates);
    for (LocalDate date : dates) {
      List<Path> files = new ArrayList<>();
      files.addAll(write(target, date, Briefing.city(inputs, date)));
      for (UnitMetrics leader : inputs.leaders().stream().filter(row -> date.equals(row.date())).sorted(Comparator.comparing(UnitMetrics::name)).toList()) {
        files.addAll(write(target, date, Briefing.leader(inputs, date, leader.name())));
      }
      written.put(date, files);
      counts.advance(DATES);
      counts.detail("  reports of " + date + ": " + files.size() + " files");
    }
    return new Result(written);
  }

  /** Reads what the briefings of the dates show: metric rows (with the trend days before), alerts, forecasts, enterprises behind, cases, quarantine reasons. */
  private BriefingInputs inputs(PublishedState state, List<LocalDate> allDates, List<LocalDate> dates) {
    LocalDate first = dates.get(0).minusDays(BriefingInputs.TREND_DAYS - 1);
    LocalDate last = dates.get(dates.size() - 1);
    Column inDates = col("report_date").between(lit(dates.get(0)), lit(last));
    Column withHistory = col("report_date").between(lit(first), lit(last));
    List<UnitMetrics> city = unitMetrics(lake.read(LakeTable.CITY_DAILY, state).where(withHistory), Unit.CITY);
    List<UnitMetrics> leaders = unitMetrics(lake.read(LakeTable.LEADER_DAILY, state).where(withHistory), Unit.LEADER);
    List<UnitMetrics> counties = unitMetrics(lake.read(LakeTable.COUNTY_DAILY, state).where(withHistory), Unit.COUNTY);

    List<AlertRecord> alerts = new ArrayList<>();
    for (Row row : lake.read(LakeTable.ALERTS, state).where(inDates).collectAsList()) {
      String message = row.getAs("message");
      alerts.add(
          new AlertRecord(
              row.getAs("report_date"), Severity.of(row.getAs("severity")), ActionKind.ofAlert(row.getAs("kind"), message), row.getAs("county_code"), row.getAs("leader"),
              row.getAs("enterprise_name"), row.getAs("value"), message));
    }
    alerts.sort(Comparator.comparing(AlertRecord::date).thenComparing(AlertRecord::severity).thenComparing(AlertRecord::kind).thenComparing(AlertRecord::countyCode, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AlertRecord::message, Comparator.nullsLast(Comparator.naturalOrder())));

    List<ForecastRecord> forecasts = new ArrayList<>();
    for (Row row : lake.read(LakeTable.FORECASTS, state).where(inDates).collectAsList()) {
      RateMetric.byColumn(row.getAs("metric"))
          .ifPresent(
              metric ->
                  forecasts.add(
                      new ForecastRecord(
                          row.getAs("report_date"), row.getAs("unit_type"), row.getAs("unit"), row.getAs("unit_name"), metric, row.getAs("value"), row.getAs("target"),
                          row.getAs("slope_per_day"), row.getAs("projected_date"), ForecastOutcome.of(row.getAs("status")))));
    }
    forecasts.sort(Comparator.comparing(ForecastRecord::date).thenComparing(ForecastRecord::unitType).thenComparing(ForecastRecord::unit).thenComparing(ForecastRecord::metric));

    List<KeyEnterprise> keyEnterprises = new ArrayList<>();
    Dataset<Row> names = lake.read(LakeTable.ENTERPRISES, state).select(col("uscc"), col("name").as("enterprise_name"));
    for (Row row :
        lake.read(LakeTable.ENTERPRISE_DAILY, state)
            .where(inDates.and(col("key_enterprise")))
            .where(col("resumed").equalTo(false).or(col("normal_daily_output").gt(0).and(col("output_value").lt(col("normal_daily_output").multiply(0.5)))))
            .join(names, "uscc")
            .collectAsList()) {
      keyEnterprises.add(
          new KeyEnterprise(
              row.getAs("report_date"), row.getAs("uscc"), row.getAs("enterprise_name"), row.getAs("county_code"), Boolean.TRUE.equals(row.getAs("resumed")),
              EnterpriseStatus.of(row.getAs("status")), row.getAs("output_value"), row.getAs("normal_daily_output")));
    }
    keyEnterprises.sort(Comparator.comparing(KeyEnterprise::date).thenComparing(KeyEnterprise::countyCode).thenComparing(KeyEnterprise::uscc));

    List<DifficultyCaseRecord> cases = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.DIFFICULTY_CASES, state)
            .where(col("opened_on").leq(lit(last)).and(col("resolved_on").isNull().or(col("resolved_on").gt(lit(dates.get(0))))))
            .collectAsList()) {
      cases.add(
          new DifficultyCaseRecord(
              row.getAs("uscc"), row.getAs("enterprise_name"), row.getAs("county_code"), row.getAs("difficulty_name"), row.getAs("opened_on"), row.getAs("resolved_on")));
    }
    cases.sort(Comparator.comparing(DifficultyCaseRecord::uscc).thenComparing(DifficultyCaseRecord::openedOn).thenComparing(DifficultyCaseRecord::difficultyName));

    List<QuarantineCount> quarantine = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.QUARANTINE, state)
            .where(inDates)
            .select(col("county_code"), col("report_date"), explode(col("reasons")).as("reason"))
            .groupBy("county_code", "report_date", "reason")
            .agg(count(lit(1)).as("rows"))
            .collectAsList()) {
      quarantine.add(new QuarantineCount(row.getAs("report_date"), row.getAs("county_code"), row.getAs("reason"), row.<Long>getAs("rows")));
    }
    quarantine.sort(Comparator.comparing(QuarantineCount::date).thenComparing(QuarantineCount::countyCode).thenComparing(QuarantineCount::reason));

    Map<LocalDate, Instant> dataAsOf = new TreeMap<>();
    for (Row row : lake.read(LakeTable.FILES, state).where(inDates.and(col("county_code").isNotNull())).groupBy("report_date").agg(max("arrived_at").as("arrived")).collectAsList()) {
      dataAsOf.put(row.getAs("report_date"), row.getAs("arrived"));
    }
    return new BriefingInputs(
        allDates, city, leaders, counties, alerts, forecasts, keyEnterprises, cases, quarantine, dataAsOf, config.runId(), RuleVersion.CURRENT,
        new BriefingSettings(config.metrics(), config.thresholds()));
  }

  private enum Unit {
    CITY,
    LEADER,
    COUNTY
  }

  /** The rows of a unit table as typed figures, in date and unit order. */
  private static List<UnitMetrics> unitMetrics(Dataset<Row> table, Unit unit) {
    List<UnitMetrics> rows = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      Map<Difficulty, Long> open = new EnumMap<>(Difficulty.class);
      for (Difficulty difficulty : Difficulty.values()) {
        open.put(difficulty, whole(row, MetricColumns.openDifficulties(difficulty)));
      }
      Map<ChecklistItem, Double> items = new EnumMap<>(ChecklistItem.class);
      for (ChecklistItem item : ChecklistItem.values()) {
        Double rate = rate(row, MetricColumns.itemRate(item));
        if (rate != null) {
          items.put(item, rate);
        }
      }
      String code =
          switch (unit) {
            case CITY -> MetricsJob.CITY;
            case LEADER -> row.getAs("leader");
            case COUNTY -> row.getAs("county_code");
          };
      String name = unit == Unit.COUNTY ? row.getAs("county_name") : code;
      rows.add(
          new UnitMetrics(
              row.getAs("report_date"),
              code,
              name,
              unit == Unit.CITY ? null : row.getAs("leader"),
              unit == Unit.COUNTY ? row.getAs("section") : null,
              unit == Unit.LEADER ? row.getList(row.fieldIndex("counties")) : List.of(),
              whole(row, "enterprises"),
              whole(row, "reported"),
              whole(row, "carried"),
              whole(row, "unknown"),
              whole(row, "resumed"),
              whole(row, "above_scale_enterprises"),
              whole(row, "above_scale_resumed"),
              whole(row, "full_load"),
              whole(row, "reduced"),
              whole(row, "stopped"),
              whole(row, "assessed"),
              whole(row, "fully_compliant"),
              whole(row, "suspected"),
              whole(row, "isolated"),
              whole(row, "confirmed"),
              whole(row, "open_difficulties"),
              open,
              items,
              rate(row, "coverage"),
              rate(row, "resumption_rate"),
              rate(row, "above_scale_resumption_rate"),
              rate(row, "employee_return_rate"),
              rate(row, "capacity_recovery_rate"),
              rate(row, "full_compliance_rate"),
              unit == Unit.COUNTY ? SubmissionStatus.of(row.getAs("submission_status")) : null,
              unit == Unit.COUNTY ? row.getAs("first_arrival") : null,
              unit == Unit.COUNTY ? whole(row, "rows_read") : 0,
              unit == Unit.COUNTY ? whole(row, "quarantined_rows") : 0));
    }
    rows.sort(Comparator.comparing(UnitMetrics::date).thenComparing(UnitMetrics::code));
    return rows;
  }

  private static long whole(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double rate(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  private List<Path> write(Path target, LocalDate date, Briefing briefing) {
    BriefingReport.Rendered rendered = new BriefingReport(briefing).render();
    Path folder = target.resolve(date.toString());
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      Path pdf = folder.resolve(briefing.fileStem() + ".pdf");
      Files.write(pdf, rendered.pdf());
      files.add(pdf);
      files.add(Files.writeString(folder.resolve(BriefingPage.fileName(briefing)), new BriefingPage(briefing).render()));
      for (Map.Entry<String, JFreeChart> chart : rendered.charts().entrySet()) {
        Path png = folder.resolve(briefing.fileStem() + "-" + chart.getKey() + ".png");
        Files.write(png, ChartImages.png(chart.getValue(), 1200, chart.getKey().equals("heatmap") || chart.getKey().equals("ranking") ? 800 : 600));
        files.add(png);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return files;
  }
}
