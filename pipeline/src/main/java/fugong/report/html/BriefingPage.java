package fugong.report.html;

import static fugong.report.html.Html.escape;

import fugong.domain.ChecklistItem;
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
import fugong.report.ReportThresholds;
import fugong.report.Standing;
import fugong.report.Wording;
import fugong.report.chart.ReportCharts;
import fugong.report.chart.TrendSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Briefing} as one self-contained HTML page for a phone: the same content and order
 * as the PDF's front section (报头, 一 to 六, 七 with meter data), the appendix collapsed under its
 * headings in {@code <details>}, charts as inline SVG whose captions state their figures, styles
 * inline, no script, no font file (the reader's own CJK font, see docs/decisions.md) and no URL
 * outside the report folder. Every figure and sentence is the model's; this class only marks it up.
 * The same briefing gives the same bytes.
 */
public final class BriefingPage {
  /** The file name of a briefing's HTML edition: {@code city.html}, {@code leader-赵振川.html}. */
  public static String fileName(Briefing briefing) {
    return briefing.fileStem() + ".html";
  }

  private final Briefing briefing;
  private final StringBuilder page = new StringBuilder(64 * 1024);

  public BriefingPage(Briefing briefing) {
    this.briefing = briefing;
  }

  /** The page. */
  public String render() {
    page.setLength(0);
    Masthead masthead = briefing.masthead();
    Overview.FigureTile headline = briefing.overview().tiles().get(0);
    page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(
            escape(
                briefing.documentTitle()
                    + " "
                    + masthead.issueLabel()
                    + " "
                    + Formats.chineseDate(briefing.reportDate())))
        .append("</title>\n")
        .append("<style>\n")
        .append(PageStyle.CSS)
        .append("</style>\n</head>\n");
    page.append("<body data-issue=\"")
        .append(escape(masthead.issueLabel()))
        .append("\" data-headline=\"")
        .append(escape(headline.label() + " " + headline.value()))
        .append("\">\n");
    masthead(masthead);
    page.append("<main>\n");
    overview();
    actions();
    ranking();
    if (briefing.edition() == Edition.CITY) {
      leaders();
    } else {
      comparison();
    }
    difficulties();
    trend();
    appendix();
    page.append("</main>\n<footer>\n<p>")
        .append(escape(briefing.colophon().text()))
        .append("</p>\n")
        .append("<p><a href=\"")
        .append(Html.link(briefing.fileStem() + ".pdf"))
        .append("\">PDF版（A4，含全部附件）</a>　<a href=\"../index.html\">全部日报</a></p>\n")
        .append("</footer>\n</body>\n</html>\n");
    return page.toString();
  }

  private void masthead(Masthead masthead) {
    page.append("<header class=\"masthead\">\n")
        .append("<p class=\"journal\">")
        .append(escape(masthead.journal()))
        .append("</p>\n")
        .append("<p class=\"issue\">")
        .append(escape(masthead.issueLabel()))
        .append("</p>\n")
        .append("<p class=\"issuer\"><span>")
        .append(escape(masthead.issuer()))
        .append("</span> <span>")
        .append(escape(Formats.chineseDate(masthead.issueDate())))
        .append("</span></p>\n")
        .append("<h1>")
        .append(escape(masthead.title()))
        .append("</h1>\n")
        .append("<p class=\"subtitle\">")
        .append(escape(masthead.subtitle()))
        .append(" <span class=\"cutoff\">")
        .append(escape(masthead.cutoff()))
        .append("</span></p>\n")
        .append("</header>\n");
  }

  private void section(String id, String heading) {
    page.append("<section aria-labelledby=\"")
        .append(id)
        .append("\">\n<h2 id=\"")
        .append(id)
        .append("\">")
        .append(escape(heading))
        .append("</h2>\n");
  }

  private void paragraph(String text) {
    if (!text.isEmpty()) {
      page.append("<p>").append(escape(text)).append("</p>\n");
    }
  }

  private void note(String text) {
    page.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
  }

  private void overview() {
    Overview overview = briefing.overview();
    section("overview", "一、总体情况");
    paragraph(overview.summary());
    if (!overview.revisionNote().isEmpty()) {
      page.append("<p class=\"revisions\">")
          .append(escape(overview.revisionNote()))
          .append("</p>\n");
    }
    page.append("<ul class=\"tiles\">\n");
    for (Overview.FigureTile tile : overview.tiles()) {
      page.append("<li class=\"tile ")
          .append(colour(tile.standing()))
          .append("\">")
          .append("<span class=\"tile-label\">")
          .append(escape(tile.label()))
          .append("</span>")
          .append("<span class=\"tile-value\">")
          .append(escape(tile.value()))
          .append("</span>")
          .append("<span class=\"tile-change\">")
          .append(escape(tile.changeText().isEmpty() ? "" : "较前日" + tile.changeText()))
          .append("</span>")
          .append("<span class=\"tile-target\">")
          .append(escape(tile.target()))
          .append("</span>")
          .append("<span class=\"standing\">")
          .append(escape(standing(tile.standing())))
          .append("</span>")
          .append("</li>\n");
    }
    page.append("</ul>\n</section>\n");
  }

  private void actions() {
    ActionItems actions = briefing.actions();
    section("actions", "二、今日督办事项");
    if (actions.items().isEmpty()) {
      paragraph("今日无督办事项。");
    } else {
      page.append("<ol class=\"actions\">\n");
      int number = 0;
      for (ActionGroup group : actions.items()) {
        number++;
        page.append("<li class=\"severity-")
            .append(group.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append("\">")
            .append(escape(ActionItems.line(number, group)))
            .append("</li>\n");
      }
      page.append("</ol>\n");
      if (actions.more() > 0) {
        note(actions.moreText());
      }
    }
    page.append("</section>\n");
  }

  private void ranking() {
    CountyRanking ranking = briefing.ranking();
    section("ranking", "三、县市区排名");
    List<String> headers =
        List.of("全市名次", "县市区", "包县领导", "复工率", "较前日", "产能恢复率", "全部落实率", "督办事项", "评价");
    List<List<Cell>> rows = new ArrayList<>();
    for (CountyRanking.Row row : ranking.rows()) {
      String mark = row.bottomThree() ? " bottom" : "";
      rows.add(
          List.of(
              new Cell(Integer.toString(row.cityRank()), "number"),
              new Cell(row.county(), "name" + mark),
              new Cell(row.leader(), ""),
              new Cell(
                  Formats.percentOfTenths(row.resumption()) + (row.thinResumption() ? "*" : ""),
                  "number " + colour(row.resumptionStanding())),
              new Cell(Formats.signedPoints(row.resumptionChange()), "number"),
              new Cell(
                  Formats.percentOfTenths(row.capacity()),
                  "number " + colour(row.capacityStanding())),
              new Cell(
                  Formats.percentOfTenths(row.compliance()) + (row.thinCompliance() ? "*" : ""),
                  "number " + colour(row.complianceStanding())),
              new Cell(Integer.toString(row.actions()), "number"),
              new Cell(
                  standing(row.resumptionStanding()) + (row.bottomThree() ? "　▼末三位" : ""),
                  colour(row.resumptionStanding()) + mark)));
    }
    cards(headers, 1, rows, true);
    note(
        ranking.note()
            + "颜色之外，评价另以文字和符号标出："
            + standing(Standing.GOOD)
            + "、"
            + standing(Standing.WATCH)
            + "、"
            + standing(Standing.BEHIND)
            + "。");
    page.append("</section>\n");
  }

  private void leaders() {
    LeaderStandings leaders = briefing.leaders();
    section("leaders", "四、分包领导情况");
    paragraph(leaders.summary());
    List<List<Cell>> rows = new ArrayList<>();
    for (LeaderStandings.Row row : leaders.rows()) {
      rows.add(
          List.of(
              new Cell(Integer.toString(row.rank()), "number"),
              new Cell(row.leader(), "name"),
              new Cell(Wording.list(row.counties()), ""),
              new Cell(Long.toString(row.enterprises()), "number"),
              new Cell(Formats.percentOfTenths(row.resumption()), "number"),
              new Cell(Formats.signedPoints(row.resumptionChange()), "number"),
              new Cell(Formats.percentOfTenths(row.capacity()), "number"),
              new Cell(Formats.percentOfTenths(row.compliance()), "number"),
              new Cell(Integer.toString(row.actions()), "number")));
    }
    cards(
        List.of("名次", "局领导", "分包县市区", "企业数", "复工率", "较前日", "产能恢复率", "全部落实率", "督办事项"),
        1,
        rows,
        true);
    page.append("</section>\n");
  }

  private void comparison() {
    CityComparison comparison = briefing.comparison();
    section("comparison", "四、与全市比较");
    paragraph(comparison.summary());
    List<List<Cell>> rows = new ArrayList<>();
    for (CityComparison.Row row : comparison.rows()) {
      rows.add(comparisonRow(row, "第" + row.cityRank() + "位"));
    }
    rows.add(comparisonRow(comparison.leaderTotal(), "—"));
    rows.add(comparisonRow(comparison.city(), "—"));
    cards(
        List.of("县市区", "全市名次", "复工率", "与全市比较", "产能恢复率", "与全市比较", "全部落实率", "与全市比较"), 0, rows, true);
    note(comparison.note());
    page.append("</section>\n");
  }

  private static List<Cell> comparisonRow(CityComparison.Row row, String rank) {
    return List.of(
        new Cell(row.name(), "name"),
        new Cell(rank, "number"),
        new Cell(Formats.percentOfTenths(row.resumption()), "number"),
        new Cell(
            row.resumptionAgainstCity() == null
                ? ""
                : Wording.againstShort(row.resumptionAgainstCity()),
            "number"),
        new Cell(Formats.percentOfTenths(row.capacity()), "number"),
        new Cell(
            row.capacityAgainstCity() == null
                ? ""
                : Wording.againstShort(row.capacityAgainstCity()),
            "number"),
        new Cell(Formats.percentOfTenths(row.compliance()), "number"),
        new Cell(
            row.complianceAgainstCity() == null
                ? ""
                : Wording.againstShort(row.complianceAgainstCity()),
            "number"));
  }

  private void difficulties() {
    DifficultySummary difficulties = briefing.difficulties();
    section("difficulties", "五、企业困难");
    paragraph(difficulties.summary());
    if (!difficulties.top().isEmpty()) {
      cards(DIFFICULTY_HEADERS, 0, difficultyRows(difficulties.top()));
    }
    page.append("</section>\n");
  }

  private static final List<String> DIFFICULTY_HEADERS = List.of("企业", "县市区", "困难及已持续天数", "责任科室");

  private static List<List<Cell>> difficultyRows(List<DifficultySummary.EnterpriseCases> cases) {
    List<List<Cell>> rows = new ArrayList<>();
    for (DifficultySummary.EnterpriseCases enterprise : cases) {
      rows.add(
          List.of(
              new Cell(enterprise.enterprise(), "name"),
              new Cell(enterprise.county(), ""),
              new Cell(Wording.list(enterprise.difficulties()), ""),
              new Cell(enterprise.section(), "")));
    }
    return rows;
  }

  private void trend() {
    section("trend", "六、趋势");
    paragraph(briefing.trend().summary());
    List<TrendSeries> series = briefing.trend().series();
    page.append(
        SvgFigures.trend(
            "trend-chart", "复工率趋势（近14日）", series.get(0), series.subList(1, series.size())));
    page.append("</section>\n");
  }

  /**
   * Appendix （八）电力核验: the headline, the counties that over-report most, the county table, the
   * scatter chart and the flagged enterprises.
   */
  private void power() {
    PowerSection power = briefing.power();
    paragraph(power.headline());
    paragraph(power.gaps());
    List<List<Cell>> rows = new ArrayList<>();
    for (PowerSection.Row row : power.rows()) {
      rows.add(
          List.of(
              new Cell(row.name(), "name"),
              rate(row.selfReported()),
              rate(row.powerResumption()),
              rate(row.consumptionRecovery()),
              new Cell(PowerSection.indexOfTenths(row.index()), "number"),
              rate(row.coverage()),
              flagged(row.doubtful()),
              flagged(row.unreported()),
              flagged(row.divergence())));
    }
    cards(
        List.of("县市区", "自报复工率", "电力复工率", "用电恢复率", "指数", "覆盖率", "复工存疑", "用电未报", "产值电量背离"),
        0,
        rows,
        true);
    note(power.note());
    page.append(
        SvgFigures.scatter(
            "power-chart",
            PowerSection.CHART_TITLE,
            power.points().stream().map(PowerSection.ScatterPoint::dot).toList(),
            "自报复工率",
            "电力复工率",
            ReportCharts.SCATTER_BELOW_DIAGONAL,
            power.chartText()));
    page.append("<h4>").append(escape(PowerSection.FLAGGED_HEADING)).append("</h4>\n");
    powerFlags();
  }

  /** A count of flagged enterprises: marked, in words as well as colour, when not 0. */
  private static Cell flagged(long enterprises) {
    return new Cell(
        (enterprises > 0 ? "△" : "") + enterprises, enterprises > 0 ? "number watch" : "number");
  }

  private void appendix() {
    Appendix appendix = briefing.appendix();
    page.append(
        "<section class=\"appendix\" aria-labelledby=\"appendix\">\n<h2 id=\"appendix\">附件</h2>\n");
    note("点按各项标题展开。");

    details("（一）县市区详细指标");
    List<List<Cell>> rates = new ArrayList<>();
    List<List<Cell>> counts = new ArrayList<>();
    for (Appendix.CountyDetail county : appendix.counties()) {
      rates.add(
          List.of(
              new Cell(county.county(), "name"),
              number(county.enterprises()),
              rate(county.coverage()),
              rate(county.resumption()),
              rate(county.aboveScale()),
              rate(county.employeeReturn()),
              rate(county.capacity()),
              number(county.openDifficulties())));
      counts.add(
          List.of(
              new Cell(county.county(), "name"),
              number(county.resumed()),
              number(county.fullLoad()),
              number(county.partial()),
              number(county.reduced()),
              number(county.stopped()),
              number(county.suspected()),
              number(county.isolated()),
              number(county.confirmed())));
    }
    scrollTable(
        "县市区比率", List.of("县市区", "企业数", "报送率", "复工率", "规上复工率", "到岗率", "产能恢复率", "未解决困难"), rates);
    scrollTable(
        "县市区企业数和人数", List.of("县市区", "复工", "满负荷", "部分恢复", "减产", "停产", "可疑症状", "隔离观察", "确诊"), counts);
    note("满负荷、部分恢复、减产三者之和为复工企业数；复工与停产之和为企业数。");
    List<SvgFigures.Bar> bars = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (CountyRanking.Row row : briefing.ranking().rows()) {
      String value = Formats.percentOfTenths(row.resumption());
      bars.add(
          new SvgFigures.Bar(
              row.county(),
              row.resumption() == null ? 0 : row.resumption() / 1000.0,
              value + " " + mark(row.resumptionStanding()),
              colour(row.resumptionStanding())));
      captions.add(row.county() + " " + value + "（" + row.resumptionStanding().label() + "）");
    }
    page.append(
        SvgFigures.bars(
            "ranking-chart", "县市区复工率排名", bars, "县市区复工率：" + Wording.list(captions) + "。"));
    endDetails();

    details("（二）督导提醒明细（按类型）");
    if (appendix.alertGroups().isEmpty()) {
      paragraph("当日无督导提醒。");
    }
    int number = 0;
    for (ActionGroup group : appendix.alertGroups()) {
      number++;
      page.append("<h4>")
          .append(
              escape(
                  number
                      + ". "
                      + group.kind().title()
                      + "（"
                      + group.severity().label()
                      + "，"
                      + group.findings()
                      + group.unit()
                      + "）"))
          .append("</h4>\n<ul class=\"findings\">\n");
      for (ActionGroup.CountyFindings county : group.counties()) {
        page.append("<li>")
            .append(
                escape(
                    county.county()
                        + "（"
                        + county.leader()
                        + " · "
                        + county.section()
                        + "）："
                        + Wording.list(county.findings())
                        + "。"))
            .append("</li>\n");
      }
      page.append("</ul>\n");
    }
    endDetails();

    details("（三）重点企业进度滞后名单");
    if (appendix.laggards().isEmpty()) {
      paragraph("重点企业均已复工且产值不低于正常日产值的50%。");
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.Laggard laggard : appendix.laggards()) {
        rows.add(
            List.of(
                new Cell(laggard.enterprise(), "name"),
                new Cell(laggard.county(), ""),
                new Cell(laggard.resumed() ? "已复工" : "×未复工", laggard.resumed() ? "" : "behind"),
                rate(laggard.outputShare()),
                new Cell(laggard.status().label(), "")));
      }
      cards(List.of("企业", "县市区", "状态", "产值占正常", "数据来源"), 0, rows);
    }
    endDetails();

    details("（四）一企一策台账（未解决的企业困难）");
    if (appendix.ledger().isEmpty()) {
      paragraph("当日无未解决的企业困难。");
    } else {
      cards(DIFFICULTY_HEADERS, 0, difficultyRows(appendix.ledger()));
      long largest = 1;
      for (long count : briefing.difficulties().byType().values()) {
        largest = Math.max(largest, count);
      }
      List<SvgFigures.Bar> backlog = new ArrayList<>();
      List<String> backlogText = new ArrayList<>();
      for (Map.Entry<String, Long> type : briefing.difficulties().byType().entrySet()) {
        backlog.add(
            new SvgFigures.Bar(
                type.getKey(), (double) type.getValue() / largest, type.getValue() + "项", "none"));
        backlogText.add(type.getKey() + " " + type.getValue() + "项");
      }
      page.append(
          SvgFigures.bars(
              "difficulty-chart",
              "未解决困难（按类型）",
              backlog,
              "未解决困难按类型：" + Wording.list(backlogText) + "。"));
    }
    endDetails();

    details("（五）防控措施落实低于要求的项目");
    if (appendix.checklist().isEmpty()) {
      paragraph("各项防控措施落实率均不低于要求。");
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.ChecklistShortfall shortfall : appendix.checklist()) {
        rows.add(
            List.of(
                new Cell(shortfall.item().shortName(), "name"),
                rate(shortfall.total()),
                new Cell(Wording.list(shortfall.countiesBelow()), "")));
      }
      cards(List.of("项目", briefing.edition() == Edition.CITY ? "全市" : "分包合计", "低于要求的县市区"), 0, rows);
    }
    checklistTable(appendix.checklistByCounty());
    endDetails();

    details("（六）趋势预测（仅列无进展或预计延迟的）");
    if (appendix.forecasts().isEmpty()) {
      paragraph("各项比率均已达标或按趋势可如期达标。");
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Appendix.ForecastException forecast : appendix.forecasts()) {
        rows.add(
            List.of(
                new Cell(forecast.unit(), "name"),
                new Cell(forecast.metric().label(), ""),
                rate(forecast.value()),
                rate(forecast.target()),
                new Cell(Formats.signedHundredths(forecast.slopeHundredths()), "number"),
                new Cell(forecast.verdict(), "")));
      }
      cards(List.of("单位", "指标", "当日", "目标", "日均变化", "判断"), 0, rows);
    }
    endDetails();

    details("（七）报送及时性与数据质量（供运行监测科）");
    List<List<Cell>> quality = new ArrayList<>();
    for (Appendix.DataQuality county : appendix.dataQuality()) {
      boolean onTime = county.status() == SubmissionStatus.ON_TIME;
      quality.add(
          List.of(
              new Cell(county.county(), "name"),
              new Cell(
                  county.status() == null ? "—" : (onTime ? "" : "×") + county.status().label(),
                  onTime ? "" : "behind"),
              new Cell(Formats.time(county.firstArrival()), ""),
              number(county.rowsRead()),
              number(county.rowsRejected()),
              new Cell(county.reasons().isEmpty() ? "—" : String.join("；", county.reasons()), "")));
    }
    cards(List.of("县市区", "报送", "首个文件到达", "读取行", "未通过", "未通过原因（代码）"), 0, quality);
    endDetails();

    String definitions = "（八）指标说明";
    if (briefing.power() != null) {
      details(PowerSection.APPENDIX_HEADING);
      power();
      endDetails();
      definitions = "（九）指标说明";
    }
    details(definitions);
    page.append("<ol class=\"definitions\">\n");
    int index = 0;
    for (String definition : appendix.definitions()) {
      index++;
      page.append("<li>").append(escape(index + ". " + definition)).append("</li>\n");
    }
    page.append("</ol>\n");
    endDetails();
    page.append("</section>\n");
  }

  private void powerFlags() {
    PowerSection power = briefing.power();
    if (power.flagged().isEmpty()) {
      paragraph("当日无电力核验异常企业。");
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (PowerSection.FlaggedEnterprise enterprise : power.flagged()) {
      rows.add(
          List.of(
              new Cell(enterprise.enterprise(), "name"),
              new Cell(enterprise.kind().label(), ""),
              new Cell(enterprise.county(), ""),
              new Cell(enterprise.kilowattHours(), "number"),
              new Cell(enterprise.baselineKilowattHours(), "number"),
              new Cell(enterprise.finding(), "")));
    }
    cards(List.of("企业", "类型", "县市区", "当日用电", "用电基线", "核验情况"), 0, rows, true);
    note("当日用电、用电基线单位为千瓦时。");
  }

  /**
   * The heat map of the PDF as a table: items down, counties across, each rate with its colour and,
   * below green, a symbol.
   */
  private void checklistTable(List<Appendix.CountyChecklist> counties) {
    if (counties.isEmpty()) {
      return;
    }
    ReportThresholds thresholds = briefing.settings().thresholds();
    page.append("<h4>防控措施落实情况（%）</h4>\n");
    note(
        "颜色之外：" + standing(Standing.WATCH) + "、" + standing(Standing.BEHIND) + "（阈值见指标说明），空白为无数据。");
    page.append(
        "<div class=\"scroll\" role=\"region\" aria-label=\"防控措施落实情况\" tabindex=\"0\">\n"
            + "<table class=\"heat\">\n"
            + "<thead><tr><th scope=\"col\">项目</th>");
    for (Appendix.CountyChecklist county : counties) {
      page.append("<th scope=\"col\">")
          .append(escape(Wording.shortCountyName(county.county())))
          .append("</th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    List<String> items = new ArrayList<>();
    items.add("18项全部落实");
    for (ChecklistItem item : ChecklistItem.values()) {
      items.add(item.shortName());
    }
    for (int row = 0; row < items.size(); row++) {
      page.append("<tr><th scope=\"row\">").append(escape(items.get(row))).append("</th>");
      for (Appendix.CountyChecklist county : counties) {
        Double rate =
            row == 0
                ? county.fullCompliance()
                : county.rates().get(ChecklistItem.values()[row - 1]);
        Standing standing =
            Standing.of(rate, thresholds.complianceGreen(), thresholds.complianceAmber());
        String shown = rate == null ? "" : Formats.percent(rate).replace("%", "");
        page.append("<td class=\"")
            .append(colour(standing))
            .append("\">")
            .append(standing == Standing.GOOD || standing == Standing.NONE ? "" : mark(standing))
            .append(escape(shown))
            .append("</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n");
  }

  private void details(String heading) {
    page.append("<details>\n<summary><h3>")
        .append(escape(heading))
        .append("</h3></summary>\n<div class=\"details-body\">\n");
  }

  private void endDetails() {
    page.append("</div>\n</details>\n");
  }

  /** One cell: its text and CSS classes. */
  private record Cell(String text, String classes) {}

  private static Cell number(long value) {
    return new Cell(Long.toString(value), "number");
  }

  private static Cell rate(Long tenths) {
    return new Cell(Formats.percentOfTenths(tenths), "number");
  }

  /**
   * A table that becomes one card per row on a narrow screen (each cell then shows its column's
   * name before it); the cell of column {@code rowHeader} heads its row.
   */
  private void cards(List<String> headers, int rowHeader, List<List<Cell>> rows) {
    cards(headers, rowHeader, rows, false);
  }

  /** {@code compact}: short figures, two to a line of the card. */
  private void cards(List<String> headers, int rowHeader, List<List<Cell>> rows, boolean compact) {
    page.append("<table class=\"cards")
        .append(compact ? " compact" : "")
        .append("\">\n<thead><tr>");
    for (String header : headers) {
      page.append("<th scope=\"col\">").append(escape(header)).append("</th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : rows) {
      page.append("<tr>");
      for (int column = 0; column < row.size(); column++) {
        Cell cell = row.get(column);
        String tag = column == rowHeader ? "th" : "td";
        page.append('<').append(tag).append(column == rowHeader ? " scope=\"row\"" : "");
        if (!cell.classes().isBlank()) {
          page.append(" class=\"").append(cell.classes().strip()).append('"');
        }
        page.append(" data-label=\"")
            .append(escape(headers.get(column)))
            .append("\">")
            .append(escape(cell.text()))
            .append("</")
            .append(tag)
            .append('>');
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  /**
   * A table wider than a phone, scrolled sideways inside its own box (the page itself never is).
   */
  private void scrollTable(String label, List<String> headers, List<List<Cell>> rows) {
    page.append("<div class=\"scroll\" role=\"region\" aria-label=\"")
        .append(escape(label))
        .append("\" tabindex=\"0\">\n<table>\n<thead><tr>");
    for (String header : headers) {
      page.append("<th scope=\"col\">").append(escape(header)).append("</th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : rows) {
      page.append("<tr>");
      for (int column = 0; column < row.size(); column++) {
        Cell cell = row.get(column);
        String tag = column == 0 ? "th" : "td";
        page.append('<')
            .append(tag)
            .append(column == 0 ? " scope=\"row\"" : "")
            .append(" class=\"")
            .append(cell.classes())
            .append("\">")
            .append(escape(cell.text()))
            .append("</")
            .append(tag)
            .append('>');
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n");
  }

  /** The CSS class of a standing's colour. */
  static String colour(Standing standing) {
    return switch (standing) {
      case GOOD -> "good";
      case WATCH -> "watch";
      case BEHIND -> "behind";
      case NONE -> "none";
    };
  }

  /** The symbol beside a standing, so it reads without colour: ○ 达标, △ 关注, × 滞后. */
  static String mark(Standing standing) {
    return switch (standing) {
      case GOOD -> "○";
      case WATCH -> "△";
      case BEHIND -> "×";
      case NONE -> "";
    };
  }

  /** "○达标", "△关注", "×滞后", "—". */
  static String standing(Standing standing) {
    return mark(standing) + standing.label();
  }
}
