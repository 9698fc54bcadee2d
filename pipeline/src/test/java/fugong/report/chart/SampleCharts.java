package fugong.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Realistic sample data for the four charts: the 13 counties, the 18 checklist items, D1…D9. */
final class SampleCharts {

  static final List<String> COUNTIES =
      List.of(
          "桃城区", "冀州区", "高新区", "枣强县", "故城县", "景县", "深州市", "饶阳县", "安平县", "武邑县",
          "武强县", "阜城县", "滨湖新区");

  static final List<String> ITEMS =
      List.of(
          "H1", "H2", "H3", "H4", "W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8", "P1", "P2", "E1",
          "E2", "E3", "E4");

  static final List<String> DIFFICULTIES =
      List.of("员工返岗难", "用工难", "交通不畅", "配套企业开工不足", "原材料供应紧张", "防疫物资短缺", "资金紧张", "订单不足", "其他");

  private SampleCharts() {}

  static JFreeChart trend() {
    LocalDate first = LocalDate.of(2020, 2, 10);
    List<TrendSeries> series = new ArrayList<>();
    String[] names = {"衡水市", "桃城区", "冀州区", "深州市", "景县"};
    for (int line = 0; line < names.length; line++) {
      List<DatedValue> points = new ArrayList<>();
      for (int day = 0; day < 14; day++) {
        Double value = line == 3 && day == 6 ? null : Math.min(1.0, 0.30 + day * 0.045 + line * 0.03);
        points.add(new DatedValue(first.plusDays(day), value));
      }
      series.add(new TrendSeries(names[line], points));
    }
    return ReportCharts.trend("复工率趋势", series);
  }

  static JFreeChart ranking() {
    List<NamedValue> values = new ArrayList<>();
    for (int index = 0; index < COUNTIES.size(); index++) {
      Double value = index == COUNTIES.size() - 1 ? null : 1.0 - index * 0.035 - (index == 0 ? 0 : 0.0001);
      values.add(new NamedValue(COUNTIES.get(index), value));
    }
    return ReportCharts.ranking("县市区复工率排名", values, 0.95, 0.80);
  }

  static JFreeChart heatmap() {
    Double[][] values = new Double[COUNTIES.size()][ITEMS.size()];
    for (int row = 0; row < COUNTIES.size(); row++) {
      for (int column = 0; column < ITEMS.size(); column++) {
        values[row][column] =
            row == 5 && column == 3 ? null : 1.0 - ((row * 7 + column * 5) % 23) * 0.012;
      }
    }
    return ReportCharts.heatmap("防控措施落实热力图", COUNTIES, ITEMS, values);
  }

  static JFreeChart bars() {
    List<NamedValue> values = new ArrayList<>();
    int[] counts = {23, 17, 9, 12, 31, 6, 14, 3, 1};
    for (int index = 0; index < DIFFICULTIES.size(); index++) {
      values.add(new NamedValue(DIFFICULTIES.get(index), (double) counts[index]));
    }
    return ReportCharts.bars("未解决困难（按类型）", values, "件数");
  }
}
