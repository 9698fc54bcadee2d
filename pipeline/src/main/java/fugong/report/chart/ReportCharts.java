package fugong.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of the briefings. Every text is drawn with the shipped font ({@link ReportFonts}):
 * each chart gets a {@link StandardChartTheme} built from it, applied after the chart is complete.
 * Backgrounds are white, grid lines light, text anti-aliased. Rates are fractions in [0,1] shown as
 * percentages rounded half up to one decimal, exactly as the report tables and {@code round(100 *
 * rate, 1)} in SQL show them; colours are decided on the unrounded rate. Trend axes are fitted to
 * the data ({@link RateAxisRange}); the ranking's axis runs from 0 so bar lengths compare. No chart
 * writes an ASCII letter: its own texts are Chinese, digits, "%" and dates such as "2月26日", and a
 * null title leaves the title to the page's heading.
 *
 * <p>Dates are placed at midnight Asia/Shanghai, whatever the machine's zone, so the same data
 * gives the same picture everywhere.
 */
public final class ReportCharts {

  /** Lowest rate of a green heat-map cell, when the caller gives no thresholds. */
  static final double HEATMAP_GREEN = 0.95;

  /** Lowest rate of an amber heat-map cell, when the caller gives no thresholds. */
  static final double HEATMAP_AMBER = 0.80;

  /**
   * The row key of the single-row category datasets of {@link #ranking} and {@link #bars}; never
   * shown (those charts have no legend), in Chinese all the same.
   */
  static final String RANKING_ROW = "数值";

  /** The zone the report dates are placed in. */
  static final ZoneId ZONE = fugong.domain.ProductZone.ZONE;

  /** Stroke width of the first trend series (the city or the leader total). */
  static final float LEADING_LINE_WIDTH = LineStyles.LEADING_WIDTH;

  /** The legend label of the county band of {@link #trendBand}. */
  static final String BAND_LABEL = "县市区最高—最低";

  /** The subtitle of the heat map: its cells show percentages without the sign. */
  static final String HEATMAP_UNIT = "单位：%";

  /** Title size of every chart. */
  static final float TITLE_SIZE = 20f;

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color SECONDARY_TEXT = new Color(0x55, 0x55, 0x55);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color OUTLINE = new Color(0xBB, 0xBB, 0xBB);
  private static final Color COUNT_BAR = new Color(0x4E, 0x79, 0xA7);
  private static final Color BAND_LINE = new Color(0x08, 0x45, 0x94);
  private static final Color BAND_FILL = new Color(0xC6, 0xDB, 0xEF);
  private static final Color BAND_EDGE = new Color(0x9E, 0xBC, 0xDA);

  /** The legend label of the county line of {@link #trendPanels}. */
  static final String PANEL_COUNTY_LABEL = "县市区";

  private static final Color PANEL_REFERENCE = new Color(0x99, 0x99, 0x99);
  private static final BasicStroke PANEL_LINE =
      new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final BasicStroke PANEL_REFERENCE_LINE =
      new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final float PANEL_TICK_SIZE = 12f;
  private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

  /** How far above the city's last point its value is written, as a share of the axis. */
  private static final double LATEST_LABEL_RISE = 0.025;

  private static final double RANKING_AXIS_UPPER = 1.18;

  private ReportCharts() {}

  /**
   * A line chart of rates by date: x = dates ("2月10日"), the rate axis fitted to the data ({@link
   * RateAxisRange}: whole points, percent tick labels), legend at the bottom. The first series (the
   * city or the leader total) is drawn thick and near-black; up to 13 more each get their own
   * colour, the 8th to 13th dashed ({@link LineStyles}). A null value leaves a gap in its line.
   *
   * @param title the chart title, e.g. "复工率趋势", or null for none
   * @param series the lines, the leading one first; names distinct
   * @return the chart
   */
  public static JFreeChart trend(String title, List<TrendSeries> series) {
    requireDistinct(series.stream().map(TrendSeries::name).toList());
    XYSeriesCollection dataset = new XYSeriesCollection();
    List<Double> shown = new ArrayList<>();
    for (TrendSeries line : series) {
      dataset.addSeries(points(line));
      line.points().forEach(point -> shown.add(point.value()));
    }

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesStroke(false);
    renderer.setAutoPopulateSeriesShape(false);
    for (int index = 0; index < series.size(); index++) {
      renderer.setSeriesPaint(index, LineStyles.colour(index));
      renderer.setSeriesStroke(index, LineStyles.stroke(index));
      renderer.setSeriesShape(index, circle(index == 0 ? 7.0 : 4.5));
    }

    XYPlot plot = new XYPlot(dataset, dateAxis(), rateAxis(RateAxisRange.fit(shown)), renderer);
    styleGrid(plot);
    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return finish(chart);
  }

