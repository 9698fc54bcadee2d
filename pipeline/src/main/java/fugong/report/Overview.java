package fugong.report;

import java.util.ArrayList;
import java.util.List;

/**
 * 一、总体情况: one 综述 paragraph (复工, 规上, 产能, status groups, 防控, 健康, each with its day-on-day change; for
 * a leader also against the city and his rank among the leaders) and the figure tiles, each with
 * its target and an arrow; with meter data a fifth tile, 电力复工率 (DOMAIN.md §6.3) with the unit's
 * self-reported 复工率 beneath it and the 复工率 tile's red/amber/green.
 */
public record Overview(String summary, List<FigureTile> tiles, String revisionNote) {
  /**
   * A headline figure.
   *
   * @param label the rate's name
   * @param tenths the rate in tenths of a percent
   * @param change the shown day-on-day change in tenths of a point (null without a previous day)
   * @param target "目标95%" or "要求≥80%"
   * @param standing red/amber/green as a word
   */
  public record FigureTile(
      String label, Long tenths, Long change, String target, Standing standing) {
    public String value() {
      return Formats.percentOfTenths(tenths);
    }

    /** "↑0.6", "↓1.2", "→0.0"; empty without a previous day. */
    public String changeText() {
      return change == null ? "" : Wording.arrow(change) + Formats.decimal(Math.abs(change));
    }
  }

  public static Overview of(BriefingContext context) {
    UnitMetrics total = context.total;
    var metrics = context.settings.metrics();
    var thresholds = context.settings.thresholds();
    StringBuilder text = new StringBuilder();
    if (context.cityWide()) {
      text.append("全市");
    } else {
      text.append(context.scopeName)
          .append("同志分包")
          .append(Wording.list(context.counties.stream().map(UnitMetrics::name).toList()))
          .append(context.counties.size())
          .append("个县市区，");
    }
    text.append("纳入监测工业企业")
        .append(total.enterprises())
        .append("家，复工")
        .append(total.resumed())
        .append("家，复工率")
        .append(Formats.percent(total.resumptionRate()));
    appendChange(text, context.totalChange(RateMetric.RESUMPTION));
    text.append(flows(context));
    if (!context.cityWide()) {
      text.append("，")
          .append(
              Wording.against(
                  Formats.shownDifference(total.resumptionRate(), context.city.resumptionRate()),
                  "全市（" + Formats.percent(context.city.resumptionRate()) + "）"));
      Integer rank = context.leaderRanks.get(context.scopeName);
      if (rank != null) {
        text.append("，在")
            .append(context.leaders.size())
            .append("位局领导分包县市区中列第")
            .append(rank)
            .append("位");
      }
    }
    text.append("；规上工业企业复工率").append(Formats.percent(total.aboveScaleResumptionRate()));
    appendChange(text, context.totalChange(RateMetric.ABOVE_SCALE_RESUMPTION));
    text.append("；产能恢复率").append(Formats.percent(total.capacityRecoveryRate()));
    appendChange(text, context.totalChange(RateMetric.CAPACITY_RECOVERY));
    text.append("。复工企业中满负荷")
        .append(total.fullLoad())
        .append("家、部分恢复")
        .append(total.partiallyRecovered())
        .append("家、减产")
        .append(total.reduced())
        .append("家，停产")
        .append(total.stopped())
        .append("家。");
    text.append("防控措施全部落实率").append(Formats.percent(total.fullComplianceRate()));
    appendChange(text, context.totalChange(RateMetric.FULL_COMPLIANCE));
    text.append("。当日报告可疑症状")
        .append(total.suspected())
        .append("人")
        .append(
            countChange(
                total.suspected(),
                context.previousTotal == null ? null : context.previousTotal.suspected(),
                "人"));
    text.append("、隔离观察")
        .append(total.isolated())
        .append("人")
        .append(
            countChange(
                total.isolated(),
                context.previousTotal == null ? null : context.previousTotal.isolated(),
                "人"));
    text.append("、确诊")
        .append(total.confirmed())
        .append("例")
        .append(
            countChange(
                total.confirmed(),
                context.previousTotal == null ? null : context.previousTotal.confirmed(),
                "例"))
        .append("。");

    List<FigureTile> tiles = new ArrayList<>();
    tiles.add(
        new FigureTile(
            "复工率",
            Formats.tenths(total.resumptionRate()),
            context.totalChange(RateMetric.RESUMPTION),
            "目标" + Formats.threshold(metrics.resumptionTarget()),
            Standing.of(
                total.resumptionRate(),
                thresholds.resumptionGreen(),
                thresholds.resumptionAmber())));
    tiles.add(
        new FigureTile(
            "规上复工率",
            Formats.tenths(total.aboveScaleResumptionRate()),
            context.totalChange(RateMetric.ABOVE_SCALE_RESUMPTION),
            "目标" + Formats.threshold(metrics.resumptionTarget()),
            Standing.of(
                total.aboveScaleResumptionRate(),
                thresholds.resumptionGreen(),
                thresholds.resumptionAmber())));
    tiles.add(
        new FigureTile(
            "产能恢复率",
            Formats.tenths(total.capacityRecoveryRate()),
            context.totalChange(RateMetric.CAPACITY_RECOVERY),
            "目标" + Formats.threshold(metrics.capacityTarget()),
            Standing.of(
                total.capacityRecoveryRate(),
                thresholds.capacityGreen(),
                thresholds.capacityAmber())));
    tiles.add(
        new FigureTile(
            "全部落实率",
            Formats.tenths(total.fullComplianceRate()),
            context.totalChange(RateMetric.FULL_COMPLIANCE),
            "要求≥" + Formats.threshold(metrics.complianceThreshold()),
            Standing.of(
                total.fullComplianceRate(),
                thresholds.complianceGreen(),
                thresholds.complianceAmber())));
    context
        .powerTotal()
        .ifPresent(
            power ->
                tiles.add(
                    new FigureTile(
                        "电力复工率",
                        Formats.tenths(power.powerResumptionRate()),
                        null,
                        "自报" + Formats.percent(power.resumptionRate()),
                        Standing.of(
                            power.powerResumptionRate(),
                            thresholds.resumptionGreen(),
                            thresholds.resumptionAmber()))));
    return new Overview(text.toString(), tiles, RevisionNote.of(context));
  }

  /**
   * The day-over-day change of 复工率 by its flows (resumption_flows), each that moved the rate with
   * its enterprises and points, largest first: "（变动构成：新复工14家+0.9，停工2家-0.1）"; empty without flows.
   */
  static String flows(BriefingContext context) {
    List<FlowRecord> moved =
        context.flows.stream()
            .filter(flow -> flow.moved() && flow.points() != null)
            .sorted(
                java.util.Comparator.comparingDouble((FlowRecord flow) -> -Math.abs(flow.points()))
                    .thenComparing(FlowRecord::flow))
            .toList();
    if (moved.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (FlowRecord flow : moved) {
      parts.add(
          flow.flow().label() + flow.enterprises() + "家" + Formats.points(flow.points() / 100));
    }
    return "（变动构成：" + String.join("，", parts) + "）";
  }

  private static void appendChange(StringBuilder text, Long change) {
    String wording = Wording.changeFromPrevious(change);
    if (!wording.isEmpty()) {
      text.append("，").append(wording);
    }
  }

  private static String countChange(long today, Long previous, String unit) {
    String wording = Wording.countChange(today, previous, unit);
    return wording.isEmpty() ? "" : "（" + wording + "）";
  }
}
