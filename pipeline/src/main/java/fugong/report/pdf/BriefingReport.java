package fugong.report.pdf;

import fugong.domain.ChecklistItem;
import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import fugong.report.ActionGroup;
import fugong.report.ActionItems;
import fugong.report.Appendix;
import fugong.report.Briefing;
import fugong.report.CityComparison;
import fugong.report.CountyRanking;
import fugong.report.DifficultySummary;
import fugong.report.Edition;
import fugong.report.Formats;
import fugong.report.LeaderStandings;
import fugong.report.Masthead;
import fugong.report.Overview;
import fugong.report.PowerSection;
import fugong.report.Standing;
import fugong.report.Wording;
import fugong.report.chart.NamedValue;
import fugong.report.chart.ReportCharts;
import fugong.report.chart.TrendSeries;
import fugong.report.pdf.PdfCanvas.Cell;
import fugong.report.pdf.PdfCanvas.Column;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link Briefing} as an A4 PDF/A-2b document in 公文 form, and each chart as a chart object
 * for the PNG files. The content is the model's; this class only lays it out: the 报头 with its red
 * rule and centred title, the front section 一 to 六 (at most two pages; with meter data a fifth tile
 * and one 督办 item), then 附件 on a new page (with meter data （八）电力核验 before the definitions). Body
 * text 12 pt, tables 10.5 pt; headings 一、（一）1.
 */
public final class BriefingReport {
  /**
   * The rendered report: the PDF, each chart by name, its pages and how many the front section
   * takes.
   */
  public record Rendered(byte[] pdf, Map<String, JFreeChart> charts, int pages, int frontPages) {}

  static final float BODY = 12;
  static final float TABLE = 10.5f;
  static final float HEADING = 14;
  static final float SUBHEADING = 12;

  /**
   * The trend chart takes what is left of page 2 between these heights, so the front section stays
   * on two pages.
   */
  static final float TREND_HEIGHT = 230;

  static final float TREND_MINIMUM = 140;

  /**
   * The heat map's first row: the share meeting all 18 items, which can be far below every single
   * item's rate (68 % in a county whose items are each above 90 %).
   */
  static final String FULL_COMPLIANCE_ROW = "18项全部落实";

  private static final Color RED = new Color(0xC8, 0x10, 0x10);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  private static final Color GREEN_FILL = new Color(0xD4, 0xED, 0xDA);
  private static final Color AMBER_FILL = new Color(0xFF, 0xF0, 0xC2);
  private static final Color RED_FILL = new Color(0xF8, 0xD3, 0xD3);
  private static final Color GREEN = new Color(0x2E, 0x8B, 0x57);
  private static final Color AMBER = new Color(0xC0, 0x80, 0x00);

  private final Briefing briefing;

  public BriefingReport(Briefing briefing) {
    this.briefing = briefing;
  }

  public Rendered render() {
    Map<String, JFreeChart> charts = charts();
    Masthead masthead = briefing.masthead();
    String running =
        briefing.documentTitle() + "　" + masthead.issueLabel() + "　" + masthead.cutoff();
    try (PdfCanvas canvas =
        new PdfCanvas(
            briefing.documentTitle() + " " + masthead.issueLabel(),
            fixedDate(),
            running,
            briefing.colophon().text())) {
      masthead(canvas);
      overview(canvas);
      actions(canvas);
      ranking(canvas);
      if (briefing.edition() == Edition.CITY) {
        leaders(canvas);
      } else {
        comparison(canvas);
      }
      difficulties(canvas);
      trend(canvas, charts.get("trend"));
      int frontPages = canvas.pages();
      canvas.newPage();
      appendix(canvas, charts);
      int pages = canvas.pages();
      return new Rendered(canvas.finish(documentId()), charts, pages, frontPages);
    }
  }

