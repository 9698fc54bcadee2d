package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The charts, tested through the datasets, renderers and axes that feed them. */
class ReportChartsTest {

  private static final LocalDate FEBRUARY_10 = LocalDate.of(2020, 2, 10);

  @Test
  void trendHoldsTheSeriesInOrderWithDatesAtShanghaiMidnightAndGapsForNull() {
    JFreeChart chart =
        ReportCharts.trend(
            "复工率趋势",
            List.of(
                new TrendSeries(
                    "衡水市",
                    List.of(
                        new DatedValue(FEBRUARY_10.plusDays(1), 0.6),
                        new DatedValue(FEBRUARY_10, 0.5))),
                new TrendSeries(
                    "桃城区",
                    List.of(
                        new DatedValue(FEBRUARY_10, 0.4),
                        new DatedValue(FEBRUARY_10.plusDays(1), null)))));

    assertThat(chart.getTitle().getText()).isEqualTo("复工率趋势");
    XYPlot plot = chart.getXYPlot();
    XYDataset dataset = plot.getDataset();
    assertThat(dataset.getSeriesCount()).isEqualTo(2);
    assertThat(dataset.getSeriesKey(0)).isEqualTo("衡水市");
    assertThat(dataset.getSeriesKey(1)).isEqualTo("桃城区");
    long tenth = FEBRUARY_10.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
    assertThat(dataset.getXValue(0, 0)).isEqualTo(tenth);
    assertThat(dataset.getYValue(0, 0)).isEqualTo(0.5);
    assertThat(dataset.getXValue(0, 1)).isEqualTo(tenth + 86_400_000L);
    assertThat(dataset.getYValue(0, 1)).isEqualTo(0.6);
    assertThat(dataset.getY(1, 1)).isNull();

    XYItemRenderer renderer = plot.getRenderer();
    float leading = ((BasicStroke) renderer.getSeriesStroke(0)).getLineWidth();
    float other = ((BasicStroke) renderer.getSeriesStroke(1)).getLineWidth();
    assertThat(leading).isGreaterThan(other);
    assertThat(renderer.getSeriesPaint(0)).isNotEqualTo(renderer.getSeriesPaint(1));
    assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);

    DateAxis dateAxis = (DateAxis) plot.getDomainAxis();
    assertThat(dateAxis.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
    NumberAxis rateAxis = (NumberAxis) plot.getRangeAxis();
    assertThat(rateAxis.getLowerBound()).isEqualTo(0.0);
    assertThat(rateAxis.getUpperBound()).isEqualTo(1.0);
    assertThat(tickLabels(rateAxis, RectangleEdge.LEFT)).contains("0%", "50%", "100%");
  }

  @Test
  void trendRejectsRepeatedSeriesNames() {
    TrendSeries city = new TrendSeries("衡水市", List.of(new DatedValue(FEBRUARY_10, 0.5)));
    assertThatThrownBy(() -> ReportCharts.trend("复工率趋势", List.of(city, city)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("衡水市");
  }

  @Test
  void rankingKeepsTheOrderAndPaintsEachBarInItsRagColour() {
    List<NamedValue> values =
        List.of(
            new NamedValue("桃城区", 0.95),
            new NamedValue("冀州区", 0.875),
            new NamedValue("高新区", 0.80),
            new NamedValue("枣强县", 0.7999),
            new NamedValue("滨湖新区", null));
    JFreeChart chart = ReportCharts.ranking("县市区复工率排名", values, 0.95, 0.80);

    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    CategoryDataset dataset = plot.getDataset();
    assertThat(dataset.getColumnKeys()).containsExactly("桃城区", "冀州区", "高新区", "枣强县", "滨湖新区");
    assertThat(dataset.getRowCount()).isEqualTo(1);
    for (int column = 0; column < values.size(); column++) {
      Double value = values.get(column).value();
      Number plotted = dataset.getValue(0, column);
      assertThat(plotted == null ? null : plotted.doubleValue()).isEqualTo(value);
      assertThat(plot.getRenderer().getItemPaint(0, column))
          .isEqualTo(RagStatus.of(value, 0.95, 0.80).color());
    }
    assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(RagStatus.GREEN.color());
    assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(RagStatus.AMBER.color());
    assertThat(plot.getRenderer().getItemPaint(0, 3)).isEqualTo(RagStatus.RED.color());

    var labels = plot.getRenderer().getDefaultItemLabelGenerator();
    // 0.7999 shows as 80.0% (rounded half up, as in the tables) yet is coloured by its unrounded value
    assertThat(labels.generateLabel(dataset, 0, 1)).isEqualTo("87.5%");
    assertThat(labels.generateLabel(dataset, 0, 3)).isEqualTo("80.0%");
    assertThat(plot.getRenderer().getDefaultItemLabelsVisible()).isTrue();
    assertThat(plot.getAnnotations())
        .singleElement()
        .satisfies(
            annotation -> {
              CategoryTextAnnotation noData = (CategoryTextAnnotation) annotation;
              assertThat(noData.getText()).isEqualTo("无数据");
              assertThat(noData.getCategory()).isEqualTo("滨湖新区");
            });

    ValueAxis rateAxis = plot.getRangeAxis();
    assertThat(rateAxis.getLowerBound()).isEqualTo(0.0);
    List<String> ticks = tickLabels(rateAxis, RectangleEdge.BOTTOM);
    assertThat(ticks).startsWith("0%").endsWith("100%");
  }

  @Test
  void rankingLabelsRoundHalfUpLikeTheTablesWhileColoursUseTheUnroundedRate() {
    JFreeChart chart =
        ReportCharts.ranking("县市区复工率排名", List.of(new NamedValue("景县", 0.94996)), 0.95, 0.80);
    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0))
        .isEqualTo("95.0%");
    assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(RagStatus.AMBER.color());
  }

