package fugong.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYZDataset;

/**
 * The charts of the briefings. Every text is drawn with the shipped font ({@link ReportFonts}):
 * each chart gets a {@link StandardChartTheme} built from it, applied after the chart is complete.
 * Backgrounds are white, grid lines light, text anti-aliased. Rates are fractions in [0,1] shown as
 * percentages rounded half up to one decimal, exactly as the report tables and {@code
 * round(100 * rate, 1)} in SQL show them; colours are decided on the unrounded rate.
 *
 * <p>Dates are placed at midnight Asia/Shanghai, whatever the machine's zone, so the same data
 * gives the same picture everywhere.
 */
public final class ReportCharts {

  /** Lowest rate of a green heat-map cell. */
  static final double HEATMAP_GREEN = 0.95;

  /** Lowest rate of an amber heat-map cell. */
  static final double HEATMAP_AMBER = 0.80;

  /** Share of a heat-map cell that is coloured; the rest is a white gap between cells. */
  static final double HEATMAP_CELL_SHARE = 0.94;

  /** The row key of the single-row category datasets of {@link #ranking} and {@link #bars}. */
  static final String RANKING_ROW = "rate";

  /** The zone the report dates are placed in. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Stroke width of the first trend series (the city or the leader total). */
  static final float LEADING_LINE_WIDTH = 3.2f;

  /** Stroke width of the other trend series. */
  static final float LINE_WIDTH = 1.6f;

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color SECONDARY_TEXT = new Color(0x55, 0x55, 0x55);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color OUTLINE = new Color(0xBB, 0xBB, 0xBB);
  private static final Color COUNT_BAR = new Color(0x4E, 0x79, 0xA7);
  private static final Color LEADING_LINE = new Color(0x1F, 0x3A, 0x68);
  private static final Color[] LINE_COLORS = {
    new Color(0x4E, 0x79, 0xA7),
    new Color(0xF2, 0x8E, 0x2B),
    new Color(0xE1, 0x57, 0x59),
    new Color(0x76, 0xB7, 0xB2),
    new Color(0x59, 0xA1, 0x4F),
    new Color(0xED, 0xC9, 0x48),
    new Color(0xB0, 0x7A, 0xA1),
    new Color(0xFF, 0x9D, 0xA7),
    new Color(0x9C, 0x75, 0x5F),
    new Color(0x8C, 0x8C, 0x8C),
  };
  private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
  private static final double RANKING_AXIS_UPPER = 1.18;

  private ReportCharts() {}