  /** The next morning, 08:00 Asia/Shanghai: the same for every rendering of the same report. */
  private Calendar fixedDate() {
    GregorianCalendar calendar =
        new GregorianCalendar(TimeZone.getTimeZone(fugong.domain.ProductZone.ZONE), Locale.ROOT);
    calendar.clear();
    calendar.set(
        briefing.reportDate().getYear(),
        briefing.reportDate().getMonthValue() - 1,
        briefing.reportDate().getDayOfMonth(),
        8,
        0,
        0);
    calendar.add(Calendar.DAY_OF_MONTH, 1);
    return calendar;
  }

  private byte[] documentId() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (briefing.fileStem()
                          + "|"
                          + briefing.reportDate()
                          + "|"
                          + briefing.colophon().runId())
                      .getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private Map<String, JFreeChart> charts() {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    List<TrendSeries> trend = briefing.trend().series();
    charts.put(
        "trend",
        ReportCharts.trendBand("复工率趋势（近14日）", trend.get(0), trend.subList(1, trend.size())));
    List<NamedValue> ranking = new ArrayList<>();
    for (CountyRanking.Row row : briefing.ranking().rows()) {
      ranking.add(
          new NamedValue(
              row.county(), row.resumption() == null ? null : row.resumption() / 1000.0));
    }
    var thresholds = briefing.settings().thresholds();
    charts.put(
        "ranking",
        ReportCharts.ranking(
            "县市区复工率排名", ranking, thresholds.resumptionGreen(), thresholds.resumptionAmber()));
    List<String> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    columns.add(FULL_COMPLIANCE_ROW);
    for (ChecklistItem item : ChecklistItem.values()) {
      columns.add(item.shortName());
    }
    List<Appendix.CountyChecklist> counties = briefing.appendix().checklistByCounty();
    Double[][] values = new Double[counties.size()][columns.size()];
    for (int row = 0; row < counties.size(); row++) {
      rows.add(counties.get(row).county());
      values[row][0] = counties.get(row).fullCompliance();
      for (ChecklistItem item : ChecklistItem.values()) {
        values[row][1 + item.ordinal()] = counties.get(row).rates().get(item);
      }
    }
    charts.put(
        "heatmap",
        ReportCharts.heatmap(
            "防控措施落实情况",
            rows,
            columns,
            values,
            thresholds.complianceGreen(),
            thresholds.complianceAmber()));
    List<NamedValue> backlog = new ArrayList<>();
    briefing
        .difficulties()
        .byType()
        .forEach((name, count) -> backlog.add(new NamedValue(name, (double) count)));
    charts.put("difficulties", ReportCharts.bars("未解决困难（按类型）", backlog, "项"));
    if (briefing.power() != null) {
      charts.put(
          PowerSection.CHART_NAME,
          ReportCharts.scatter(
              PowerSection.CHART_TITLE,
              briefing.power().points().stream().map(PowerSection.ScatterPoint::dot).toList(),
              "自报复工率",
              "电力复工率"));
    }
    return charts;
  }

  private void masthead(PdfCanvas canvas) {
    Masthead masthead = briefing.masthead();
    canvas.gap(6);
    canvas.centered(masthead.journal(), 30, RED);
    canvas.gap(8);
    canvas.centered(masthead.issueLabel(), BODY, TEXT);
    canvas.gap(6);
    canvas.spread(masthead.issuer(), Formats.chineseDate(masthead.issueDate()), BODY, TEXT);
    canvas.rule(RED, 2f);
    canvas.gap(4);
    canvas.centered(masthead.title(), 18, TEXT);
    canvas.centered(masthead.subtitle() + "　" + masthead.cutoff(), BODY, MUTED);
  }

  private void overview(PdfCanvas canvas) {
    Overview overview = briefing.overview();
    canvas.heading("一、总体情况", HEADING, 120);
    canvas.paragraph(overview.summary(), BODY, TEXT, 2 * BODY, 0);
    if (!overview.revisionNote().isEmpty()) {
      canvas.gap(3);
      canvas.paragraph(overview.revisionNote(), BODY, TEXT, 2 * BODY, 0);
    }
    canvas.gap(6);
    float gap = 6;
    float tileWidth =
        (canvas.width() - gap * (overview.tiles().size() - 1)) / overview.tiles().size();
    float tileHeight = 56;
    float top = canvas.reserve(tileHeight);
    for (int index = 0; index < overview.tiles().size(); index++) {
      Overview.FigureTile tile = overview.tiles().get(index);
      canvas.tile(
          PdfCanvas.MARGIN + index * (tileWidth + gap),
          top,
          tileWidth,
          tileHeight,
          tile.label(),
          tile.standing().label(),
          tile.value(),
          tile.changeText(),
          tile.target(),
          accent(tile.standing()));
    }
  }