  /**
   * The city line with the county min–max band: the leading line (the city, or a leader's total)
   * drawn thick over a shaded band from the lowest to the highest county on each date, its latest
   * value written just above and left of its last point ("88.0%"). The rate axis is fitted to the
   * line and the band ({@link RateAxisRange}), the dates read "2月10日", the legend at the bottom
   * names the line and "县市区最高—最低". A date on which no county has a value breaks the band; a null
   * value of the line leaves a gap in it.
   *
   * @param title the chart title, e.g. "复工率趋势", or null for none
   * @param city the leading line, e.g. named "全市"
   * @param counties the lines whose lowest and highest value make the band
   * @return the chart
   */
  public static JFreeChart trendBand(String title, TrendSeries city, List<TrendSeries> counties) {
    XYSeriesCollection line = new XYSeriesCollection();
    line.addSeries(points(city));
    List<Double> shown = new ArrayList<>();
    city.points().forEach(point -> shown.add(point.value()));

    List<BandPoint> band = BandPoint.of(counties);
    double[][] bounds = new double[6][band.size()];
    for (int index = 0; index < band.size(); index++) {
      BandPoint point = band.get(index);
      double x = epochMillis(point.date());
      double lowest = point.lowest() == null ? Double.NaN : point.lowest();
      double highest = point.highest() == null ? Double.NaN : point.highest();
      bounds[0][index] = x;
      bounds[1][index] = x;
      bounds[2][index] = x;
      bounds[3][index] = Double.isNaN(lowest) ? Double.NaN : (lowest + highest) / 2.0;
      bounds[4][index] = lowest;
      bounds[5][index] = highest;
      shown.add(point.lowest());
      shown.add(point.highest());
    }
    DefaultIntervalXYDataset bandData = new DefaultIntervalXYDataset();
    bandData.addSeries(BAND_LABEL, bounds);

    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
    lineRenderer.setAutoPopulateSeriesPaint(false);
    lineRenderer.setAutoPopulateSeriesStroke(false);
    lineRenderer.setAutoPopulateSeriesShape(false);
    lineRenderer.setSeriesPaint(0, BAND_LINE);
    lineRenderer.setSeriesStroke(
        0, new BasicStroke(LEADING_LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    lineRenderer.setSeriesShape(0, circle(7.0));

    RateAxisRange range = RateAxisRange.fit(shown);
    XYPlot plot = new XYPlot(line, dateAxis(), rateAxis(range), lineRenderer);
    plot.setDataset(1, bandData);
    plot.setRenderer(1, new BandRenderer(BAND_FILL, BAND_EDGE));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    styleGrid(plot);

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(
        new LegendItem(
            city.name(),
            null,
            null,
            null,
            false,
            circle(7.0),
            false,
            BAND_LINE,
            false,
            BAND_LINE,
            new BasicStroke(LEADING_LINE_WIDTH),
            true,
            new Line2D.Double(-10, 0, 10, 0),
            new BasicStroke(LEADING_LINE_WIDTH),
            BAND_LINE));
    legend.add(
        new LegendItem(
            BAND_LABEL,
            null,
            null,
            null,
            new Rectangle2D.Double(-10, -6, 20, 12),
            BAND_FILL,
            new BasicStroke(1f),
            BAND_EDGE));
    plot.setFixedLegendItems(legend);

    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart = finish(chart);
    // after the theme, which would set every annotation in its small plain font
    DatedValue latest = latest(city);
    if (latest != null) {
      XYTextAnnotation value =
          new XYTextAnnotation(
              percentFormat("0.0%").format(latest.value()),
              epochMillis(latest.date()),
              latest.value() + LATEST_LABEL_RISE * (range.upper() - range.lower()));
      value.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
      value.setFont(ReportFonts.font(Font.BOLD, 15f));
      value.setPaint(BAND_LINE);
      plot.addAnnotation(value);
    }
    return chart;
  }

  /**
   * Small multiples of a trend: one small panel per county (its line thick and blue over the
   * leading line, e.g. the city, thin and grey), titled with the county and its latest value ("桃城区
   * 84.9%"), in a grid of the given number of columns read left to right. All panels share one rate
   * axis fitted to every value shown ({@link RateAxisRange}) and the same dates; the rate ticks are
   * written in the first column only, the dates under the lowest panel of each column. The legend
   * at the bottom names both lines.
   *
   * @param title the chart title, e.g. "各县市区复工率趋势", or null for none
   * @param city the reference line drawn in every panel, e.g. named "全市"
   * @param counties one panel each, in display order; names distinct; at least one
   * @param columns the number of panels per row, at least 1
   * @return the chart
   */
  public static JFreeChart trendPanels(
      String title, TrendSeries city, List<TrendSeries> counties, int columns) {
    requireDistinct(counties.stream().map(TrendSeries::name).toList());
    List<Double> shown = new ArrayList<>();
    city.points().forEach(point -> shown.add(point.value()));
    counties.forEach(county -> county.points().forEach(point -> shown.add(point.value())));
    RateAxisRange range = RateAxisRange.fit(shown);
    DecimalFormat latestFormat = percentFormat("0.0%");
    long firstDate = Long.MAX_VALUE;
    long lastDate = Long.MIN_VALUE;
    for (TrendSeries line : counties) {
      for (DatedValue point : line.points()) {
        firstDate = Math.min(firstDate, epochMillis(point.date()));
        lastDate = Math.max(lastDate, epochMillis(point.date()));
      }
    }
    for (DatedValue point : city.points()) {
      firstDate = Math.min(firstDate, epochMillis(point.date()));
      lastDate = Math.max(lastDate, epochMillis(point.date()));
    }
    if (firstDate > lastDate) {
      throw new IllegalArgumentException("small multiples need at least one dated point");
    }
    long dateMargin = Math.max(DAY_MILLIS / 4, (lastDate - firstDate) / 40);

    List<String> titles = new ArrayList<>();
    List<XYPlot> panels = new ArrayList<>();
    for (TrendSeries county : counties) {
      DatedValue latest = latest(county);
      titles.add(
          latest == null
              ? county.name()
              : county.name() + " " + latestFormat.format(latest.value()));

      XYLineAndShapeRenderer countyRenderer = new XYLineAndShapeRenderer(true, false);
      countyRenderer.setAutoPopulateSeriesPaint(false);
      countyRenderer.setAutoPopulateSeriesStroke(false);
      countyRenderer.setSeriesPaint(0, BAND_LINE);
      countyRenderer.setSeriesStroke(0, PANEL_LINE);
      XYLineAndShapeRenderer cityRenderer = new XYLineAndShapeRenderer(true, false);
      cityRenderer.setAutoPopulateSeriesPaint(false);
      cityRenderer.setAutoPopulateSeriesStroke(false);
      cityRenderer.setSeriesPaint(0, PANEL_REFERENCE);
      cityRenderer.setSeriesStroke(0, PANEL_REFERENCE_LINE);

      DateAxis dateAxis =
          new EndDatesAxis(firstDate, lastDate, TimeZone.getTimeZone(ZONE), dayFormat());
      dateAxis.setRange(firstDate - dateMargin, lastDate + dateMargin);
      dateAxis.setTickLabelFont(ReportFonts.font(Font.PLAIN, PANEL_TICK_SIZE));
      dateAxis.setTickLabelPaint(SECONDARY_TEXT);
      NumberAxis rateAxis = new NumberAxis(null);
      rateAxis.setRange(range.lower(), range.upper());
      TickUnits units = new TickUnits();
      for (int multiple : new int[] {1, 2, 5, 10}) {
        units.add(new NumberTickUnit(range.step() * multiple, percentFormat("0%")));
      }
      rateAxis.setStandardTickUnits(units);
      rateAxis.setAutoTickUnitSelection(true);
      rateAxis.setTickLabelFont(ReportFonts.font(Font.PLAIN, PANEL_TICK_SIZE));
      rateAxis.setTickLabelPaint(SECONDARY_TEXT);

      dateAxis.setLabelFont(ReportFonts.font(Font.PLAIN, PANEL_TICK_SIZE));
      rateAxis.setLabelFont(ReportFonts.font(Font.PLAIN, PANEL_TICK_SIZE));
      XYPlot panel =
          new XYPlot(new XYSeriesCollection(points(county)), dateAxis, rateAxis, countyRenderer);
      panel.setDataset(1, new XYSeriesCollection(points(city)));
      panel.setRenderer(1, cityRenderer);
      panel.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
      panel.setBackgroundPaint(Color.WHITE);
      panel.setOutlinePaint(OUTLINE);
      panel.setDomainGridlinePaint(GRID);
      panel.setRangeGridlinePaint(GRID);
      styleGrid(panel);
      panels.add(panel);
    }

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(lineLegendItem(PANEL_COUNTY_LABEL, BAND_LINE, PANEL_LINE));
    legend.add(lineLegendItem(city.name(), PANEL_REFERENCE, PANEL_REFERENCE_LINE));
    PanelGridPlot plot = new PanelGridPlot(titles, panels, columns, legend);
    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return finish(chart);
  }

  /**
   * A good height for {@link #trendPanels} drawn 900 units wide, in the same units: about 130 units
   * per row of panels (120 with 5 columns or more), plus the title and the legend.
   *
   * @param panels the number of panels
   * @param columns the number of columns
   * @return the height, e.g. 470 for 13 panels in 5 columns
   */
  public static int trendPanelsHeight(int panels, int columns) {
    int rows = (panels + columns - 1) / columns;
    return 110 + rows * (columns >= 5 ? 120 : 130);
  }

  private static LegendItem lineLegendItem(String label, Color colour, BasicStroke stroke) {
    return new LegendItem(
        label,
        null,
        null,
        null,
        false,
        circle(1.0),
        false,
        colour,
        false,
        colour,
        stroke,
        true,
        new Line2D.Double(-10, 0, 10, 0),
        stroke,
        colour);
  }

  /**
   * Horizontal bars in the given order (the first at the top), each coloured by {@link
   * RagStatus#of(Double, double, double)}, with a value label such as "87.5%" at the bar end and a
   * rate axis of 0–100%. A null value draws no bar and the label "无数据".
   *
   * @param title the chart title, e.g. "县市区复工率排名"
   * @param values the bars in display order; names distinct
   * @param green the lowest green rate
   * @param amber the lowest amber rate
   * @return the chart
   */
  public static JFreeChart ranking(
      String title, List<NamedValue> values, double green, double amber) {
    DefaultCategoryDataset dataset = categoryDataset(values);

    CategoryAxis nameAxis = new CategoryAxis(null);
    nameAxis.setCategoryMargin(0.3);
    nameAxis.setLowerMargin(0.02);
    nameAxis.setUpperMargin(0.02);

    NumberAxis rateAxis = new UpToHundredPercentAxis();
    rateAxis.setRange(0.0, RANKING_AXIS_UPPER);
    rateAxis.setStandardTickUnits(percentTickUnits());

    BarRenderer renderer = new RagBarRenderer(green, amber);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", percentFormat("0.0%")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4.0);
    renderer.setDrawBarOutline(false);

    CategoryPlot plot = new CategoryPlot(dataset, nameAxis, rateAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    styleGrid(plot);
    plot.setDomainGridlinesVisible(false);
    for (NamedValue value : values) {
      if (value.value() == null) {
        CategoryTextAnnotation noData = new CategoryTextAnnotation("无数据", value.name(), 0.01);
        noData.setCategoryAnchor(CategoryAnchor.MIDDLE);
        noData.setTextAnchor(TextAnchor.CENTER_LEFT);
        noData.setFont(ReportFonts.font(Font.PLAIN, 14f));
        noData.setPaint(SECONDARY_TEXT);
        plot.addAnnotation(noData);
      }
    }
    return finish(new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, false));
  }

  /**
   * The heat map of checklist rates with today's thresholds: green from 95 %, amber from 80 %. See
   * {@link #heatmap(String, List, List, Double[][], double, double)}.
   *
   * @param title the chart title, e.g. "防控措施落实热力图", or null for none
   * @param countyNames the counties, drawn as columns left to right
   * @param itemNames the checklist items' names, drawn as rows top to bottom
   * @param values values[county][item], fractions in [0,1] or null for no data
   * @return the chart
   */
  public static JFreeChart heatmap(
      String title, List<String> countyNames, List<String> itemNames, Double[][] values) {
    return heatmap(title, countyNames, itemNames, values, HEATMAP_GREEN, HEATMAP_AMBER);
  }

  /**
   * A heat map of checklist rates drawn as a table for a portrait page: one row per item, its name
   * written out horizontally at the left (long names such as "病例处置预案（流调、密接追踪、停产）" stay on one line,
   * or wrap onto two balanced lines on a narrow chart), one column per county under its name, each
   * cell shaded by {@link GradedRagScale} (red below amber, amber from amber, green from green,
   * deeper the farther from the next threshold; grey when null) and labelled with its percentage
   * ("87.5", the subtitle says "单位：%"; "—" for no data). The legend at the bottom gives the ranges
   * in Chinese ("95%及以上", "80%至95%", "低于80%", "无数据").
   *
   * @param title the chart title, e.g. "防控措施落实热力图", or null for none
   * @param countyNames the counties, drawn as columns left to right
   * @param itemNames the checklist items' Chinese names, drawn as rows top to bottom
   * @param values values[county][item], fractions in [0,1] or null for no data
   * @param green the lowest green rate
   * @param amber the lowest amber rate (not above green)
   * @return the chart
   */
  public static JFreeChart heatmap(
      String title,
      List<String> countyNames,
      List<String> itemNames,
      Double[][] values,
      double green,
      double amber) {
    if (values.length != countyNames.size()) {
      throw new IllegalArgumentException(
          "heat map has "
              + countyNames.size()
              + " counties but "
              + values.length
              + " rows of values");
    }
    double[][] byItem = new double[itemNames.size()][countyNames.size()];
    for (int county = 0; county < countyNames.size(); county++) {
      if (values[county].length != itemNames.size()) {
        throw new IllegalArgumentException(
            "heat map row "
                + county
                + " has "
                + values[county].length
                + " values for "
                + itemNames.size()
                + " items");
      }
      for (int item = 0; item < itemNames.size(); item++) {
        Double value = values[county][item];
        byItem[item][county] = value == null ? Double.NaN : value;
      }
    }
    HeatmapPlot plot =
        new HeatmapPlot(itemNames, countyNames, byItem, new GradedRagScale(green, amber));
    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    TextTitle unit = new TextTitle(HEATMAP_UNIT, ReportFonts.font(Font.PLAIN, 14f));
    unit.setPosition(RectangleEdge.TOP);
    unit.setHorizontalAlignment(HorizontalAlignment.RIGHT);
    chart.addSubtitle(unit);
    chart = finish(chart);
    unit.setPaint(SECONDARY_TEXT);
    return chart;
  }

  /**
   * A good height for {@link #heatmap} drawn {@code width} units wide, in the same units: room for
   * the title, the county names on up to two lines, a row of about 26 units per item (two lines of
   * text when names wrap), and the legend.
   *
   * @param items the number of checklist items (rows)
   * @return the height, e.g. 620 for 18 items
   */
  public static int heatmapHeight(int items) {
    return 152 + 26 * items;
  }

  /**
   * Vertical bars of counts (for example open difficulties per type) with integer ticks and the
   * count above each bar. A null value draws no bar.
   *
   * @param title the chart title, e.g. "未解决困难（按类型）"
   * @param values the bars in display order; names distinct
   * @param valueAxisLabel the label of the count axis, e.g. "件数"
   * @return the chart
   */
  public static JFreeChart bars(String title, List<NamedValue> values, String valueAxisLabel) {
    DefaultCategoryDataset dataset = categoryDataset(values);

    CategoryAxis nameAxis = new BalancedLinesCategoryAxis();
    nameAxis.setCategoryMargin(0.15);
    nameAxis.setLowerMargin(0.03);
    nameAxis.setUpperMargin(0.03);
    nameAxis.setMaximumCategoryLabelLines(3);
    nameAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);

    NumberAxis countAxis = new NumberAxis(valueAxisLabel);
    countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    countAxis.setAutoRangeIncludesZero(true);
    countAxis.setAutoRangeMinimumSize(4.0);
    countAxis.setUpperMargin(0.12);

    BarRenderer renderer = new BarRenderer();
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setSeriesPaint(0, COUNT_BAR);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.06);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", integerFormat()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

    CategoryPlot plot = new CategoryPlot(dataset, nameAxis, countAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    styleGrid(plot);
    plot.setDomainGridlinesVisible(false);
    return finish(new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, false));
  }

