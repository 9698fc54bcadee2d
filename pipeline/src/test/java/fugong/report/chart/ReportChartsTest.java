package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
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
    // values 0.4–0.6 (the null ignored): padded by 1 point to 39–61; steps of 1 and 2 would need
    // 22 and 12 intervals, steps of 5 need 6: 35 %–65 %
    NumberAxis rateAxis = (NumberAxis) plot.getRangeAxis();
    assertThat(rateAxis.getLowerBound()).isCloseTo(0.35, within(1e-12));
    assertThat(rateAxis.getUpperBound()).isCloseTo(0.65, within(1e-12));
    assertThat(ChartTexts.tickLabels(rateAxis, RectangleEdge.LEFT))
        .containsExactly("35%", "40%", "45%", "50%", "55%", "60%", "65%");
    assertThat(ChartTexts.tickLabels(dateAxis, RectangleEdge.BOTTOM)).contains("2月10日", "2月11日");
  }

  @Test
  void fourteenTrendLinesEachHaveTheirOwnColourAndTheLastSixAreDashed() {
    List<TrendSeries> series = new ArrayList<>();
    series.add(SampleCharts.cityTrend());
    series.addAll(SampleCharts.countyTrends());
    assertThat(series).hasSize(14);
    XYItemRenderer renderer = ReportCharts.trend("复工率趋势", series).getXYPlot().getRenderer();

    List<Color> colours =
        IntStream.range(0, 14).mapToObj(index -> (Color) renderer.getSeriesPaint(index)).toList();
    assertThat(colours).doesNotHaveDuplicates();
    double closest = Double.MAX_VALUE;
    for (int first = 0; first < 14; first++) {
      for (int second = first + 1; second < 14; second++) {
        closest = Math.min(closest, distance(colours.get(first), colours.get(second)));
      }
    }
    // the closest pair, the blue of the 1st county (solid) and the teal of the 13th (dashed):
    // √(31² + 9² + 52²) = √3746 ≈ 61.2 apart in RGB; every other pair is farther apart
    assertThat(closest).isCloseTo(Math.sqrt(3746), within(1e-9));
    for (int index = 0; index < 14; index++) {
      BasicStroke stroke = (BasicStroke) renderer.getSeriesStroke(index);
      boolean dashed = stroke.getDashArray() != null;
      assertThat(dashed).as("series " + index).isEqualTo(index >= 8);
      assertThat(stroke.getLineWidth()).isEqualTo(index == 0 ? 3.2f : 2.0f);
    }
  }

  @Test
  void trendBandDrawsTheCityOverTheLowestAndHighestCountyOfEachDate() {
    LocalDate first = FEBRUARY_10;
    TrendSeries city =
        new TrendSeries(
            "全市",
            List.of(
                new DatedValue(first, 0.85),
                new DatedValue(first.plusDays(1), 0.84),
                new DatedValue(first.plusDays(2), 0.83),
                new DatedValue(first.plusDays(3), 0.87)));
    List<TrendSeries> counties =
        List.of(
            new TrendSeries(
                "桃城区",
                List.of(
                    new DatedValue(first, 0.80),
                    new DatedValue(first.plusDays(1), 0.85),
                    new DatedValue(first.plusDays(2), null),
                    new DatedValue(first.plusDays(3), 0.88))),
            new TrendSeries(
                "冀州区",
                List.of(
                    new DatedValue(first, 0.90),
                    new DatedValue(first.plusDays(1), 0.82),
                    new DatedValue(first.plusDays(2), null))),
            new TrendSeries(
                "枣强县",
                List.of(new DatedValue(first, 0.86), new DatedValue(first.plusDays(1), null))));
    JFreeChart chart = ReportCharts.trendBand("复工率趋势", city, counties);
    XYPlot plot = chart.getXYPlot();

    XYDataset line = plot.getDataset(0);
    assertThat(line.getSeriesKey(0)).isEqualTo("全市");
    assertThat(line.getItemCount(0)).isEqualTo(4);
    IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(1);
    assertThat(band.getItemCount(0)).isEqualTo(4);
    long tenth = FEBRUARY_10.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
    // 10 Feb: 0.80 / 0.90 / 0.86 → 0.80–0.90; 11 Feb: 0.85 / 0.82 / null → 0.82–0.85;
    // 12 Feb: no county has a value → a gap; 13 Feb: only 桃城区 → 0.88–0.88
    double[][] expected = {{0.80, 0.90}, {0.82, 0.85}, {Double.NaN, Double.NaN}, {0.88, 0.88}};
    for (int item = 0; item < 4; item++) {
      assertThat(band.getXValue(0, item)).isEqualTo(tenth + item * 86_400_000.0);
      assertThat(band.getStartYValue(0, item))
          .as("lowest " + item)
          .isEqualTo(Double.valueOf(expected[item][0]));
      assertThat(band.getEndYValue(0, item))
          .as("highest " + item)
          .isEqualTo(Double.valueOf(expected[item][1]));
    }
    assertThat(plot.getRenderer(1)).isInstanceOf(BandRenderer.class);
    assertThat(((BasicStroke) plot.getRenderer(0).getSeriesStroke(0)).getLineWidth())
        .isEqualTo(3.2f);

    LegendItemCollection legend = plot.getLegendItems();
    assertThat(
            IntStream.range(0, legend.getItemCount())
                .mapToObj(index -> legend.get(index).getLabel()))
        .containsExactly("全市", "县市区最高—最低");
    assertThat(plot.getAnnotations())
        .singleElement()
        .satisfies(
            annotation -> {
              XYTextAnnotation latest = (XYTextAnnotation) annotation;
              assertThat(latest.getText()).isEqualTo("87.0%");
              assertThat(latest.getFont().isBold())
                  .as("bold, not the theme's small plain font")
                  .isTrue();
              // written above the last point by 2.5 % of the axis: 0.87 + 0.025 × (0.92 − 0.78)
              assertThat(latest.getX()).isEqualTo(tenth + 3 * 86_400_000.0);
              assertThat(latest.getY()).isCloseTo(0.8735, within(1e-12));
            });

    // everything shown spans 0.80–0.90: padded by half a point to 79.5–90.5; steps of 1 would need
    // 12 intervals, steps of 2 need 7: 78 %–92 %
    NumberAxis rateAxis = (NumberAxis) plot.getRangeAxis();
    assertThat(rateAxis.getLowerBound()).isCloseTo(0.78, within(1e-12));
    assertThat(rateAxis.getUpperBound()).isCloseTo(0.92, within(1e-12));
    assertThat(ChartTexts.tickLabels(rateAxis, RectangleEdge.LEFT))
        .containsExactly("78%", "80%", "82%", "84%", "86%", "88%", "90%", "92%");
  }

  @Test
  void smallMultiplesShareOneFittedAxisAndWriteTicksOnlyAtTheEdges() {
    TrendSeries city =
        new TrendSeries(
            "全市",
            List.of(
                new DatedValue(FEBRUARY_10, 0.86), new DatedValue(FEBRUARY_10.plusDays(6), 0.88)));
    List<TrendSeries> counties = new ArrayList<>();
    String[] names = {"桃城区", "冀州区", "枣强县", "武邑县", "武强县"};
    double[] latest = {0.842, 0.921, 0.88, 0.87, 0.90};
    for (int index = 0; index < names.length; index++) {
      counties.add(
          new TrendSeries(
              names[index],
              List.of(
                  new DatedValue(FEBRUARY_10, 0.86),
                  new DatedValue(FEBRUARY_10.plusDays(6), latest[index]))));
    }
    JFreeChart chart = ReportCharts.trendPanels("各县市区复工率趋势", city, counties, 3);
    PanelGridPlot grid = (PanelGridPlot) chart.getPlot();

    assertThat(grid.titles())
        .containsExactly("桃城区 84.2%", "冀州区 92.1%", "枣强县 88.0%", "武邑县 87.0%", "武强县 90.0%");
    assertThat(grid.rows()).isEqualTo(2);
    for (int index = 0; index < 5; index++) {
      XYPlot panel = grid.panels().get(index);
      assertThat(panel.getDataset(0).getSeriesKey(0)).isEqualTo(names[index]);
      assertThat(panel.getDataset(1).getSeriesKey(0)).isEqualTo("全市");
      // every value shown spans 0.842–0.921: 82 %–94 % (see RateAxisRange)
      assertThat(panel.getRangeAxis().getLowerBound()).isCloseTo(0.82, within(1e-12));
      assertThat(panel.getRangeAxis().getUpperBound()).isCloseTo(0.94, within(1e-12));
      assertThat(panel.getRangeAxis().isTickLabelsVisible())
          .as("rate ticks " + index)
          .isEqualTo(index % 3 == 0);
      // panels 0 and 1 have a panel below them (3 and 4); 2, 3 and 4 are the lowest of their column
      assertThat(panel.getDomainAxis().isTickLabelsVisible())
          .as("dates " + index)
          .isEqualTo(index >= 2);
      assertThat(ChartTexts.tickLabels(panel.getDomainAxis(), RectangleEdge.BOTTOM))
          .containsExactly("2月10日", "2月16日");
    }
    LegendItemCollection legend = grid.getLegendItems();
    assertThat(
            IntStream.range(0, legend.getItemCount())
                .mapToObj(index -> legend.get(index).getLabel()))
        .containsExactly("县市区", "全市");
    assertThatThrownBy(() -> ReportCharts.trendPanels("趋势", city, List.of(), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNullTitleLeavesTheTitleToTheBriefingsHeading() {
    List<JFreeChart> untitled =
        List.of(
            ReportCharts.trendBand(null, SampleCharts.cityTrend(), SampleCharts.countyTrends()),
            ReportCharts.trendPanels(
                null, SampleCharts.cityTrend(), SampleCharts.countyTrends(), 5),
            ReportCharts.heatmap(
                null,
                SampleCharts.COUNTIES,
                SampleCharts.ITEMS,
                SampleCharts.heatmapValues(),
                0.95,
                0.80));
    for (JFreeChart chart : untitled) {
      assertThat(chart.getTitle()).isNull();
      assertThat(ChartImages.png(chart, 900, 480)).startsWith(0x89, 'P', 'N', 'G');
    }
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
    // 0.7999 shows as 80.0% (rounded half up, as in the tables) yet is coloured by its unrounded
    // value
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
    List<String> ticks = ChartTexts.tickLabels(rateAxis, RectangleEdge.BOTTOM);
    assertThat(ticks).startsWith("0%").endsWith("100%");
  }

  @Test
  void rankingLabelsRoundHalfUpLikeTheTablesWhileColoursUseTheUnroundedRate() {
    JFreeChart chart =
        ReportCharts.ranking("县市区复工率排名", List.of(new NamedValue("景县", 0.94996)), 0.95, 0.80);
    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(
            plot.getRenderer()
                .getDefaultItemLabelGenerator()
                .generateLabel(plot.getDataset(), 0, 0))
        .isEqualTo("95.0%");
    assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(RagStatus.AMBER.color());
  }

  @Test
  void heatmapDrawsItemsAsRowsAndCountiesAsColumnsWithGradedColours() {
    List<String> counties = List.of("桃城区", "冀州区");
    List<String> items = List.of("返岗员工健康卡制度", "进厂登记及逐人测温", "防控宣传教育");
    Double[][] values = {{0.95, 0.80, 0.7999}, {null, 1.0, 0.90}};
    JFreeChart chart = ReportCharts.heatmap("防控措施落实热力图", counties, items, values);

    HeatmapPlot plot = (HeatmapPlot) chart.getPlot();
    assertThat(plot.rowNames()).containsExactlyElementsOf(items);
    assertThat(plot.columnNames()).containsExactlyElementsOf(counties);
    for (int county = 0; county < 2; county++) {
      for (int item = 0; item < 3; item++) {
        Double expected = values[county][item];
        double shown = plot.value(item, county);
        if (expected == null) {
          assertThat(shown).isNaN();
        } else {
          assertThat(shown).isEqualTo(expected);
        }
      }
    }
    // today's thresholds: 0.95 is the lightest green, 0.80 the deepest amber, 0.7999 the lightest
    // red
    assertThat(plot.cellColour(0, 0)).isEqualTo(new Color(0x8C, 0xC8, 0x7A));
    assertThat(plot.cellColour(1, 0)).isEqualTo(new Color(0xF0, 0x8A, 0x24));
    assertThat(plot.cellColour(2, 0)).isEqualTo(new Color(224, 75, 58));
    assertThat(plot.cellColour(0, 1)).isEqualTo(RagStatus.NONE.color());
    assertThat(plot.cellColour(1, 1)).isEqualTo(new Color(0x23, 0x7B, 0x45));
    // 0.90 is two thirds of the way from amber (0.80) to green (0.95):
    // 240 + 2/3 × 7 = 244.67 → 245, 138 + 2/3 × 63 = 180, 36 + 2/3 × 42 = 64
    assertThat(plot.cellColour(2, 1)).isEqualTo(new Color(245, 180, 64));

    assertThat(plot.cellLabel(1, 0)).isEqualTo("80.0");
    assertThat(plot.cellLabel(2, 0)).isEqualTo("80.0");
    assertThat(plot.cellLabel(1, 1)).isEqualTo("100.0");
    assertThat(plot.cellLabel(0, 1)).isEqualTo("—");
    LegendItemCollection legend = plot.getLegendItems();
    assertThat(
            IntStream.range(0, legend.getItemCount())
                .mapToObj(index -> legend.get(index).getLabel()))
        .containsExactly("95%及以上", "80%至95%", "低于80%", "无数据");
    assertThat(chart.getSubtitles())
        .filteredOn(TextTitle.class::isInstance)
        .singleElement()
        .satisfies(unit -> assertThat(((TextTitle) unit).getText()).isEqualTo("单位：%"));
  }

  @Test
  void heatmapThresholdsComeFromTheCaller() {
    Double[][] values = {{0.90, 0.8999, 0.70, 0.6999, 0.925}};
    JFreeChart chart =
        ReportCharts.heatmap(
            "防控措施落实热力图",
            List.of("景县"),
            List.of("体温检测", "通风换气", "洗手设施", "清洁消毒", "错峰就餐"),
            values,
            0.90,
            0.70);
    HeatmapPlot plot = (HeatmapPlot) chart.getPlot();
    assertThat(RagStatus.of(plot.value(0, 0), 0.90, 0.70)).isEqualTo(RagStatus.GREEN);
    assertThat(plot.cellColour(0, 0)).isEqualTo(GradedRagScale.GREEN_LIGHT);
    assertThat(plot.cellColour(1, 0)).isEqualTo(GradedRagScale.AMBER_LIGHT);
    assertThat(plot.cellColour(2, 0)).isEqualTo(GradedRagScale.AMBER_DEEP);
    assertThat(plot.cellColour(3, 0)).isEqualTo(GradedRagScale.RED_LIGHT);
    // 0.925 is a quarter of the way from 0.90 to 1.0:
    // 140 + ¼ × (35 − 140) = 113.75 → 114, 200 + ¼ × (123 − 200) = 180.75 → 181, 122 + ¼ × (69 −
    // 122) = 108.75 → 109
    assertThat(plot.cellColour(4, 0)).isEqualTo(new Color(114, 181, 109));
    LegendItemCollection legend = plot.getLegendItems();
    assertThat(
            IntStream.range(0, legend.getItemCount())
                .mapToObj(index -> legend.get(index).getLabel()))
        .containsExactly("90%及以上", "70%至90%", "低于70%", "无数据");
  }

  @Test
  void atItsHeightTheHeatmapKeepsItemNamesOnOneLineAndCountyNamesWhole() {
    HeatmapPlot.Layout layout =
        heatmapLayout(SampleCharts.heatmap(), ReportCharts.heatmapHeight(18));
    assertThat(layout.rowFont().getSize2D()).isEqualTo(HeatmapPlot.LABEL_SIZE);
    assertThat(layout.cellFont().getSize2D()).isEqualTo(HeatmapPlot.VALUE_SIZE);
    assertThat(layout.rowLines()).hasSize(18).allSatisfy(lines -> assertThat(lines).hasSize(1));
    assertThat(layout.rowLines().get(17)).containsExactly("病例处置预案（流调、密接追踪、停产）");
    assertThat(layout.columnLines().get(0)).containsExactly("桃城区");
    assertThat(layout.columnLines().get(12)).containsExactly("滨湖", "新区");
    assertThat(layout.rowHeight()).isGreaterThan(HeatmapPlot.LABEL_SIZE + HeatmapPlot.CELL_GAP);
  }

  @Test
  void tooLowAHeatmapShrinksItsTextInsteadOfOverlappingRows() {
    // today's briefing gives a 4-county leader heat map 70 + 24 × 4 = 166 pt on a 511 pt page:
    // 292 units high at 900 wide, about 10 units per item row
    Double[][] values = new Double[4][18];
    for (Double[] county : values) {
      java.util.Arrays.fill(county, 0.97);
    }
    JFreeChart chart =
        ReportCharts.heatmap(
            "防控措施落实热力图", List.of("故城县", "景县", "阜城县", "滨湖新区"), SampleCharts.ITEMS, values);
    HeatmapPlot.Layout layout = heatmapLayout(chart, 292);
    float size = layout.rowFont().getSize2D();
    assertThat(size)
        .isLessThan(HeatmapPlot.LABEL_SIZE)
        .isGreaterThanOrEqualTo(HeatmapPlot.LABEL_SIZE / 2);
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      var metrics = graphics.getFontMetrics(layout.rowFont());
      boolean rowsHoldTheirLabels =
          layout.rowHeight() >= metrics.getAscent() + metrics.getDescent();
      assertThat(rowsHoldTheirLabels || size == HeatmapPlot.LABEL_SIZE / 2).isTrue();
    } finally {
      graphics.dispose();
    }
  }

  /** The heat map's layout when the chart is drawn 900 wide and this high. */
  private static HeatmapPlot.Layout heatmapLayout(JFreeChart chart, int height) {
    BufferedImage image = new BufferedImage(900, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(graphics, new Rectangle2D.Double(0, 0, 900, height), info);
      return ((HeatmapPlot) chart.getPlot()).layout(graphics, info.getPlotInfo().getDataArea());
    } finally {
      graphics.dispose();
    }
  }

  @Test
  void heatmapRejectsValuesThatDoNotMatchTheNames() {
    assertThatThrownBy(
            () ->
                ReportCharts.heatmap(
                    "防控措施落实热力图", List.of("桃城区"), List.of("体温检测", "通风换气"), new Double[][] {{0.9}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void barsHoldTheCountsInOrderWithIntegerTicks() {
    JFreeChart chart =
        ReportCharts.bars(
            "未解决困难（按类型）",
            List.of(
                new NamedValue("员工返岗难", 3.0),
                new NamedValue("配套企业开工不足", 1.0),
                new NamedValue("其他", null)),
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
    List<String> ticks = ChartTexts.tickLabels(plot.getRangeAxis(), RectangleEdge.LEFT);
    assertThat(ticks).isNotEmpty().allSatisfy(label -> assertThat(label).matches("\\d+"));
    assertThat(ticks).doesNotHaveDuplicates();
  }

  @Test
  void everyChartIsWhiteAndDrawsAllTextInTheShippedFont() {
    for (JFreeChart chart : SampleCharts.all().stream().map(SampleCharts.Named::chart).toList()) {
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

  private static double distance(Color first, Color second) {
    int red = first.getRed() - second.getRed();
    int green = first.getGreen() - second.getGreen();
    int blue = first.getBlue() - second.getBlue();
    return Math.sqrt(red * red + green * green + blue * blue);
  }
}