  private void actions(PdfCanvas canvas) {
    ActionItems actions = briefing.actions();
    canvas.heading("二、今日督办事项", HEADING, 40);
    if (actions.items().isEmpty()) {
      canvas.paragraph("今日无督办事项。", BODY, TEXT, 2 * BODY, 0);
      return;
    }
    int number = 0;
    for (ActionGroup group : actions.items()) {
      number++;
      String text = ActionItems.line(number, group);
      canvas.paragraph(text, BODY, group.severity() == Severity.HIGH ? RED : TEXT, 0, 1.5f * BODY);
    }
    if (actions.more() > 0) {
      canvas.paragraph(actions.moreText(), BODY, MUTED, 2 * BODY, 0);
    }
  }

  private void ranking(PdfCanvas canvas) {
    CountyRanking ranking = briefing.ranking();
    canvas.heading("三、县市区排名", HEADING, 80);
    List<Column> columns =
        List.of(
            new Column("全市名次", 52, true),
            new Column("县市区", 62, false),
            new Column("包县领导", 52, false),
            new Column("复工率", 56, true),
            new Column("较前日", 48, true),
            new Column("产能恢复率", 60, true),
            new Column("全部落实率", 60, true),
            new Column("督办事项", 50, true),
            new Column("评价", 71, false));
    List<List<Cell>> rows = new ArrayList<>();
    for (CountyRanking.Row row : ranking.rows()) {
      Color mark = row.bottomThree() ? RED_FILL : null;
      rows.add(
          List.of(
              new Cell(Integer.toString(row.cityRank()), mark),
              new Cell(row.county(), mark),
              Cell.of(row.leader()),
              new Cell(
                  Formats.percentOfTenths(row.resumption()) + (row.thinResumption() ? "*" : ""),
                  fill(row.resumptionStanding())),
              Cell.of(Formats.signedPoints(row.resumptionChange())),
              new Cell(Formats.percentOfTenths(row.capacity()), fill(row.capacityStanding())),
              new Cell(
                  Formats.percentOfTenths(row.compliance()) + (row.thinCompliance() ? "*" : ""),
                  fill(row.complianceStanding())),
              Cell.of(Integer.toString(row.actions())),
              new Cell(
                  row.resumptionStanding().label() + (row.bottomThree() ? "　末三位" : ""), mark)));
    }
    canvas.table(columns, rows, TABLE);
    canvas.paragraph(ranking.note(), TABLE, MUTED);
  }

  private void leaders(PdfCanvas canvas) {
    LeaderStandings leaders = briefing.leaders();
    canvas.heading("四、分包领导情况", HEADING, 100);
    canvas.paragraph(leaders.summary(), BODY, TEXT, 2 * BODY, 0);
    List<List<Cell>> rows = new ArrayList<>();
    for (LeaderStandings.Row row : leaders.rows()) {
      rows.add(
          List.of(
              Cell.of(Integer.toString(row.rank())),
              Cell.of(row.leader()),
              Cell.of(Wording.list(row.counties())),
              Cell.of(Long.toString(row.enterprises())),
              Cell.of(Formats.percentOfTenths(row.resumption())),
              Cell.of(Formats.signedPoints(row.resumptionChange())),
              Cell.of(Formats.percentOfTenths(row.capacity())),
              Cell.of(Formats.percentOfTenths(row.compliance())),
              Cell.of(Integer.toString(row.actions()))));
    }
    canvas.table(
        List.of(
            new Column("名次", 34, true),
            new Column("局领导", 48, false),
            new Column("分包县市区", 129, false),
            new Column("企业数", 42, true),
            new Column("复工率", 50, true),
            new Column("较前日", 44, true),
            new Column("产能恢复率", 58, true),
            new Column("全部落实率", 58, true),
            new Column("督办事项", 48, true)),
        rows,
        TABLE);
  }

