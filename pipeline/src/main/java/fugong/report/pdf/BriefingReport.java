package fugong.report.pdf;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.metrics.MetricColumns;
import fugong.report.BriefingData;
import fugong.report.Formats;
import fugong.report.MetricRow;
import fugong.report.ReportThresholds;
import fugong.report.chart.NamedValue;
import fugong.report.chart.RagStatus;
import fugong.report.chart.ReportCharts;
import fugong.report.pdf.PdfCanvas.Cell;
import fugong.report.pdf.PdfCanvas.Column;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;

/**
 * The daily briefing (衡水市工业企业复工复产督导日报) or a leader's report (领导包县专报) as an A4
 * PDF/A-2b document, plus each chart as a PNG. Sections: headline figures with day-over-day
 * change and numerator/denominator, county ranking with red/amber/green, trend, checklist
 * heat-map, difficulties (and, for a leader, the 一企一策 list), alerts with the leader who must
 * act, late and missing submissions, forecasts, laggards, data quality, and definitions.
 */
public final class BriefingReport {
  /** The rendered report: the PDF and each chart as PNG, by chart name. */
  public record Rendered(byte[] pdf, Map<String, JFreeChart> charts, int pages) {}

  private static final Map<String, String> ALERT_KINDS = new LinkedHashMap<>();

  static {
    ALERT_KINDS.put("CONFIRMED_WHILE_RESUMED", "确诊仍生产");
    ALERT_KINDS.put("MISSING_SUBMISSION", "未报送");
    ALERT_KINDS.put("REJECTED_FILE", "文件无法读取");
    ALERT_KINDS.put("QUARANTINE_SHARE", "校验不通过偏多");
    ALERT_KINDS.put("RESUMPTION_DROP", "复工率下降");
    ALERT_KINDS.put("LOW_COMPLIANCE", "防控落实率低");
    ALERT_KINDS.put("STATISTICAL_ANOMALY", "统计异常");
    ALERT_KINDS.put("DIFFICULTY_OVERDUE", "困难超期");
    ALERT_KINDS.put("INCONSISTENCY", "数据不一致");
  }

  private static final Color GREEN_FILL = new Color(0xD4, 0xED, 0xDA);
  private static final Color AMBER_FILL = new Color(0xFF, 0xF0, 0xC2);
  private static final Color RED_FILL = new Color(0xF8, 0xD3, 0xD3);

  private final BriefingData data;
  private final ReportThresholds thresholds;

  public BriefingReport(BriefingData data, ReportThresholds thresholds) {
    this.data = data;
    this.thresholds = thresholds;
  }

  public String title() {
    return data.scope().cityWide() ? "衡水市工业企业复工复产督导日报" : "领导包县专报 · " + data.scope().name();
  }

  public Rendered render() {
    Map<String, JFreeChart> charts = charts();
    String headerRight = "报告日期 " + Formats.chineseDate(data.reportDate());
    String footer =
        "数据截至 " + Formats.time(data.dataAsOf()) + " · 运行 " + data.runId() + " · 规则版本 " + data.ruleVersion() + " · fugong";
    try (PdfCanvas canvas = new PdfCanvas(title() + " " + data.reportDate(), fixedDate(), title(), headerRight, footer)) {
      titleBlock(canvas);
      headline(canvas);
      ranking(canvas);
      canvas.heading("三、复工率趋势与排名", 12, 250);
      canvas.chart(charts.get("trend"), canvas.width(), 250);
      canvas.chart(charts.get("ranking"), canvas.width(), 40 + 22 * data.counties().size());
      canvas.heading("四、防控措施落实热力图（县市区 × 18项，当日有报送的复工企业）", 12, 70 + 24 * data.counties().size());
      canvas.chart(charts.get("heatmap"), canvas.width(), 70 + 24 * data.counties().size());
      difficulties(canvas, charts.get("difficulties"));
      alerts(canvas);
      submissions(canvas);
      forecasts(canvas);
      laggards(canvas);
      dataQuality(canvas);
      definitions(canvas);
      int pages = canvas.pages();
      return new Rendered(canvas.finish(documentId()), charts, pages);
    }
  }

  /** The next morning, 08:00 Asia/Shanghai: the same for every rendering of the same report. */
  private Calendar fixedDate() {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai")), Locale.ROOT);
    calendar.clear();
    calendar.set(data.reportDate().getYear(), data.reportDate().getMonthValue() - 1, data.reportDate().getDayOfMonth(), 8, 0, 0);
    calendar.add(Calendar.DAY_OF_MONTH, 1);
    return calendar;
  }

