package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.lake.Lake;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.report.Briefing;
import fugong.report.BriefingInputs;
import fugong.report.BriefingSettings;
import fugong.report.PowerCheckSettings;
import fugong.report.PowerSection;
import fugong.report.ReportFolders;
import fugong.report.ReportThresholds;
import fugong.report.UnitMetrics;
import fugong.report.chart.ChartImages;
import fugong.report.chart.ReportCharts;
import fugong.report.html.BriefingPage;
import fugong.report.html.ReportIndex;
import fugong.report.pdf.BriefingReport;
import fugong.report.spark.BriefingInputsReader;
import fugong.run.ProgressCounts;
import fugong.spark.SparkJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * Writes the briefings of each report date into {@code OUT/reports/{date}/}: the city briefing
 * ({@code city.pdf}), one report per leader with the counties assigned on that date ({@code
 * leader-{name}.pdf}), and every chart of each as PNG ({@code city-trend.png}, …, with meter data
 * also {@code city-power.png}), each brief also as one self-contained HTML page for phones ({@code
 * city.html}, …) and {@code OUT/reports/index.html} listing them all. Reads from the lake only what
 * the pages show ({@link BriefingInputsReader}), builds each {@link Briefing}, renders it into a
 * staging folder, then moves the dates into place and rewrites the index ({@link ReportFolders}).
 */
public final class ReportJob {
  /**
   * Which dates to render (null = every report date in the lake), where, and the settings the
   * briefings state and apply.
   */
  public record Config(
      String out,
      LocalDate from,
      LocalDate to,
      MetricSettings metrics,
      ReportThresholds thresholds,
      PowerCheckSettings power,
      String runId) {
    public Config {
      requireNonNull(out, "out is null");
      requireNonNull(metrics, "metrics is null");
      requireNonNull(thresholds, "thresholds is null");
      requireNonNull(power, "power is null");
      requireNonNull(runId, "runId is null");
    }

    /** With the electricity cross-check's default settings. */
    public Config(
        String out,
        LocalDate from,
        LocalDate to,
        MetricSettings metrics,
        ReportThresholds thresholds,
        String runId) {
      this(out, from, to, metrics, thresholds, PowerCheckSettings.defaults(), runId);
    }
  }

  /** The files written, by report date. */
  public record Result(Map<LocalDate, List<Path>> files) {
    public List<Path> all() {
      return files.values().stream().flatMap(List::stream).toList();
    }

    public Optional<LocalDate> latestDate() {
      return files.keySet().stream().max(Comparator.naturalOrder());
    }
  }

  /** The unit of the count this job reports: report dates whose briefings are written. */
  public static final String DATES = "dates";

  /** The file in {@code OUT/reports} naming the run whose published state the reports show. */
  public static final String MARKER = ReportFolders.MARKER;

  private static final String JOB = "reports";

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;
  private ProgressCounts counts = ProgressCounts.NONE;

  public ReportJob(SparkSession spark, Config config) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /**
   * Reports the dates whose briefings are written (of the dates to render) to {@code counts} as the
   * job goes.
   */
  public ReportJob withProgress(ProgressCounts counts) {
    this.counts = requireNonNull(counts, "counts is null");
    return this;
  }

  /**
   * Renders the reports of the configured dates into a staging folder, then moves each date's
   * folder into place and records the run in {@code OUT/reports/.run_id}. A run that dies before
   * the marker is written leaves it naming an older run, and the next run renders them again.
   */
  public Result run(PublishedState state) {
    Path reports = Path.of(config.out(), "reports");
    Path staging = reports.resolve(".staging-" + config.runId());
    Result staged = render(state, staging);
    return new Result(
        ReportFolders.publish(
            reports,
            staging,
            staged.files(),
            config.runId(),
            state.runId(),
            () -> ReportIndex.write(reports)));
  }

  /**
   * What dead runs left in {@code OUT/reports}, swept (see {@link ReportFolders#sweepDeadRuns}).
   */
  public static List<String> sweepDeadRuns(Path out, String runId) {
    return ReportFolders.sweepDeadRuns(out, runId);
  }

  /** The run id the reports under {@code OUT/reports} were last completed for, if any. */
  public static Optional<String> completedRun(Path out) {
    return ReportFolders.completedRun(out);
  }

  private Result render(PublishedState state, Path target) {
    BriefingInputsReader reader = new BriefingInputsReader(lake, state);
    List<LocalDate> allDates = SparkJobs.describe(spark, JOB, "report dates", reader::reportDates);
    List<LocalDate> dates =
        allDates.stream()
            .filter(
                date ->
                    (config.from() == null || !date.isBefore(config.from()))
                        && (config.to() == null || !date.isAfter(config.to())))
            .toList();
    Map<LocalDate, List<Path>> written = new TreeMap<>();
    counts.total(DATES, dates.size());
    if (dates.isEmpty()) {
      return new Result(written);
    }
    BriefingInputs inputs =
        SparkJobs.describe(
            spark,
            JOB,
            "collect report data",
            () ->
                reader.read(
                    allDates,
                    dates,
                    config.runId(),
                    new BriefingSettings(config.metrics(), config.thresholds(), config.power())));
    for (LocalDate date : dates) {
      List<Path> files = new ArrayList<>();
      files.addAll(write(target, date, Briefing.city(inputs, date)));
      for (UnitMetrics leader :
          inputs.leaders().stream()
              .filter(row -> date.equals(row.date()))
              .sorted(Comparator.comparing(UnitMetrics::name))
              .toList()) {
        files.addAll(write(target, date, Briefing.leader(inputs, date, leader.name())));
      }
      written.put(date, files);
      counts.advance(DATES);
      counts.detail("  reports of " + date + ": " + files.size() + " files");
    }
    return new Result(written);
  }

  /** The height of a chart's 1200-pixel-wide PNG. */
  static int pngHeight(String chart) {
    return switch (chart) {
      case "heatmap", "ranking" -> 800;
      case PowerSection.CHART_NAME -> ReportCharts.scatterHeight(1200);
      default -> 600;
    };
  }

  /** Renders one briefing into the date's folder: its PDF and every chart as PNG. */
  private List<Path> write(Path target, LocalDate date, Briefing briefing) {
    BriefingReport.Rendered rendered = new BriefingReport(briefing).render();
    Path folder = target.resolve(date.toString());
    List<Path> files = new ArrayList<>();
    Path pdf = folder.resolve(briefing.fileStem() + ".pdf");
    ReportFolders.write(pdf, rendered.pdf());
    files.add(pdf);
    Path page = folder.resolve(BriefingPage.fileName(briefing));
    ReportFolders.write(page, new BriefingPage(briefing).render().getBytes(StandardCharsets.UTF_8));
    files.add(page);
    for (Map.Entry<String, JFreeChart> chart : rendered.charts().entrySet()) {
      Path png = folder.resolve(briefing.fileStem() + "-" + chart.getKey() + ".png");
      ReportFolders.write(png, ChartImages.png(chart.getValue(), 1200, pngHeight(chart.getKey())));
      files.add(png);
    }
    return files;
  }
}