  private void comparison(PdfCanvas canvas) {
    CityComparison comparison = briefing.comparison();
    canvas.heading("四、与全市比较", HEADING, 100);
    canvas.paragraph(comparison.summary(), BODY, TEXT, 2 * BODY, 0);
    List<List<Cell>> rows = new ArrayList<>();
    for (CityComparison.Row row : comparison.rows()) {
      rows.add(comparisonRow(row, "第" + row.cityRank() + "位"));
    }
    rows.add(comparisonRow(comparison.leaderTotal(), "—"));
    rows.add(comparisonRow(comparison.city(), "—"));
    canvas.table(
        List.of(
            new Column("县市区", 90, false),
            new Column("全市名次", 55, true),
            new Column("复工率", 54, true),
            new Column("与全市比较", 64, true),
            new Column("产能恢复率", 60, true),
            new Column("与全市比较", 64, true),
            new Column("全部落实率", 60, true),
            new Column("与全市比较", 64, true)),
        rows,
        TABLE);
    canvas.paragraph(comparison.note(), TABLE, MUTED);
  }

  private static List<Cell> comparisonRow(CityComparison.Row row, String rank) {
    return List.of(
        Cell.of(row.name()),
        Cell.of(rank),
        Cell.of(Formats.percentOfTenths(row.resumption())),
        Cell.of(
            row.resumptionAgainstCity() == null
                ? ""
                : Wording.againstShort(row.resumptionAgainstCity())),
        Cell.of(Formats.percentOfTenths(row.capacity())),
        Cell.of(
            row.capacityAgainstCity() == null
                ? ""
                : Wording.againstShort(row.capacityAgainstCity())),
        Cell.of(Formats.percentOfTenths(row.compliance())),
        Cell.of(
            row.complianceAgainstCity() == null
                ? ""
                : Wording.againstShort(row.complianceAgainstCity())));
  }

  private void difficulties(PdfCanvas canvas) {
    DifficultySummary difficulties = briefing.difficulties();
    canvas.heading("五、企业困难", HEADING, 80);
    canvas.paragraph(difficulties.summary(), BODY, TEXT, 2 * BODY, 0);
    if (!difficulties.top().isEmpty()) {
      canvas.table(difficultyColumns(), difficultyRows(difficulties.top()), TABLE);
    }
  }

  private static List<Column> difficultyColumns() {
    return List.of(
        new Column("企业", 152, false),
        new Column("县市区", 58, false),
        new Column("困难及已持续天数", 196, false),
        new Column("责任科室", 105, false));
  }

  private static List<List<Cell>> difficultyRows(List<DifficultySummary.EnterpriseCases> cases) {
    List<List<Cell>> rows = new ArrayList<>();
    for (DifficultySummary.EnterpriseCases enterprise : cases) {
      rows.add(
          List.of(
              Cell.of(enterprise.enterprise()),
              Cell.of(enterprise.county()),
              Cell.of(Wording.list(enterprise.difficulties())),
              Cell.of(enterprise.section())));
    }
    return rows;
  }

  private void trend(PdfCanvas canvas, JFreeChart chart) {
    canvas.heading("六、趋势", HEADING, 2 * BODY * 1.5f + TREND_MINIMUM);
    if (!briefing.trend().summary().isEmpty()) {
      canvas.paragraph(briefing.trend().summary(), BODY, TEXT, 2 * BODY, 0);
    }
    canvas.chart(
        chart,
        canvas.width(),
        Math.min(TREND_HEIGHT, Math.max(TREND_MINIMUM, canvas.remaining() - 8)));
  }

  /** The height of the scatter chart, drawn across the page. */
  static final float POWER_CHART_HEIGHT = 330;