  private byte[] documentId() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((data.scope().fileStem() + "|" + data.reportDate() + "|" + data.runId()).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private Map<String, JFreeChart> charts() {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    charts.put("trend", ReportCharts.trend("复工率趋势（近14天）", data.trends()));
    List<NamedValue> ranking = new ArrayList<>();
    for (MetricRow county : rankedCounties()) {
      ranking.add(new NamedValue(county.text("county_name"), county.rate("resumption_rate")));
    }
    charts.put("ranking", ReportCharts.ranking("县市区复工率排名", ranking, thresholds.resumptionGreen(), thresholds.resumptionAmber()));
    List<String> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      columns.add(item.code());
    }
    Double[][] values = new Double[data.counties().size()][columns.size()];
    List<MetricRow> counties = rankedCounties();
    for (int row = 0; row < counties.size(); row++) {
      rows.add(counties.get(row).text("county_name"));
      for (ChecklistItem item : ChecklistItem.values()) {
        values[row][item.ordinal()] = counties.get(row).rate(MetricColumns.itemRate(item));
      }
    }
    charts.put("heatmap", ReportCharts.heatmap("防控措施落实热力图", rows, columns, values));
    List<NamedValue> backlog = new ArrayList<>();
    for (Difficulty difficulty : Difficulty.values()) {
      backlog.add(new NamedValue(difficulty.chineseName(), (double) data.total().count(MetricColumns.openDifficulties(difficulty))));
    }
    charts.put("difficulties", ReportCharts.bars("未解决困难（按类型）", backlog, "企业困难数"));
    return charts;
  }