  /** The size of the dots' names in {@link #scatter}. */
  static final float SCATTER_LABEL_SIZE = 14f;

  /** What the corner under the diagonal of {@link #scatter} says. */
  public static final String SCATTER_BELOW_DIAGONAL = "斜线右下方：电力复工率低于自报";

  /** The diameter of a dot of {@link #scatter}. */
  static final double SCATTER_DOT = 10.0;

  /**
   * One dot per point, its name beside it (placed by {@link ScatterLabels} when the chart is drawn,
   * so names never cover each other), and the diagonal y = x dashed: dots below it have a smaller y
   * than x. Both axes share one range ({@link ScatterRange}): from a round tenth below the smallest
   * value up to 100 %.
   *
   * @param title the chart title, or null for none
   * @param points the dots; values fractions in [0,1]
   * @param xLabel the label of the axis across, e.g. "自报复工率"
   * @param yLabel the label of the axis up, e.g. "电力复工率"
   * @return the chart
   */
  public static JFreeChart scatter(
      String title, List<LabelledPoint> points, String xLabel, String yLabel) {
    XYSeries dots = new XYSeries(RANKING_ROW, false, true);
    for (LabelledPoint point : points) {
      dots.add(point.x(), point.y());
    }
    ScatterRange range = ScatterRange.of(points);
    NumberAxis across = new UnitPercentAxis(xLabel, range);
    NumberAxis up = new UnitPercentAxis(yLabel, range);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, circle(SCATTER_DOT));
    renderer.setSeriesPaint(0, BAND_LINE);
    XYPlot plot = new XYPlot(new XYSeriesCollection(dots), across, up, renderer);
    styleGrid(plot);
    plot.addAnnotation(
        new org.jfree.chart.annotations.XYLineAnnotation(
            range.lower(),
            range.lower(),
            ScatterRange.UPPER,
            ScatterRange.UPPER,
            new BasicStroke(
                1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f),
            PANEL_REFERENCE));
    // top left, where a county would have to report far less than its meters show
    double span = ScatterRange.UPPER - range.lower();
    XYTextAnnotation below =
        new XYTextAnnotation(
            SCATTER_BELOW_DIAGONAL, range.lower() + 0.01 * span, ScatterRange.UPPER - 0.01 * span);
    below.setTextAnchor(TextAnchor.TOP_LEFT);
    below.setFont(ReportFonts.font(Font.PLAIN, SCATTER_LABEL_SIZE));
    below.setPaint(SECONDARY_TEXT);
    plot.addAnnotation(below);
    plot.addAnnotation(new ScatterLabelAnnotation(points));
    JFreeChart chart =
        finish(new JFreeChart(title, ReportFonts.font(Font.BOLD, TITLE_SIZE), plot, false));
    // the theme gives series its own colours; the dots are drawn in the trend's blue
    renderer.setSeriesPaint(0, BAND_LINE);
    return chart;
  }

  /** The PNG height of {@link #scatter} at a given width: about square plot area. */
  public static int scatterHeight(int width) {
    return width * 3 / 4;
  }

  /**
   * The theme of every chart: the shipped font for every text, white backgrounds, light grid lines,
   * flat bars.
   *
   * @return a new theme
   */
  static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("fugong", false);
    theme.setExtraLargeFont(ReportFonts.font(Font.BOLD, TITLE_SIZE));
    theme.setLargeFont(ReportFonts.font(Font.PLAIN, 16f));
    theme.setRegularFont(ReportFonts.font(Font.PLAIN, 15f));
    theme.setSmallFont(ReportFonts.font(Font.PLAIN, 13f));
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(SECONDARY_TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(OUTLINE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(TEXT);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(SECONDARY_TEXT);
    theme.setItemLabelPaint(TEXT);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }

  private static JFreeChart finish(JFreeChart chart) {
    chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    theme().apply(chart);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
    }
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return chart;
  }

  private static void styleGrid(XYPlot plot) {
    BasicStroke thin = new BasicStroke(0.8f);
    plot.setDomainGridlineStroke(thin);
    plot.setRangeGridlineStroke(thin);
    plot.setDomainGridlinesVisible(true);
    plot.setRangeGridlinesVisible(true);
  }

  private static void styleGrid(CategoryPlot plot) {
    BasicStroke thin = new BasicStroke(0.8f);
    plot.setDomainGridlineStroke(thin);
    plot.setRangeGridlineStroke(thin);
    plot.setRangeGridlinesVisible(true);
  }

  private static DefaultCategoryDataset categoryDataset(List<NamedValue> values) {
    requireDistinct(values.stream().map(NamedValue::name).toList());
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (NamedValue value : values) {
      dataset.addValue(value.value(), RANKING_ROW, value.name());
    }
    return dataset;
  }

  private static void requireDistinct(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("chart names must be distinct, repeated: " + name);
      }
    }
  }

  /** Midnight of the date in Asia/Shanghai, as epoch milliseconds: the x value of a trend point. */
  static long epochMillis(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant().toEpochMilli();
  }

  private static XYSeries points(TrendSeries line) {
    XYSeries points = new XYSeries(line.name(), true, false);
    for (DatedValue point : line.points()) {
      points.add(epochMillis(point.date()), point.value());
    }
    return points;
  }

  /** The latest point of a line that has a value, or null. */
  private static DatedValue latest(TrendSeries line) {
    DatedValue latest = null;
    for (DatedValue point : line.points()) {
      if (point.value() != null
          && !point.value().isNaN()
          && (latest == null || point.date().isAfter(latest.date()))) {
        latest = point;
      }
    }
    return latest;
  }

  private static DateAxis dateAxis() {
    DateAxis dateAxis = new DateAxis(null, TimeZone.getTimeZone(ZONE), Locale.CHINA);
    dateAxis.setStandardTickUnits(dayTickUnits());
    dateAxis.setTickMarkPosition(DateTickMarkPosition.START);
    dateAxis.setAutoRangeMinimumSize(2.0 * DAY_MILLIS);
    dateAxis.setLowerMargin(0.03);
    dateAxis.setUpperMargin(0.03);
    return dateAxis;
  }

  private static NumberAxis rateAxis(RateAxisRange range) {
    NumberAxis rateAxis = new NumberAxis(null);
    rateAxis.setRange(range.lower(), range.upper());
    rateAxis.setTickUnit(new NumberTickUnit(range.step(), percentFormat("0%")));
    return rateAxis;
  }

  /** Dates as "2月26日" in Asia/Shanghai. */
  private static DateFormat dayFormat() {
    DateFormat format = new SimpleDateFormat("M月d日", Locale.CHINA);
    format.setTimeZone(TimeZone.getTimeZone(ZONE));
    return format;
  }

  private static TickUnits dayTickUnits() {
    DateFormat format = dayFormat();
    TickUnits units = new TickUnits();
    for (int days : new int[] {1, 2, 3, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, days, format));
    }
    for (int months : new int[] {1, 2, 3, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format));
    }
    return units;
  }

  private static TickUnits percentTickUnits() {
    TickUnits units = new TickUnits();
    for (double size : new double[] {0.05, 0.1, 0.2, 0.25, 0.5}) {
      units.add(new NumberTickUnit(size, percentFormat("0%")));
    }
    return units;
  }

  private static DecimalFormat percentFormat(String pattern) {
    DecimalFormat format =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  private static NumberFormat integerFormat() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static Shape circle(double diameter) {
    return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
  }

  /** A bar renderer that paints each bar in the {@link RagStatus} colour of its value. */
  static final class RagBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private final double green;
    private final double amber;

    RagBarRenderer(double green, double amber) {
      this.green = green;
      this.amber = amber;
    }

    /** The status of the bar at (row, column) of the plot's dataset. */
    RagStatus status(int row, int column) {
      CategoryDataset dataset = getPlot().getDataset(getPlot().getIndexOf(this));
      Number value = dataset.getValue(row, column);
      return RagStatus.of(value == null ? null : value.doubleValue(), green, amber);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return status(row, column).color();
    }
  }

  /**
   * A category axis that wraps a label too wide for its category into lines of nearly equal length
   * ("配套企业/开工不足" rather than "配套企业开工/不足"), at most {@link #getMaximumCategoryLabelLines()} lines.
   */
  static final class BalancedLinesCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    BalancedLinesCategoryAxis() {
      super(null);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(
        Comparable category, float width, RectangleEdge edge, Graphics2D graphics) {
      Font font = getTickLabelFont(category);
      Paint paint = getTickLabelPaint(category);
      TextBlock block = new TextBlock();
      block.setLineAlignment(HorizontalAlignment.CENTER);
      List<String> lines =
          BalancedLines.fit(
              category.toString(),
              graphics.getFontMetrics(font),
              width,
              getMaximumCategoryLabelLines());
      for (String line : lines) {
        block.addLine(line, font, paint);
      }
      return block;
    }
  }

  /**
   * A percent axis over a {@link ScatterRange}, a little wider so dots on its ends are drawn whole;
   * no tick outside the range.
   */
  static final class UnitPercentAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double lower;

    UnitPercentAxis(String label, ScatterRange range) {
      super(label);
      this.lower = range.lower();
      double margin = 0.02 * (ScatterRange.UPPER - range.lower());
      setRange(range.lower() - margin, ScatterRange.UPPER + margin);
      setTickUnit(new NumberTickUnit(range.tick(), percentFormat("0%")));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(
        Graphics2D graphics, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List ticks = super.refreshTicks(graphics, state, dataArea, edge);
      ticks.removeIf(
          tick -> {
            double value = ((NumberTick) tick).getValue();
            return value < lower - 1e-9 || value > ScatterRange.UPPER + 1e-9;
          });
      return ticks;
    }
  }

  /** The dots' names of {@link #scatter}, placed when drawn, in the chart's own units. */
  static final class ScatterLabelAnnotation
      extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final List<LabelledPoint> points;

    ScatterLabelAnnotation(List<LabelledPoint> points) {
      this.points = List.copyOf(points);
    }

    /** The names written beside the dots. */
    List<String> labels() {
      return points.stream().map(LabelledPoint::label).toList();
    }

    /** The font of the names. */
    static Font font() {
      return ReportFonts.font(Font.PLAIN, SCATTER_LABEL_SIZE);
    }

    @Override
    public void draw(
        Graphics2D graphics,
        XYPlot plot,
        Rectangle2D dataArea,
        org.jfree.chart.axis.ValueAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis,
        int rendererIndex,
        org.jfree.chart.plot.PlotRenderingInfo info) {
      RectangleEdge across = plot.getDomainAxisEdge();
      RectangleEdge up = plot.getRangeAxisEdge();
      Font font = font();
      java.awt.FontMetrics metrics = graphics.getFontMetrics(font);
      List<double[]> centres = new ArrayList<>();
      List<Double> widths = new ArrayList<>();
      for (LabelledPoint point : points) {
        centres.add(
            new double[] {
              domainAxis.valueToJava2D(point.x(), dataArea, across),
              rangeAxis.valueToJava2D(point.y(), dataArea, up)
            });
        widths.add((double) metrics.stringWidth(point.label()));
      }
      double height = metrics.getAscent() + metrics.getDescent();
      List<ScatterLabels.Side> sides =
          ScatterLabels.place(
              centres,
              widths,
              height,
              SCATTER_DOT / 2 + 3,
              SCATTER_DOT / 2,
              new double[] {
                dataArea.getMinX(), dataArea.getMinY(), dataArea.getMaxX(), dataArea.getMaxY()
              });
      graphics.setFont(font);
      graphics.setPaint(TEXT);
      for (int index = 0; index < points.size(); index++) {
        double[] box =
            ScatterLabels.box(
                sides.get(index),
                centres.get(index)[0],
                centres.get(index)[1],
                widths.get(index),
                height,
                SCATTER_DOT / 2 + 3);
        graphics.drawString(
            points.get(index).label(), (float) box[0], (float) (box[1] + metrics.getAscent()));
      }
    }
  }

  /**
   * A percent axis whose range leaves room for labels past 100% but whose ticks and grid lines stop
   * at 100%.
   */
  static final class UpToHundredPercentAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(
        Graphics2D graphics, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List ticks = super.refreshTicks(graphics, state, dataArea, edge);
      ticks.removeIf(tick -> ((NumberTick) tick).getValue() > 1.0 + 1e-9);
      return ticks;
    }
  }
}