  /**
   * Appendix （八）电力核验: the headline, the counties that over-report most, the county table (most
   * over-reported first), the scatter chart and the flagged enterprises.
   */
  private void power(PdfCanvas canvas, JFreeChart chart) {
    PowerSection power = briefing.power();
    canvas.heading(PowerSection.APPENDIX_HEADING, SUBHEADING, 60);
    canvas.paragraph(power.headline(), BODY, TEXT, 2 * BODY, 0);
    canvas.paragraph(power.gaps(), BODY, TEXT, 2 * BODY, 0);
    canvas.gap(4);
    List<List<Cell>> rows = new ArrayList<>();
    for (PowerSection.Row row : power.rows()) {
      rows.add(
          List.of(
              Cell.of(row.name()),
              Cell.of(Formats.percentOfTenths(row.selfReported())),
              Cell.of(Formats.percentOfTenths(row.powerResumption())),
              Cell.of(Formats.percentOfTenths(row.consumptionRecovery())),
              Cell.of(PowerSection.indexOfTenths(row.index())),
              Cell.of(Formats.percentOfTenths(row.coverage())),
              flagCell(row.doubtful()),
              flagCell(row.unreported()),
              flagCell(row.divergence())));
    }
    canvas.table(
        List.of(
            new Column("县市区", 70, false),
            new Column("自报复工率", 58, true),
            new Column("电力复工率", 58, true),
            new Column("用电恢复率", 58, true),
            new Column("指数", 40, true),
            new Column("覆盖率", 50, true),
            new Column("复工存疑", 52, true),
            new Column("用电未报", 52, true),
            new Column("产值电量背离", 73, true)),
        rows,
        TABLE);
    canvas.paragraph(power.note(), TABLE, MUTED);
    canvas.chart(chart, canvas.width(), POWER_CHART_HEIGHT);
    canvas.heading(PowerSection.FLAGGED_HEADING, BODY, 40);
    powerFlags(canvas);
  }

  private static Cell flagCell(long enterprises) {
    return new Cell(Long.toString(enterprises), enterprises > 0 ? AMBER_FILL : null);
  }