  @Test
  void heatmapHoldsEveryCellAndColoursItByRate() {
    List<String> counties = List.of("桃城区", "冀州区");
    List<String> items = List.of("H1", "W5", "E4");
    Double[][] values = {{0.95, 0.80, 0.7999}, {null, 1.0, 0.5}};
    JFreeChart chart = ReportCharts.heatmap("防控措施落实热力图", counties, items, values);

    XYPlot plot = chart.getXYPlot();
    XYZDataset dataset = (XYZDataset) plot.getDataset();
    assertThat(dataset.getItemCount(0)).isEqualTo(6);
    XYBlockRenderer renderer = (XYBlockRenderer) plot.getRenderer();
    for (int item = 0; item < 6; item++) {
      int column = (int) dataset.getXValue(0, item);
      int row = (int) dataset.getYValue(0, item);
      Double expected = values[row][column];
      double rate = dataset.getZValue(0, item);
      if (expected == null) {
        assertThat(rate).isNaN();
      } else {
        assertThat(rate).isEqualTo(expected);
      }
      assertThat(renderer.getPaintScale().getPaint(rate))
          .isEqualTo(RagStatus.of(expected, 0.95, 0.80).color());
    }
    assertThat(renderer.getPaintScale().getPaint(0.95)).isEqualTo(RagStatus.GREEN.color());
    assertThat(renderer.getPaintScale().getPaint(0.80)).isEqualTo(RagStatus.AMBER.color());
    assertThat(renderer.getPaintScale().getPaint(0.7999)).isEqualTo(RagStatus.RED.color());
    assertThat(renderer.getPaintScale().getPaint(Double.NaN)).isEqualTo(RagStatus.NONE.color());

    SymbolAxis columnAxis = (SymbolAxis) plot.getDomainAxis();
    SymbolAxis rowAxis = (SymbolAxis) plot.getRangeAxis();
    assertThat(columnAxis.getSymbols()).containsExactly("H1", "W5", "E4");
    assertThat(rowAxis.getSymbols()).containsExactly("桃城区", "冀州区");
    assertThat(rowAxis.isInverted()).as("the first county is drawn at the top").isTrue();
    assertThat(tickLabels(columnAxis, RectangleEdge.BOTTOM)).containsExactly("H1", "W5", "E4");
    assertThat(tickLabels(rowAxis, RectangleEdge.LEFT)).containsExactly("桃城区", "冀州区");

    var labels = renderer.getDefaultItemLabelGenerator();
    assertThat(labels.generateLabel(dataset, 0, 2)).isEqualTo("80.0%");
    assertThat(labels.generateLabel(dataset, 0, 3)).isEqualTo("—");
    LegendItemCollection legend = plot.getLegendItems();
    assertThat(
            IntStream.range(0, legend.getItemCount())
                .mapToObj(index -> legend.get(index).getLabel()))
        .containsExactly("≥ 95%", "80% – 95%", "< 80%", "无数据");
  }

  @Test
  void heatmapRejectsValuesThatDoNotMatchTheNames() {
    assertThatThrownBy(
            () ->
                ReportCharts.heatmap(
                    "防控措施落实热力图", List.of("桃城区"), List.of("H1", "H2"), new Double[][] {{0.9}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void barsHoldTheCountsInOrderWithIntegerTicks() {
    JFreeChart chart =
        ReportCharts.bars(
            "未解决困难（按类型）",
            List.of(new NamedValue("员工返岗难", 3.0), new NamedValue("配套企业开工不足", 1.0), new NamedValue("其他", null)),
            "件数");

    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
    CategoryDataset dataset = plot.getDataset();
    assertThat(dataset.getColumnKeys()).containsExactly("员工返岗难", "配套企业开工不足", "其他");
    assertThat(dataset.getValue(0, 0)).isEqualTo(3.0);
    assertThat(dataset.getValue(0, 1)).isEqualTo(1.0);
    assertThat(dataset.getValue(0, 2)).isNull();
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("件数");
    assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(dataset, 0, 0))
        .isEqualTo("3");
    List<String> ticks = tickLabels(plot.getRangeAxis(), RectangleEdge.LEFT);
    assertThat(ticks).isNotEmpty().allSatisfy(label -> assertThat(label).matches("\\d+"));
    assertThat(ticks).doesNotHaveDuplicates();
  }

  @Test
  void everyChartIsWhiteAndDrawsAllTextInTheShippedFont() {
    for (JFreeChart chart :
        List.of(SampleCharts.trend(), SampleCharts.ranking(), SampleCharts.heatmap(), SampleCharts.bars())) {
      assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
      assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
      assertThat(ChartTextFonts.of(chart))
          .isNotEmpty()
          .allSatisfy(
              used ->
                  assertThat(used.font().getFamily(Locale.ROOT))
                      .as(chart.getTitle().getText() + " " + used.place())
                      .isEqualTo(ReportFonts.FAMILY));
    }
  }

  private static List<String> tickLabels(ValueAxis axis, RectangleEdge edge) {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      Rectangle2D area = new Rectangle2D.Double(50, 20, 700, 440);
      List<?> ticks = axis.refreshTicks(graphics, new AxisState(), area, edge);
      return ticks.stream()
          .map(ValueTick.class::cast)
          .filter(tick -> tick.getTickType() == TickType.MAJOR)
          .map(ValueTick::getText)
          .toList();
    } finally {
      graphics.dispose();
    }
  }
}
