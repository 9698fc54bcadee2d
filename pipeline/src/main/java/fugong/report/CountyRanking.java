package fugong.report;

import java.util.ArrayList;
import java.util.List;

/**
 * 三、县市区排名: the scope's counties by resumption rate with their rank among all the city's counties,
 * leader, 复工率 and its shown change, 产能恢复率, 全部落实率 and 督办事项; the city's bottom three marked,
 * red/amber/green also as words.
 */
public record CountyRanking(List<Row> rows, int cityCounties) {
  /**
   * One county.
   *
   * @param cityRank rank among all the city's counties on the date
   * @param bottomThree among the city's three lowest
   * @param thinResumption the resumption rate rests on fewer enterprises than the caveat threshold
   * @param thinCompliance the compliance rate rests on fewer assessed enterprises than that
   */
  public record Row(
      int cityRank,
      String countyCode,
      String county,
      String leader,
      String section,
      Long resumption,
      Long resumptionChange,
      Long capacity,
      Long compliance,
      int actions,
      Standing resumptionStanding,
      Standing capacityStanding,
      Standing complianceStanding,
      boolean bottomThree,
      boolean thinResumption,
      boolean thinCompliance) {}

  public static CountyRanking of(BriefingContext context, ActionItems actions) {
    var thresholds = context.settings.thresholds();
    int cityCounties = context.allCounties.size();
    List<Row> rows = new ArrayList<>();
    for (UnitMetrics county : context.counties) {
      int rank = context.cityRanks.get(county.code());
      rows.add(
          new Row(
              rank,
              county.code(),
              county.name(),
              county.leader(),
              county.section(),
              Formats.tenths(county.resumptionRate()),
              context.countyChange(county, RateMetric.RESUMPTION),
              Formats.tenths(county.capacityRecoveryRate()),
              Formats.tenths(county.fullComplianceRate()),
              actions.perCounty().getOrDefault(county.code(), 0),
              Standing.of(
                  county.resumptionRate(),
                  thresholds.resumptionGreen(),
                  thresholds.resumptionAmber()),
              Standing.of(
                  county.capacityRecoveryRate(),
                  thresholds.capacityGreen(),
                  thresholds.capacityAmber()),
              Standing.of(
                  county.fullComplianceRate(),
                  thresholds.complianceGreen(),
                  thresholds.complianceAmber()),
              cityCounties > 3 && rank > cityCounties - 3,
              county.resumptionRate() != null
                  && county.enterprises() < thresholds.minimumDenominator(),
              county.fullComplianceRate() != null
                  && county.assessed() < thresholds.minimumDenominator()));
    }
    return new CountyRanking(List.copyOf(rows), cityCounties);
  }

  /** The note under the table: what the rank, the red rows, the judgement and 较前日 mean. */
  public String note() {
    return "注：名次为复工率在全市" + cityCounties + "个县市区中的位次，红底为全市末三位；评价按复工率（达标、关注、滞后，阈值见附件指标说明）；较前日单位为百分点。";
  }
}