  private void appendix(PdfCanvas canvas, Map<String, JFreeChart> charts) {
    Appendix appendix = briefing.appendix();
    canvas.centered("附件", 16, TEXT);
    canvas.gap(4);

    canvas.heading("（一）县市区详细指标", SUBHEADING, 80);
    List<List<Cell>> rates = new ArrayList<>();
    List<List<Cell>> counts = new ArrayList<>();
    for (Appendix.CountyDetail county : appendix.counties()) {
      rates.add(
          List.of(
              Cell.of(county.county()),
              Cell.of(Long.toString(county.enterprises())),
              Cell.of(Formats.percentOfTenths(county.coverage())),
              Cell.of(Formats.percentOfTenths(county.resumption())),
              Cell.of(Formats.percentOfTenths(county.aboveScale())),
              Cell.of(Formats.percentOfTenths(county.employeeReturn())),
              Cell.of(Formats.percentOfTenths(county.capacity())),
              Cell.of(Long.toString(county.openDifficulties()))));
      counts.add(
          List.of(
              Cell.of(county.county()),
              Cell.of(Long.toString(county.resumed())),
              Cell.of(Long.toString(county.fullLoad())),
              Cell.of(Long.toString(county.partial())),
              Cell.of(Long.toString(county.reduced())),
              Cell.of(Long.toString(county.stopped())),
              Cell.of(Long.toString(county.suspected())),
              Cell.of(Long.toString(county.isolated())),
              Cell.of(Long.toString(county.confirmed()))));
    }
    canvas.table(
        List.of(
            new Column("县市区", 97, false),
            new Column("企业数", 50, true),
            new Column("报送率", 56, true),
            new Column("复工率", 56, true),
            new Column("规上复工率", 64, true),
            new Column("到岗率", 56, true),
            new Column("产能恢复率", 64, true),
            new Column("未解决困难", 68, true)),
        rates,
        TABLE);
    canvas.table(
        List.of(
            new Column("县市区", 97, false),
            new Column("复工", 50, true),
            new Column("满负荷", 52, true),
            new Column("部分恢复", 56, true),
            new Column("减产", 46, true),
            new Column("停产", 50, true),
            new Column("可疑症状", 56, true),
            new Column("隔离观察", 56, true),
            new Column("确诊", 48, true)),
        counts,
        TABLE);
    canvas.paragraph("满负荷、部分恢复、减产三者之和为复工企业数；复工与停产之和为企业数。", TABLE, MUTED);
    canvas.chart(charts.get("ranking"), canvas.width(), 40 + 18 * appendix.counties().size());

    canvas.heading("（二）督导提醒明细（按类型）", SUBHEADING, 60);
    if (appendix.alertGroups().isEmpty()) {
      canvas.paragraph("当日无督导提醒。", BODY, TEXT, 2 * BODY, 0);
    }
    int number = 0;
    for (ActionGroup group : appendix.alertGroups()) {
      number++;
      canvas.heading(
          number
              + ". "
              + group.kind().title()
              + "（"
              + group.severity().label()
              + "，"
              + group.findings()
              + group.unit()
              + "）",
          BODY,
          30);
      for (ActionGroup.CountyFindings county : group.counties()) {
        canvas.paragraph(
            county.county()
                + "（"
                + county.leader()
                + " · "
                + county.section()
                + "）："
                + Wording.list(county.findings())
                + "。",
            TABLE,
            TEXT,
            2 * TABLE,
            2 * TABLE);
      }
    }

    canvas.heading("（三）重点企业进度滞后名单", SUBHEADING, 60);
    if (appendix.laggards().isEmpty()) {
      canvas.paragraph("重点企业均已复工且产值不低于正常日产值的50%。", BODY, TEXT, 2 * BODY, 0);
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.Laggard laggard : appendix.laggards()) {
        rows.add(
            List.of(
                Cell.of(laggard.enterprise()),
                Cell.of(laggard.county()),
                new Cell(laggard.resumed() ? "已复工" : "未复工", laggard.resumed() ? null : RED_FILL),
                Cell.of(Formats.percentOfTenths(laggard.outputShare())),
                Cell.of(laggard.status().label())));
      }
      canvas.table(
          List.of(
              new Column("企业", 210, false),
              new Column("县市区", 70, false),
              new Column("状态", 60, false),
              new Column("产值占正常", 80, true),
              new Column("数据来源", 91, false)),
          rows,
          TABLE);
    }

    canvas.heading("（四）一企一策台账（未解决的企业困难）", SUBHEADING, 60);
    if (appendix.ledger().isEmpty()) {
      canvas.paragraph("当日无未解决的企业困难。", BODY, TEXT, 2 * BODY, 0);
    } else {
      canvas.table(difficultyColumns(), difficultyRows(appendix.ledger()), TABLE);
      canvas.chart(charts.get("difficulties"), canvas.width(), 170);
    }