  private List<MetricRow> rankedCounties() {
    List<MetricRow> counties = new ArrayList<>(data.counties());
    counties.sort(
        Comparator.comparing((MetricRow row) -> row.rate("resumption_rate"), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(row -> row.text("county_code")));
    return counties;
  }

  private void titleBlock(PdfCanvas canvas) {
    canvas.heading(title(), 18);
    List<String> names = rankedCounties().stream().map(row -> row.text("county_name")).sorted().toList();
    String scope =
        data.scope().cityWide()
            ? "范围：全市 " + data.counties().size() + " 个县市区"
            : "包县：" + String.join("、", data.counties().stream().map(row -> row.text("county_name")).toList()) + "（按" + Formats.chineseDate(data.reportDate()) + "分工）";
    canvas.paragraph("报告日期：" + Formats.chineseDate(data.reportDate()) + "　　" + scope, 10);
    if (names.isEmpty()) {
      canvas.paragraph("当日没有分包的县市区。", 10);
    }
    canvas.gap(6);
  }

  private void headline(PdfCanvas canvas) {
    canvas.heading("一、主要指标（较前日、近7日变化单位为百分点）", 12, 160);
    MetricRow total = data.total();
    String[][] figures = {
      {"复工率", "resumption_rate", "resumed", "enterprises", "家"},
      {"规上复工率", "above_scale_resumption_rate", "above_scale_resumed", "above_scale_enterprises", "家"},
      {"复工企业到岗率", "employee_return_rate", "employees_on_duty", "normal_employees_of_resumed", "人"},
      {"产能恢复率", "capacity_recovery_rate", "output_of_resumed", "normal_output", "万元"},
      {"防控措施全部落实率", "full_compliance_rate", "fully_compliant", "assessed", "家"},
      {"报送率", "coverage", "reported", "enterprises", "家"}
    };
    float boxWidth = (canvas.width() - 2 * 8) / 3;
    float boxHeight = 72;
    for (int row = 0; row < 2; row++) {
      float top = canvas.reserve(boxHeight + 8);
      for (int column = 0; column < 3; column++) {
        String[] figure = figures[row * 3 + column];
        Double rate = total.rate(figure[1]);
        String numerator = figure[4].equals("万元") ? Formats.amount(total.rate(figure[2])) : Long.toString(total.count(figure[2]));
        String denominator = figure[4].equals("万元") ? Formats.amount(total.rate(figure[3])) : Long.toString(total.count(figure[3]));
        String detail =
            "较前日 " + Formats.points(total.rate(figure[1] + "_change_1d")) + " · 近7日 " + Formats.points(total.rate(figure[1] + "_change_7d"))
                + "\n" + numerator + " / " + denominator + " " + figure[4];
        canvas.figureBox(PdfCanvas.MARGIN + column * (boxWidth + 8), top, boxWidth, boxHeight, figure[0], Formats.percent(rate), detail, accent(figure[1], rate));
      }
    }
    canvas.paragraph(
        "企业 " + total.count("enterprises") + " 家：复工 " + total.count("resumed") + "、停产 " + total.count("stopped") + "、满负荷 "
            + total.count("full_load") + "、减产 " + total.count("reduced") + "；当日报送 " + total.count("reported") + "、沿用前两日 "
            + total.count("carried") + "、无报送 " + total.count("unknown") + "。可疑症状 " + total.count("suspected") + " 人，隔离观察 "
            + total.count("isolated") + " 人，确诊 " + total.count("confirmed") + " 例；未解决困难 " + total.count("open_difficulties") + " 项。",
        9.5f);
    canvas.gap(6);
  }

  private Color accent(String rateColumn, Double rate) {
    RagStatus status =
        switch (rateColumn) {
          case "full_compliance_rate" -> RagStatus.of(rate, thresholds.complianceGreen(), thresholds.complianceAmber());
          case "capacity_recovery_rate" -> RagStatus.of(rate, thresholds.capacityGreen(), thresholds.capacityAmber());
          default -> RagStatus.of(rate, thresholds.resumptionGreen(), thresholds.resumptionAmber());
        };
    return status.color();
  }

  private static Color fill(RagStatus status) {
    return switch (status) {
      case GREEN -> GREEN_FILL;
      case AMBER -> AMBER_FILL;
      case RED -> RED_FILL;
      case NONE -> null;
    };
  }

  private String caveated(MetricRow row, String rateColumn, String denominatorColumn) {
    String text = Formats.percent(row.rate(rateColumn));
    long denominator = row.count(denominatorColumn);
    return row.rate(rateColumn) != null && denominator < thresholds.minimumDenominator() ? text + "*" : text;
  }

  private void ranking(PdfCanvas canvas) {
    canvas.heading("二、县市区排名（按复工率）", 12);
    List<Column> columns =
        List.of(
            new Column("排名", 28, true),
            new Column("县市区", 52, false),
            new Column("局领导", 44, false),
            new Column("责任科室", 70, false),
            new Column("复工率", 50, true),
            new Column("规上复工率", 56, true),
            new Column("产能恢复率", 56, true),
            new Column("全部落实率", 56, true),
            new Column("报送", 50, false),
            new Column("企业数", 49, true));
    List<List<Cell>> rows = new ArrayList<>();
    int rank = 0;
    for (MetricRow county : rankedCounties()) {
      rank++;
      String status = submissionLabel(county.text("submission_status"));
      rows.add(
          List.of(
              Cell.of(Integer.toString(rank)),
              Cell.of(county.text("county_name")),
              Cell.of(county.text("leader")),
              Cell.of(county.text("section")),
              new Cell(caveated(county, "resumption_rate", "enterprises"), fill(RagStatus.of(county.rate("resumption_rate"), thresholds.resumptionGreen(), thresholds.resumptionAmber()))),
              new Cell(caveated(county, "above_scale_resumption_rate", "above_scale_enterprises"), fill(RagStatus.of(county.rate("above_scale_resumption_rate"), thresholds.resumptionGreen(), thresholds.resumptionAmber()))),
              new Cell(Formats.percent(county.rate("capacity_recovery_rate")), fill(RagStatus.of(county.rate("capacity_recovery_rate"), thresholds.capacityGreen(), thresholds.capacityAmber()))),
              new Cell(caveated(county, "full_compliance_rate", "assessed"), fill(RagStatus.of(county.rate("full_compliance_rate"), thresholds.complianceGreen(), thresholds.complianceAmber()))),
              new Cell(status, county.text("submission_status").equals("ON_TIME") ? null : RED_FILL),
              Cell.of(Long.toString(county.count("enterprises")))));
    }
    canvas.table(columns, rows, 8.5f);
    canvas.paragraph(
        String.format(
            Locale.ROOT,
            "颜色：复工率 绿 ≥ %.0f%%、黄 ≥ %.0f%%、红 < %.0f%%；产能恢复率 绿 ≥ %.0f%%、黄 ≥ %.0f%%；全部落实率 绿 ≥ %.0f%%、黄 ≥ %.0f%%。"
                + "* 表示该比率的分母不足 %d 家企业，仅供参考。",
            thresholds.resumptionGreen() * 100,
            thresholds.resumptionAmber() * 100,
            thresholds.resumptionAmber() * 100,
            thresholds.capacityGreen() * 100,
            thresholds.capacityAmber() * 100,
            thresholds.complianceGreen() * 100,
            thresholds.complianceAmber() * 100,
            thresholds.minimumDenominator()),
        7.5f,
        new Color(0x66, 0x66, 0x66));
    canvas.gap(4);
  }

  private static String submissionLabel(String status) {
    return switch (status) {
      case "ON_TIME" -> "按时";
      case "LATE" -> "迟报";
      case "MISSING" -> "未报";
      default -> status;
    };
  }

  private void difficulties(PdfCanvas canvas, JFreeChart chart) {
    canvas.heading("五、企业困难（一企一策）", 12, 200);
    canvas.chart(chart, canvas.width(), 200);
    if (!data.scope().cityWide() || !data.openCases().isEmpty()) {
      List<MetricRow> cases = new ArrayList<>(data.openCases());
      cases.sort(Comparator.comparing((MetricRow row) -> -row.count("days_open")).thenComparing(row -> row.text("enterprise_name")));
      List<MetricRow> shown = data.scope().cityWide() ? cases.subList(0, Math.min(15, cases.size())) : cases;
      canvas.paragraph(
          (data.scope().cityWide() ? "持续时间最长的未解决困难（前 " + shown.size() + " 项，共 " + cases.size() + " 项）：" : "分包县市区未解决的企业困难（共 " + cases.size() + " 项）："),
          9.5f);
      List<List<Cell>> rows = new ArrayList<>();
      for (MetricRow row : shown) {
        rows.add(
            List.of(
                Cell.of(row.text("enterprise_name")),
                Cell.of(row.text("county_name")),
                Cell.of(row.text("difficulty_name")),
                Cell.of(row.text("opened_on")),
                new Cell(Long.toString(row.count("days_open")), row.count("days_open") > 7 ? RED_FILL : null)));
      }
      if (!rows.isEmpty()) {
        canvas.table(
            List.of(new Column("企业", 200, false), new Column("县市区", 60, false), new Column("困难", 110, false), new Column("提出日期", 70, false), new Column("已持续(天)", 71, true)),
            rows,
            8.5f);
      }
    }
  }

  private void alerts(PdfCanvas canvas) {
    canvas.heading("六、督导提醒（" + data.alerts().size() + " 条）", 12);
    if (data.alerts().isEmpty()) {
      canvas.paragraph("当日无督导提醒。", 9.5f);
      return;
    }
    List<MetricRow> alerts = new ArrayList<>(data.alerts());
    List<String> severities = List.of("HIGH", "MEDIUM", "LOW");
    List<String> kinds = new ArrayList<>(ALERT_KINDS.keySet());
    alerts.sort(
        Comparator.comparing((MetricRow row) -> severities.indexOf(row.text("severity")))
            .thenComparing(row -> kinds.indexOf(row.text("kind")))
            .thenComparing(row -> row.text("county_code"))
            .thenComparing(row -> row.text("message")));
    List<List<Cell>> rows = new ArrayList<>();
    for (MetricRow alert : alerts) {
      String severity = alert.text("severity");
      rows.add(
          List.of(
              new Cell(severityLabel(severity), severity.equals("HIGH") ? RED_FILL : severity.equals("MEDIUM") ? AMBER_FILL : null),
              Cell.of(ALERT_KINDS.getOrDefault(alert.text("kind"), alert.text("kind"))),
              Cell.of(alert.text("county_name")),
              Cell.of(alert.text("leader")),
              Cell.of(alert.text("message"))));
    }
    canvas.table(
        List.of(new Column("级别", 30, false), new Column("类型", 66, false), new Column("县市区", 50, false), new Column("督办领导", 46, false), new Column("内容", 319, false)),
        rows,
        8);
  }

  private static String severityLabel(String severity) {
    return switch (severity) {
      case "HIGH" -> "高";
      case "MEDIUM" -> "中";
      default -> "低";
    };
  }

  private void submissions(PdfCanvas canvas) {
    canvas.heading("七、报送情况（截止时间当日 20:00）", 12);
    List<List<Cell>> rows = new ArrayList<>();
    for (MetricRow county : data.counties().stream().sorted(Comparator.comparing(row -> row.text("county_code"))).toList()) {
      String status = county.text("submission_status");
      if (!status.equals("ON_TIME")) {
        rows.add(
            List.of(
                Cell.of(county.text("county_name")),
                new Cell(submissionLabel(status), RED_FILL),
                Cell.of(county.values().get("first_arrival") == null ? "—" : Formats.time((java.time.Instant) county.values().get("first_arrival"))),
                Cell.of(county.text("leader"))));
      }
    }
    if (rows.isEmpty()) {
      canvas.paragraph("所有县市区均按时报送。", 9.5f);
    } else {
      canvas.table(List.of(new Column("县市区", 90, false), new Column("状态", 60, false), new Column("首个文件到达", 120, false), new Column("督办领导", 80, false)), rows, 8.5f);
    }
  }

  private void forecasts(PdfCanvas canvas) {
    canvas.heading("八、趋势预测（近7日最小二乘直线）", 12);
    Map<String, String> metrics = Map.of("resumption_rate", "复工率", "above_scale_resumption_rate", "规上复工率", "capacity_recovery_rate", "产能恢复率");
    Map<String, String> statuses = Map.of("REACHED", "已达目标", "ON_TRACK", "按趋势可达", "NO_PROGRESS", "无进展", "INSUFFICIENT_DATA", "数据不足");
    List<MetricRow> forecasts = new ArrayList<>(data.forecasts());
    forecasts.sort(
        Comparator.comparing((MetricRow row) -> row.text("unit_type").equals("county") ? 1 : 0)
            .thenComparing(row -> row.text("unit"))
            .thenComparing(row -> List.of("resumption_rate", "above_scale_resumption_rate", "capacity_recovery_rate").indexOf(row.text("metric"))));
    List<List<Cell>> rows = new ArrayList<>();
    for (MetricRow forecast : forecasts) {
      String status = forecast.text("status");
      Object slope = forecast.values().get("slope_per_day");
      Object r2 = forecast.values().get("r2");
      rows.add(
          List.of(
              Cell.of(forecast.text("unit_name")),
              Cell.of(metrics.getOrDefault(forecast.text("metric"), forecast.text("metric"))),
              Cell.of(Formats.percent(forecast.rate("value"))),
              Cell.of(Formats.percent(forecast.rate("target"))),
              Cell.of(slope == null ? "—" : String.format(Locale.ROOT, "%+.2f", ((Number) slope).doubleValue())),
              Cell.of(r2 == null ? "—" : String.format(Locale.ROOT, "%.2f", ((Number) r2).doubleValue())),
              new Cell(forecast.values().get("projected_date") == null ? "—" : forecast.text("projected_date"), status.equals("NO_PROGRESS") ? RED_FILL : null),
              Cell.of(statuses.getOrDefault(status, status))));
    }
    canvas.table(
        List.of(
            new Column("单位", 70, false),
            new Column("指标", 64, false),
            new Column("当日", 50, true),
            new Column("目标", 44, true),
            new Column("斜率(点/日)", 62, true),
            new Column("R²", 40, true),
            new Column("预计达标日期", 84, false),
            new Column("状态", 97, false)),
        rows,
        8);
  }

  private void laggards(PdfCanvas canvas) {
    canvas.heading("九、落后名单", 12);
    List<MetricRow> ranked = rankedCounties();
    List<MetricRow> bottom = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - 3), ranked.size()));
    java.util.Collections.reverse(bottom);
    Double reference = data.total().rate("resumption_rate");
    StringBuilder text = new StringBuilder("复工率最低的县市区：");
    for (MetricRow county : bottom) {
      Double rate = county.rate("resumption_rate");
      text.append(county.text("county_name")).append(" ").append(Formats.percent(rate));
      if (rate != null && reference != null) {
        text.append("（低于").append(data.scope().cityWide() ? "全市 " : "合计 ").append(Formats.points(reference - rate).replace("+", "")).append(" 个百分点）");
      }
      text.append("；");
    }
    canvas.paragraph(text.toString(), 9.5f);
    List<List<Cell>> rows = new ArrayList<>();
    for (MetricRow enterprise : data.keyEnterprisesBehind()) {
      Double output = enterprise.rate("output_value");
      Double normal = enterprise.rate("normal_daily_output");
      String share = output == null || normal == null || normal == 0 ? "—" : Formats.percent(output / normal);
      rows.add(
          List.of(
              Cell.of(enterprise.text("enterprise_name")),
              Cell.of(enterprise.text("county_name")),
              new Cell(Boolean.TRUE.equals(enterprise.values().get("resumed")) ? "已复工" : "未复工", Boolean.TRUE.equals(enterprise.values().get("resumed")) ? null : RED_FILL),
              Cell.of(share),
              Cell.of(statusLabel(enterprise.text("status")))));
    }
    if (rows.isEmpty()) {
      canvas.paragraph("重点企业均已复工且产能不低于正常的 50%。", 9.5f);
    } else {
      canvas.paragraph("进度最慢的重点企业（未复工在前，其次按产值占正常日产值的比例）：", 9.5f);
      canvas.table(
          List.of(new Column("企业", 220, false), new Column("县市区", 70, false), new Column("状态", 60, false), new Column("产值/正常", 70, true), new Column("数据来源", 91, false)),
          rows,
          8.5f);
    }
  }

  private static String statusLabel(String status) {
    return switch (status) {
      case "FRESH" -> "当日报送";
      case "CARRIED" -> "沿用前日";
      default -> "无报送";
    };
  }

  private void dataQuality(PdfCanvas canvas) {
    canvas.heading("十、数据质量", 12);
    List<List<Cell>> rows = new ArrayList<>();
    for (MetricRow county : data.counties().stream().sorted(Comparator.comparing(row -> row.text("county_code"))).toList()) {
      Map<String, Long> reasons = data.quarantineReasons().getOrDefault(county.text("county_code"), Map.of());
      String reasonText =
          reasons.isEmpty()
              ? "—"
              : String.join(
                  "、",
                  reasons.entrySet().stream()
                      .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                      .map(entry -> entry.getKey() + "×" + entry.getValue())
                      .toList());
      long enterprises = county.count("enterprises");
      Double carriedShare = enterprises == 0 ? null : (double) county.count("carried") / enterprises;
      Double unknownShare = enterprises == 0 ? null : (double) county.count("unknown") / enterprises;
      rows.add(
          List.of(
              Cell.of(county.text("county_name")),
              Cell.of(Long.toString(county.count("rows_read"))),
              new Cell(Long.toString(county.count("quarantined_rows")), county.rate("quarantined_share") != null && county.rate("quarantined_share") > 0.05 ? AMBER_FILL : null),
              Cell.of(reasonText),
              Cell.of(Formats.percent(carriedShare)),
              Cell.of(Formats.percent(unknownShare))));
    }
    canvas.table(
        List.of(
            new Column("县市区", 54, false),
            new Column("读取行", 42, true),
            new Column("隔离行", 42, true),
            new Column("隔离原因", 255, false),
            new Column("沿用前日", 59, true),
            new Column("无报送", 59, true)),
        rows,
        8);
  }

  private void definitions(PdfCanvas canvas) {
    canvas.heading("指标说明", 11);
    String[] notes = {
      "企业数：企业名录中该范围的企业。企业当日状态取当日报送；当日未报送的，沿用前两日内最近一次报送（沿用前日）；仍无的视为未复工（无报送）。",
      "复工率 = 复工企业数 / 企业数；规上复工率 = 规上复工企业数 / 规上企业数；报送率 = 当日报送企业数 / 企业数。",
      "复工企业到岗率 = 复工企业到岗人数之和 / 复工企业正常用工人数之和；产能恢复率 = 复工企业当日产值之和 / 全部企业正常日产值之和。",
      "满负荷：复工且产值 ≥ 正常日产值的 90%；减产：复工且产值 < 50%；停产 = 企业数 − 复工企业数。",
      "防控措施：以当日报送且已复工的企业为分母。单项落实率 = 落实该项的企业 / 分母；全部落实率 = 18 项全部落实的企业 / 分母；合规得分 = 落实项数之和 /（18 × 分母）。"
          + "W5（宿舍）在填报了宿舍间数、住宿人数和面积时按每间 ≤ 6 人、人均 ≥ 2.5㎡ 判定。",
      "局领导、全市、行业、规模的比率均由分子、分母分别加总后计算，不是县市区比率的平均。分母为 0 的比率显示为“—”。",
      "报送：当日 20:00（含）前收到首个文件为按时，之后为迟报，未收到为未报。可疑、隔离、确诊人数只计当日报送。",
      "困难：企业首次报告某类困难即立案，此后报告不再列出该困难之日为解决日；已持续天数计至报告日。",
      "预测：近 7 日比率的最小二乘直线，斜率单位为百分点/日；预计达标日期为直线达到目标（复工率、规上复工率 95%，产能恢复率 90%）的日期。",
      "个人信息（填报人、联系电话）不进入本报告。"
    };
    for (String note : notes) {
      canvas.paragraph("· " + note, 8, new Color(0x44, 0x44, 0x44));
    }
  }
}
