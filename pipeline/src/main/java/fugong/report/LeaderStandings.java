package fugong.report;

import java.util.ArrayList;
import java.util.List;

/** 四、分包领导情况: each leader's counties, rate, its change and rank among the leaders. */
public record LeaderStandings(String summary, List<Row> rows) {
  public record Row(
      int rank,
      String leader,
      List<String> counties,
      long enterprises,
      Long resumption,
      Long resumptionChange,
      Long capacity,
      Long compliance,
      int actions) {}

  public static LeaderStandings of(BriefingContext context, List<ActionGroup> groups) {
    List<Row> rows = new ArrayList<>();
    for (UnitMetrics leader : context.leaders) {
      List<String> counties =
          context.allCounties.stream()
              .filter(county -> leader.counties().contains(county.code()))
              .sorted(java.util.Comparator.comparing(UnitMetrics::code))
              .map(county -> Wording.shortCountyName(county.name()))
              .toList();
      int actions = 0;
      for (ActionGroup group : groups) {
        if (group.counties().stream()
            .anyMatch(county -> leader.counties().contains(county.countyCode()))) {
          actions++;
        }
      }
      rows.add(
          new Row(
              context.leaderRanks.get(leader.name()),
              leader.name(),
              counties,
              leader.enterprises(),
              Formats.tenths(leader.resumptionRate()),
              context.leaderChange(leader, RateMetric.RESUMPTION),
              Formats.tenths(leader.capacityRecoveryRate()),
              Formats.tenths(leader.fullComplianceRate()),
              actions));
    }
    String summary = "";
    if (!context.leaders.isEmpty()) {
      UnitMetrics lowest = context.leaders.get(context.leaders.size() - 1);
      UnitMetrics highest = context.leaders.get(0);
      summary =
          context.leaders.size()
              + "位局领导分包县市区中，"
              + highest.name()
              + "同志分包县市区复工率最高（"
              + Formats.percent(highest.resumptionRate())
              + "），"
              + lowest.name()
              + "同志分包县市区最低（"
              + Formats.percent(lowest.resumptionRate())
              + "），"
              + Wording.against(
                  Formats.shownDifference(lowest.resumptionRate(), context.city.resumptionRate()),
                  "全市")
              + "。";
    }
    return new LeaderStandings(summary, List.copyOf(rows));
  }
}