    canvas.heading("（五）防控措施落实低于要求的项目", SUBHEADING, 60);
    if (appendix.checklist().isEmpty()) {
      canvas.paragraph("各项防控措施落实率均不低于要求。", BODY, TEXT, 2 * BODY, 0);
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.ChecklistShortfall shortfall : appendix.checklist()) {
        rows.add(
            List.of(
                Cell.of(shortfall.item().shortName()),
                Cell.of(Formats.percentOfTenths(shortfall.total())),
                Cell.of(Wording.list(shortfall.countiesBelow()))));
      }
      canvas.table(
          List.of(
              new Column("项目", 220, false),
              new Column(briefing.edition() == Edition.CITY ? "全市" : "分包合计", 60, true),
              new Column("低于要求的县市区", 231, false)),
          rows,
          TABLE);
    }
    canvas.chart(
        charts.get("heatmap"),
        canvas.width(),
        ReportCharts.heatmapHeight(1 + ChecklistItem.values().length) * canvas.width() / 900);

    canvas.heading("（六）趋势预测（仅列无进展或预计延迟的）", SUBHEADING, 60);
    if (appendix.forecasts().isEmpty()) {
      canvas.paragraph("各项比率均已达标或按趋势可如期达标。", BODY, TEXT, 2 * BODY, 0);
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.ForecastException forecast : appendix.forecasts()) {
        rows.add(
            List.of(
                Cell.of(forecast.unit()),
                Cell.of(forecast.metric().label()),
                Cell.of(Formats.percentOfTenths(forecast.value())),
                Cell.of(Formats.percentOfTenths(forecast.target())),
                Cell.of(Formats.signedHundredths(forecast.slopeHundredths())),
                Cell.of(forecast.verdict())));
      }
      canvas.table(
          List.of(
              new Column("单位", 100, false),
              new Column("指标", 80, false),
              new Column("当日", 56, true),
              new Column("目标", 50, true),
              new Column("日均变化", 60, true),
              new Column("判断", 165, false)),
          rows,
          TABLE);
    }

    canvas.heading("（七）报送及时性与数据质量（供运行监测科）", SUBHEADING, 60);
    List<List<Cell>> quality = new ArrayList<>();
    for (Appendix.DataQuality county : appendix.dataQuality()) {
      quality.add(
          List.of(
              Cell.of(county.county()),
              new Cell(
                  county.status() == null ? "—" : county.status().label(),
                  county.status() == SubmissionStatus.ON_TIME ? null : RED_FILL),
              Cell.of(Formats.time(county.firstArrival())),
              Cell.of(Long.toString(county.rowsRead())),
              Cell.of(Long.toString(county.rowsRejected())),
              Cell.of(county.reasons().isEmpty() ? "—" : String.join("；", county.reasons()))));
    }
    canvas.table(
        List.of(
            new Column("县市区", 62, false),
            new Column("报送", 40, false),
            new Column("首个文件到达", 100, false),
            new Column("读取行", 48, true),
            new Column("未通过", 48, true),
            new Column("未通过原因（代码）", 213, false)),
        quality,
        TABLE);

    String definitions = "（八）指标说明";
    if (briefing.power() != null) {
      power(canvas, charts.get(PowerSection.CHART_NAME));
      definitions = "（九）指标说明";
    }
    canvas.heading(definitions, SUBHEADING, 60);
    int index = 0;
    for (String definition : appendix.definitions()) {
      index++;
      canvas.paragraph(index + ". " + definition, TABLE, TEXT, 0, 1.5f * TABLE);
    }
  }

  private void powerFlags(PdfCanvas canvas) {
    PowerSection power = briefing.power();
    if (power.flagged().isEmpty()) {
      canvas.paragraph("当日无电力核验异常企业。", BODY, TEXT, 2 * BODY, 0);
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (PowerSection.FlaggedEnterprise enterprise : power.flagged()) {
      rows.add(
          List.of(
              Cell.of(enterprise.kind().label()),
              Cell.of(enterprise.county()),
              Cell.of(enterprise.enterprise()),
              Cell.of(enterprise.kilowattHours()),
              Cell.of(enterprise.baselineKilowattHours()),
              Cell.of(enterprise.finding())));
    }
    canvas.table(
        List.of(
            new Column("类型", 76, false),
            new Column("县市区", 56, false),
            new Column("企业", 140, false),
            new Column("当日用电", 60, true),
            new Column("用电基线", 60, true),
            new Column("核验情况", 119, false)),
        rows,
        TABLE);
    canvas.paragraph("当日用电、用电基线单位为千瓦时。", TABLE, MUTED);
  }

  private static Color fill(Standing standing) {
    return switch (standing) {
      case GOOD -> GREEN_FILL;
      case WATCH -> AMBER_FILL;
      case BEHIND -> RED_FILL;
      case NONE -> null;
    };
  }

  private static Color accent(Standing standing) {
    return switch (standing) {
      case GOOD -> GREEN;
      case WATCH -> AMBER;
      case BEHIND -> RED;
      case NONE -> MUTED;
    };
  }
}