  /**
   * A line chart of rates by date: x = dates, y axis 0–100% with percent tick labels, legend at the
   * bottom, the first series drawn thicker (it is the city or the leader total). A null value
   * leaves a gap in its line.
   *
   * @param title the chart title, e.g. "复工率趋势"
   * @param series the lines, the leading one first; names distinct
   * @return the chart
   */
  public static JFreeChart trend(String title, List<TrendSeries> series) {
    requireDistinct(series.stream().map(TrendSeries::name).toList());
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (TrendSeries line : series) {
      XYSeries points = new XYSeries(line.name(), true, false);
      for (DatedValue point : line.points()) {
        points.add(epochMillis(point.date()), point.value());
      }
      dataset.addSeries(points);
    }

    DateAxis dateAxis = new DateAxis(null, TimeZone.getTimeZone(ZONE), Locale.CHINA);
    dateAxis.setStandardTickUnits(dayTickUnits());
    dateAxis.setTickMarkPosition(DateTickMarkPosition.START);
    dateAxis.setAutoRangeMinimumSize(2.0 * DAY_MILLIS);
    dateAxis.setLowerMargin(0.03);
    dateAxis.setUpperMargin(0.03);

    NumberAxis rateAxis = new NumberAxis(null);
    rateAxis.setRange(0.0, 1.0);
    rateAxis.setStandardTickUnits(percentTickUnits());

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesStroke(false);
    renderer.setAutoPopulateSeriesShape(false);
    for (int index = 0; index < series.size(); index++) {
      boolean leading = index == 0;
      float width = leading ? LEADING_LINE_WIDTH : LINE_WIDTH;
      renderer.setSeriesPaint(
          index, leading ? LEADING_LINE : LINE_COLORS[(index - 1) % LINE_COLORS.length]);
      renderer.setSeriesStroke(
          index, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(index, circle(leading ? 7.0 : 4.5));
    }

    XYPlot plot = new XYPlot(dataset, dateAxis, rateAxis, renderer);
    styleGrid(plot);
    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, 18f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return finish(chart);
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
        noData.setFont(ReportFonts.font(Font.PLAIN, 12f));
        noData.setPaint(SECONDARY_TEXT);
        plot.addAnnotation(noData);
      }
    }
    return finish(new JFreeChart(title, ReportFonts.font(Font.BOLD, 18f), plot, false));
  }

  /**
   * A heat map of rates: rows = counties (the first at the top), columns = checklist item codes
   * (H1…E4), each cell coloured red below 80%, amber from 80% and green from 95%, grey when null,
   * and labelled with its percentage. A legend at the bottom explains the colours.
   *
   * @param title the chart title, e.g. "防控措施落实热力图"
   * @param rowNames the row labels (counties)
   * @param columnNames the column labels (item codes)
   * @param values values[row][column], fractions in [0,1] or null for no data
   * @return the chart
   */
  public static JFreeChart heatmap(
      String title, List<String> rowNames, List<String> columnNames, Double[][] values) {
    if (values.length != rowNames.size()) {
      throw new IllegalArgumentException(
          "heat map has " + rowNames.size() + " row names but " + values.length + " rows");
    }
    int cells = rowNames.size() * columnNames.size();
    double[] columns = new double[cells];
    double[] rows = new double[cells];
    double[] rates = new double[cells];
    int cell = 0;
    for (int row = 0; row < rowNames.size(); row++) {
      if (values[row].length != columnNames.size()) {
        throw new IllegalArgumentException(
            "heat map row " + row + " has " + values[row].length + " values for "
                + columnNames.size() + " columns");
      }
      for (int column = 0; column < columnNames.size(); column++) {
        Double value = values[row][column];
        columns[cell] = column;
        rows[cell] = row;
        rates[cell] = value == null ? Double.NaN : value;
        cell++;
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(RANKING_ROW, new double[][] {columns, rows, rates});

    SymbolAxis columnAxis = new SymbolAxis(null, columnNames.toArray(String[]::new));
    columnAxis.setRange(-0.5, columnNames.size() - 0.5);
    columnAxis.setGridBandsVisible(false);
    SymbolAxis rowAxis = new SymbolAxis(null, rowNames.toArray(String[]::new));
    rowAxis.setRange(-0.5, rowNames.size() - 0.5);
    rowAxis.setGridBandsVisible(false);
    rowAxis.setInverted(true);

    XYBlockRenderer renderer = new HeatmapRenderer();
    renderer.setPaintScale(new RagPaintScale(HEATMAP_GREEN, HEATMAP_AMBER));
    renderer.setBlockWidth(HEATMAP_CELL_SHARE);
    renderer.setBlockHeight(HEATMAP_CELL_SHARE);
    DecimalFormat cellFormat = percentFormat("0.0%");
    renderer.setDefaultItemLabelGenerator(
        (data, series, item) -> {
          double rate = ((XYZDataset) data).getZValue(series, item);
          return Double.isNaN(rate) ? "—" : cellFormat.format(rate);
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));

    XYPlot plot = new XYPlot(dataset, columnAxis, rowAxis, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setOutlinePaint(OUTLINE);
    plot.setFixedLegendItems(heatmapLegend());

    JFreeChart chart = new JFreeChart(title, ReportFonts.font(Font.BOLD, 18f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart = finish(chart);
    renderer.setDefaultItemLabelFont(ReportFonts.font(Font.PLAIN, 10f));
    return chart;
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
    return finish(new JFreeChart(title, ReportFonts.font(Font.BOLD, 18f), plot, false));
  }

  /**
   * The theme of every chart: the shipped font for every text, white backgrounds, light grid lines,
   * flat bars.
   *
   * @return a new theme
   */
  static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("fugong", false);
    theme.setExtraLargeFont(ReportFonts.font(Font.BOLD, 18f));
    theme.setLargeFont(ReportFonts.font(Font.PLAIN, 13f));
    theme.setRegularFont(ReportFonts.font(Font.PLAIN, 12f));
    theme.setSmallFont(ReportFonts.font(Font.PLAIN, 10f));
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
    chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    chart.getRenderingHints()
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

  private static TickUnits dayTickUnits() {
    DateFormat format = new SimpleDateFormat("M月d日", Locale.CHINA);
    format.setTimeZone(TimeZone.getTimeZone(ZONE));
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
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  private static NumberFormat integerFormat() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static Shape circle(double diameter) {
    return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
  }

  private static LegendItemCollection heatmapLegend() {
    LegendItemCollection items = new LegendItemCollection();
    Shape square = new Rectangle2D.Double(-6, -6, 12, 12);
    items.add(new LegendItem("≥ 95%", null, null, null, square, RagStatus.GREEN.color()));
    items.add(new LegendItem("80% – 95%", null, null, null, square, RagStatus.AMBER.color()));
    items.add(new LegendItem("< 80%", null, null, null, square, RagStatus.RED.color()));
    items.add(new LegendItem("无数据", null, null, null, square, RagStatus.NONE.color()));
    return items;
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
   * Heat-map cells whose labels are white on red and green, dark on amber and grey; a label that
   * does not fit its cell (a small image) is left out rather than drawn over its neighbours.
   */
  static final class HeatmapRenderer extends XYBlockRenderer {
    private static final long serialVersionUID = 1L;
    private static final double LABEL_PADDING = 4.0;

    private double cellWidth = Double.POSITIVE_INFINITY;
    private double cellHeight = Double.POSITIVE_INFINITY;

    @Override
    public XYItemRendererState initialise(
        Graphics2D graphics,
        Rectangle2D dataArea,
        XYPlot plot,
        XYDataset dataset,
        PlotRenderingInfo info) {
      cellWidth = javaLength(plot.getDomainAxis(), getBlockWidth(), dataArea, plot.getDomainAxisEdge());
      cellHeight = javaLength(plot.getRangeAxis(), getBlockHeight(), dataArea, plot.getRangeAxisEdge());
      return super.initialise(graphics, dataArea, plot, dataset, info);
    }

    @Override
    protected void drawItemLabel(
        Graphics2D graphics,
        PlotOrientation orientation,
        XYDataset dataset,
        int series,
        int item,
        double x,
        double y,
        boolean negative) {
      String label = getItemLabelGenerator(series, item).generateLabel(dataset, series, item);
      FontMetrics metrics = graphics.getFontMetrics(getItemLabelFont(series, item));
      boolean fits =
          metrics.stringWidth(label) + LABEL_PADDING <= cellWidth
              && metrics.getAscent() + metrics.getDescent() <= cellHeight;
      if (fits) {
        super.drawItemLabel(graphics, orientation, dataset, series, item, x, y, negative);
      }
    }

    @Override
    public Paint getItemLabelPaint(int series, int item) {
      XYZDataset dataset = (XYZDataset) getPlot().getDataset(getPlot().getIndexOf(this));
      RagStatus status =
          RagStatus.of(dataset.getZValue(series, item), HEATMAP_GREEN, HEATMAP_AMBER);
      return status == RagStatus.RED || status == RagStatus.GREEN ? Color.WHITE : TEXT;
    }

    private static double javaLength(
        ValueAxis axis, double length, Rectangle2D dataArea, RectangleEdge edge) {
      return Math.abs(
          axis.valueToJava2D(length, dataArea, edge) - axis.valueToJava2D(0.0, dataArea, edge));
    }
  }

  /** Maps a rate to its {@link RagStatus} colour; NaN (no data) is grey. */
  record RagPaintScale(double green, double amber) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0.0;
    }

    @Override
    public double getUpperBound() {
      return 1.0;
    }

    @Override
    public Paint getPaint(double value) {
      return RagStatus.of(value, green, amber).color();
    }
  }

  /**
   * A category axis that wraps a label too wide for its category into lines of nearly equal length
   * ("配套企业/开工不足" rather than "配套企业开工/不足"), at most {@link
   * #getMaximumCategoryLabelLines()} lines.
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
      String text = category.toString();
      Font font = getTickLabelFont(category);
      Paint paint = getTickLabelPaint(category);
      FontMetrics metrics = graphics.getFontMetrics(font);
      int characters = text.codePointCount(0, text.length());
      int wanted = (int) Math.ceil(metrics.stringWidth(text) / Math.max(1.0, width));
      int lines = Math.max(1, Math.min(Math.min(wanted, getMaximumCategoryLabelLines()), characters));
      TextBlock block = new TextBlock();
      block.setLineAlignment(HorizontalAlignment.CENTER);
      int start = 0;
      for (int line = 0; line < lines; line++) {
        int count = characters / lines + (line < characters % lines ? 1 : 0);
        int end = text.offsetByCodePoints(start, count);
        block.addLine(text.substring(start, end), font, paint);
        start = end;
      }
      return block;
    }
  }

  /**
   * A percent axis whose range leaves room for labels past 100% but whose ticks and grid lines
   * stop at 100%.
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
