package fugong.report;

import java.util.ArrayList;
import java.util.List;

/**
 * 四、与全市比较 of a leader's briefing: his rate against the city's and his rank among the leaders; each
 * of his counties with its rank among all the city's counties; every rate beside the city's, 高于/低于
 * chosen by the sign of the shown difference.
 */
public record CityComparison(
    String summary, List<Row> rows, Row leaderTotal, Row city, int cityCounties, int leaders) {
  /**
   * One line of the comparison table; {@code cityRank} is 0 for the totals.
   *
   * @param resumptionAgainstCity shown difference to the city in tenths of a point (null for the
   *     city itself)
   */
  public record Row(
      String name,
      int cityRank,
      Long resumption,
      Long resumptionAgainstCity,
      Long capacity,
      Long capacityAgainstCity,
      Long compliance,
      Long complianceAgainstCity) {}

  public static CityComparison of(BriefingContext context) {
    UnitMetrics city = context.city;
    List<Row> rows = new ArrayList<>();
    List<String> ranks = new ArrayList<>();
    for (UnitMetrics county : context.counties) {
      int rank = context.cityRanks.get(county.code());
      rows.add(row(county.name(), rank, county, city));
      ranks.add(county.name() + "第" + rank + "位");
    }
    UnitMetrics total = context.total;
    Integer leaderRank = context.leaderRanks.get(context.scopeName);
    StringBuilder summary = new StringBuilder();
    summary
        .append("分包县市区合计复工率")
        .append(Formats.percent(total.resumptionRate()))
        .append("，全市")
        .append(Formats.percent(city.resumptionRate()))
        .append("，")
        .append(
            Wording.against(
                Formats.shownDifference(total.resumptionRate(), city.resumptionRate()), "全市"));
    if (leaderRank != null) {
      summary
          .append("，在")
          .append(context.leaders.size())
          .append("位局领导中列第")
          .append(leaderRank)
          .append("位");
    }
    summary
        .append("。各县市区在全市")
        .append(context.allCounties.size())
        .append("个县市区中：")
        .append(Wording.list(ranks))
        .append("。");
    summary
        .append("产能恢复率")
        .append(Formats.percent(total.capacityRecoveryRate()))
        .append("，")
        .append(
            Wording.against(
                Formats.shownDifference(total.capacityRecoveryRate(), city.capacityRecoveryRate()),
                "全市（" + Formats.percent(city.capacityRecoveryRate()) + "）"))
        .append("；防控措施全部落实率")
        .append(Formats.percent(total.fullComplianceRate()))
        .append("，")
        .append(
            Wording.against(
                Formats.shownDifference(total.fullComplianceRate(), city.fullComplianceRate()),
                "全市（" + Formats.percent(city.fullComplianceRate()) + "）"))
        .append("。");
    return new CityComparison(
        summary.toString(),
        List.copyOf(rows),
        row("分包合计", 0, total, city),
        new Row(
            "全市",
            0,
            Formats.tenths(city.resumptionRate()),
            null,
            Formats.tenths(city.capacityRecoveryRate()),
            null,
            Formats.tenths(city.fullComplianceRate()),
            null),
        context.allCounties.size(),
        context.leaders.size());
  }

  private static Row row(String name, int rank, UnitMetrics unit, UnitMetrics city) {
    return new Row(
        name,
        rank,
        Formats.tenths(unit.resumptionRate()),
        Formats.shownDifference(unit.resumptionRate(), city.resumptionRate()),
        Formats.tenths(unit.capacityRecoveryRate()),
        Formats.shownDifference(unit.capacityRecoveryRate(), city.capacityRecoveryRate()),
        Formats.tenths(unit.fullComplianceRate()),
        Formats.shownDifference(unit.fullComplianceRate(), city.fullComplianceRate()));
  }

  /** The note under the table. */
  public String note() {
    return "注：全市名次为复工率在全市" + cityCounties + "个县市区中的位次；与全市比较单位为百分点。";
  }
}
