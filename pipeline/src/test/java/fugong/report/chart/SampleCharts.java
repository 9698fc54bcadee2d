package fugong.report.chart;

import fugong.domain.ChecklistItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Realistic sample data for the charts: the 13 counties of Hengshui with resumption rates between
 * 84 % and 92 % over 14 days, the 18 checklist items by their Chinese names, the difficulty types.
 */
final class SampleCharts {

  static final List<String> COUNTIES =
      List.of(
          "桃城区", "冀州区", "枣强县", "武邑县", "武强县", "饶阳县", "安平县", "故城县", "景县", "阜城县", "深州市", "高新区",
          "滨湖新区");

  static final List<String> ITEMS =
      Arrays.stream(ChecklistItem.values()).map(ChecklistItem::shortName).toList();

  static final List<String> DIFFICULTIES =
      List.of("员工返岗难", "用工难", "交通不畅", "配套企业开工不足", "原材料供应紧张", "防疫物资短缺", "资金紧张", "订单不足", "其他");

  static final LocalDate FIRST_DATE = LocalDate.of(2020, 2, 26);

  static final int DAYS = 14;

  private SampleCharts() {}

  /** County i's rate on day d: from 0.84 to 0.92, each county on its own slope and wiggle. */
  static double countyRate(int county, int day) {
    double start = 0.840 + (county * 37 % 13) * 0.0035;
    double slope = 0.0008 + (county * 5 % 7) * 0.00025;
    double wiggle = ((county * 11 + day * 7) % 5 - 2) * 0.0015;
    return Math.max(0.840, Math.min(0.920, start + slope * day + wiggle));
  }

  static List<TrendSeries> countyTrends() {
    List<TrendSeries> series = new ArrayList<>();
    for (int county = 0; county < COUNTIES.size(); county++) {
      List<DatedValue> points = new ArrayList<>();
      for (int day = 0; day < DAYS; day++) {
        Double value = county == 4 && day == 6 ? null : countyRate(county, day);
        points.add(new DatedValue(FIRST_DATE.plusDays(day), value));
      }
      series.add(new TrendSeries(COUNTIES.get(county), points));
    }
    return series;
  }

  static TrendSeries cityTrend() {
    List<DatedValue> points = new ArrayList<>();
    for (int day = 0; day < DAYS; day++) {
      double sum = 0;
      for (int county = 0; county < COUNTIES.size(); county++) {
        sum += countyRate(county, day);
      }
      points.add(new DatedValue(FIRST_DATE.plusDays(day), sum / COUNTIES.size()));
    }
    return new TrendSeries("全市", points);
  }

  static JFreeChart trend() {
    List<TrendSeries> series = new ArrayList<>();
    series.add(cityTrend());
    series.addAll(countyTrends());
    return ReportCharts.trend("复工率趋势", series);
  }

  static JFreeChart trendBand() {
    return ReportCharts.trendBand("复工率趋势", cityTrend(), countyTrends());
  }

  static JFreeChart trendPanels() {
    return ReportCharts.trendPanels("各县市区复工率趋势", cityTrend(), countyTrends(), 5);
  }

  static JFreeChart ranking() {
    List<NamedValue> values = new ArrayList<>();
    for (int index = 0; index < COUNTIES.size(); index++) {
      Double value =
          index == COUNTIES.size() - 1 ? null : 1.0 - index * 0.035 - (index == 0 ? 0 : 0.0001);
      values.add(new NamedValue(COUNTIES.get(index), value));
    }
    return ReportCharts.ranking("县市区复工率排名", values, 0.95, 0.80);
  }

  /** Item rates mostly 90–100 %, a few shortfalls below 80 %, one cell without data. */
  static Double[][] heatmapValues() {
    Double[][] values = new Double[COUNTIES.size()][ITEMS.size()];
    for (int county = 0; county < COUNTIES.size(); county++) {
      for (int item = 0; item < ITEMS.size(); item++) {
        values[county][item] =
            county == 5 && item == 3 ? null : 1.0 - ((county * 7 + item * 5) % 23) * 0.012;
      }
    }
    return values;
  }

  static JFreeChart heatmap() {
    return ReportCharts.heatmap("防控措施落实热力图", COUNTIES, ITEMS, heatmapValues(), 0.95, 0.80);
  }

  static JFreeChart bars() {
    List<NamedValue> values = new ArrayList<>();
    int[] counts = {23, 17, 9, 12, 31, 6, 14, 3, 1};
    for (int index = 0; index < DIFFICULTIES.size(); index++) {
      values.add(new NamedValue(DIFFICULTIES.get(index), (double) counts[index]));
    }
    return ReportCharts.bars("未解决困难（按类型）", values, "件数");
  }

  /** 自报 against 电力 for four counties, two of them close enough for their names to collide. */
  static JFreeChart scatter() {
    return ReportCharts.scatter(
        "自报复工率与电力复工率",
        List.of(
            new LabelledPoint("桃城", 0.92, 0.71),
            new LabelledPoint("冀州", 0.925, 0.715),
            new LabelledPoint("枣强", 0.80, 0.85),
            new LabelledPoint("滨湖", 1.0, 0.0)),
        "自报复工率",
        "电力复工率");
  }

  /** Every chart, with its file name stem. */
  static List<Named> all() {
    return List.of(
        new Named("trend", trend()),
        new Named("trend-band", trendBand()),
        new Named("trend-panels", trendPanels()),
        new Named("ranking", ranking()),
        new Named("heatmap", heatmap()),
        new Named("bars", bars()),
        new Named("scatter", scatter()));
  }

  /** A chart and its name. */
  record Named(String name, JFreeChart chart) {}
}
