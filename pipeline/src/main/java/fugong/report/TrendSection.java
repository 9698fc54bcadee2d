package fugong.report;

import fugong.report.chart.DatedValue;
import fugong.report.chart.TrendSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * 六、趋势: the resumption rate of the scope's total and of each county over the last {@link
 * BriefingInputs#TREND_DAYS} days (the chart), and one sentence: where the total started and ended,
 * and the spread of the counties on the date.
 */
public record TrendSection(String summary, List<TrendSeries> series) {
  public static TrendSection of(BriefingContext context) {
    List<TrendSeries> series = new ArrayList<>();
    String totalName = context.cityWide() ? "全市" : context.scopeName + "分包合计";
    List<DatedValue> totalPoints =
        context.history(
            context.cityWide() ? context.inputs.city() : context.inputs.leaders(),
            context.total.code());
    series.add(new TrendSeries(totalName, totalPoints));
    for (UnitMetrics county :
        context.counties.stream()
            .sorted(java.util.Comparator.comparing(UnitMetrics::code))
            .toList()) {
      series.add(
          new TrendSeries(
              county.name(), context.history(context.inputs.counties(), county.code())));
    }
    StringBuilder summary = new StringBuilder();
    List<DatedValue> known = totalPoints.stream().filter(point -> point.value() != null).toList();
    if (known.size() >= 2) {
      DatedValue first = known.get(0);
      DatedValue last = known.get(known.size() - 1);
      Long change = Formats.shownDifference(last.value(), first.value());
      summary
          .append(Formats.monthDay(first.date()))
          .append("以来，")
          .append(totalName)
          .append("复工率由")
          .append(Formats.percent(first.value()))
          .append(change > 0 ? "升至" : change < 0 ? "降至" : "保持在")
          .append(Formats.percent(last.value()));
      if (change != 0) {
        summary
            .append("（")
            .append(change > 0 ? "上升" : "下降")
            .append(Formats.decimal(Math.abs(change)))
            .append("个百分点）");
      }
    }
    List<Long> rates =
        context.counties.stream()
            .map(county -> Formats.tenths(county.resumptionRate()))
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    if (rates.size() >= 2) {
      summary
          .append(summary.length() > 0 ? "；" : "")
          .append("当日各县市区复工率在")
          .append(Formats.percentOfTenths(rates.get(0)))
          .append("至")
          .append(Formats.percentOfTenths(rates.get(rates.size() - 1)))
          .append("之间");
    }
    if (summary.length() > 0) {
      summary.append("。");
    }
    return new TrendSection(summary.toString(), List.copyOf(series));
  }
}
