package fugong.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A heat map drawn as a table: one row per checklist item (its Chinese name at the left, on one
 * line, or two balanced lines when it would take more than {@link #MOST_ROW_LABEL_SHARE} of the
 * width), one column per county (its name as the column head, on at most two balanced lines), each
 * cell filled with its {@link GradedRagScale} colour and labelled with its rate in percent with one
 * decimal ("87.5"; the chart's subtitle says "单位：%"), "—" for no data. A value label that does not
 * fit its cell is left out rather than drawn over its neighbours. All text is horizontal. When the
 * chart is too low for its rows, the labels and values shrink (down to half their size) rather than
 * overlap; {@link ReportCharts#heatmapHeight(int)} gives a height at which they do not.
 */
final class HeatmapPlot extends Plot {
  private static final long serialVersionUID = 1L;

  /**
   * Size of the row labels (item names) and column heads (county names): at 14, the longest item
   * name leaves room for 13 columns in which "桃城区" stays on one line when the chart is 900 wide.
   */
  static final float LABEL_SIZE = 14f;

  /** The least space between two column labels. */
  static final double HEAD_GAP = 4.0;

  /** Size of the value in each cell. */
  static final float VALUE_SIZE = 14f;

  /** The most of the plot's width the item names may take before they wrap onto two lines. */
  static final double MOST_ROW_LABEL_SHARE = 0.4;

  /** White space between cells. */
  static final double CELL_GAP = 2.0;

  /** Space between a label and the grid, and around the values. */
  static final double PADDING = 6.0;

  /** The fonts shrink to at most this share of their size when the rows are too low. */
  static final double SMALLEST_SHRINK = 0.5;

  /** The text shown in a cell with no data. */
  static final String NO_DATA = "—";

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);

  private final List<String> rowNames;
  private final List<String> columnNames;
  private final double[][] values;
  private final GradedRagScale scale;
  private final Font labelFont = ReportFonts.font(Font.PLAIN, LABEL_SIZE);
  private final Font valueFont = ReportFonts.font(Font.PLAIN, VALUE_SIZE);

  /**
   * A heat map.
   *
   * @param rowNames the row labels, top to bottom
   * @param columnNames the column labels, left to right
   * @param values values[row][column], NaN for no data
   * @param scale the cell colours
   */
  HeatmapPlot(
      List<String> rowNames, List<String> columnNames, double[][] values, GradedRagScale scale) {
    this.rowNames = List.copyOf(rowNames);
    this.columnNames = List.copyOf(columnNames);
    this.values = new double[values.length][];
    for (int row = 0; row < values.length; row++) {
      this.values[row] = values[row].clone();
    }
    this.scale = scale;
    setOutlineVisible(false);
  }

  List<String> rowNames() {
    return rowNames;
  }

  List<String> columnNames() {
    return columnNames;
  }

  double value(int row, int column) {
    return values[row][column];
  }

  GradedRagScale scale() {
    return scale;
  }

  Font labelFont() {
    return labelFont;
  }

  Font valueFont() {
    return valueFont;
  }

  /** The colour of a cell. */
  Color cellColour(int row, int column) {
    return scale.colour(values[row][column]);
  }

  /** The label of a cell: "87.5" (percent, one decimal, half up) or "—". */
  String cellLabel(int row, int column) {
    double value = values[row][column];
    return Double.isNaN(value) ? NO_DATA : valueFormat().format(value);
  }

  @Override
  public String getPlotType() {
    return "热力图";
  }

  /** The legend: one shade per status with its range in Chinese, and 无数据. */
  @Override
  public LegendItemCollection getLegendItems() {
    DecimalFormat threshold =
        new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String green = threshold.format(scale.green());
    String amber = threshold.format(scale.amber());
    Shape square = new Rectangle2D.Double(-6, -6, 12, 12);
    LegendItemCollection items = new LegendItemCollection();
    items.add(legendItem(green + "及以上", square, RagStatus.GREEN));
    items.add(legendItem(amber + "至" + green, square, RagStatus.AMBER));
    items.add(legendItem("低于" + amber, square, RagStatus.RED));
    items.add(legendItem("无数据", square, RagStatus.NONE));
    return items;
  }

  private LegendItem legendItem(String label, Shape square, RagStatus status) {
    return new LegendItem(label, null, null, null, square, scale.legendColour(status));
  }

  /**
   * How each of the report's own plots starts drawing: the area inside the plot's insets, recorded
   * in {@code info} (when given) with the whole area, its background drawn. Returns that inner
   * area.
   */
  static Rectangle2D startDrawing(
      Plot plot, Graphics2D graphics, Rectangle2D area, PlotRenderingInfo info) {
    Rectangle2D plotArea = (Rectangle2D) area.clone();
    plot.getInsets().trim(plotArea);
    if (info != null) {
      info.setPlotArea(area);
      info.setDataArea(plotArea);
    }
    plot.drawBackground(graphics, plotArea);
    return plotArea;
  }

  @Override
  public void draw(
      Graphics2D graphics,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    Rectangle2D plotArea = startDrawing(this, graphics, area, info);
    if (rowNames.isEmpty() || columnNames.isEmpty()) {
      return;
    }
    Font savedFont = graphics.getFont();
    Paint savedPaint = graphics.getPaint();
    Layout layout = layout(graphics, plotArea);
    Font rowFont = layout.rowFont();
    Font cellFont = layout.cellFont();
    FontMetrics labels = graphics.getFontMetrics(rowFont);
    double lineHeight = labels.getAscent() + labels.getDescent();
    List<List<String>> rowLines = layout.rowLines();
    List<List<String>> columnLines = layout.columnLines();
    double gridLeft = layout.gridLeft();
    double columnWidth = layout.columnWidth();
    double gridTop = layout.gridTop();
    double rowHeight = layout.rowHeight();

    graphics.setFont(rowFont);
    graphics.setPaint(TEXT);
    for (int column = 0; column < columnNames.size(); column++) {
      List<String> lines = columnLines.get(column);
      double centre = gridLeft + (column + 0.5) * columnWidth;
      double baseline =
          gridTop - PADDING / 2 - (lines.size() - 1) * lineHeight - labels.getDescent();
      for (String line : lines) {
        graphics.drawString(
            line, (float) (centre - labels.stringWidth(line) / 2.0), (float) baseline);
        baseline += lineHeight;
      }
    }
    for (int row = 0; row < rowNames.size(); row++) {
      List<String> lines = rowLines.get(row);
      double middle = gridTop + (row + 0.5) * rowHeight;
      double baseline = middle - lines.size() * lineHeight / 2 + labels.getAscent();
      for (String line : lines) {
        double x = gridLeft - PADDING - labels.stringWidth(line);
        graphics.drawString(line, (float) x, (float) baseline);
        baseline += lineHeight;
      }
    }

    FontMetrics valueMetrics = graphics.getFontMetrics(cellFont);
    graphics.setFont(cellFont);
    double cellWidth = columnWidth - CELL_GAP;
    double cellHeight = rowHeight - CELL_GAP;
    boolean valuesFit = valueMetrics.getAscent() + valueMetrics.getDescent() <= cellHeight;
    for (int row = 0; row < rowNames.size(); row++) {
      for (int column = 0; column < columnNames.size(); column++) {
        Color colour = cellColour(row, column);
        Rectangle2D cell =
            new Rectangle2D.Double(
                gridLeft + column * columnWidth + CELL_GAP / 2,
                gridTop + row * rowHeight + CELL_GAP / 2,
                cellWidth,
                cellHeight);
        graphics.setPaint(colour);
        graphics.fill(cell);
        String label = cellLabel(row, column);
        double width = valueMetrics.stringWidth(label);
        if (valuesFit && width + PADDING <= cellWidth) {
          graphics.setPaint(GradedRagScale.needsWhiteText(colour) ? Color.WHITE : TEXT);
          double baseline =
              cell.getCenterY() + (valueMetrics.getAscent() - valueMetrics.getDescent()) / 2.0;
          graphics.drawString(label, (float) (cell.getCenterX() - width / 2), (float) baseline);
        }
      }
    }
    graphics.setFont(savedFont);
    graphics.setPaint(savedPaint);
  }

  /**
   * Where the parts of the heat map go.
   *
   * @param rowFont the font of the row and column labels
   * @param cellFont the font of the cell values
   * @param rowLines each row label in lines
   * @param columnLines each column head in lines
   * @param gridLeft the left edge of the cells
   * @param columnWidth the width of a column
   * @param gridTop the top edge of the cells
   * @param rowHeight the height of a row
   */
  record Layout(
      Font rowFont,
      Font cellFont,
      List<List<String>> rowLines,
      List<List<String>> columnLines,
      double gridLeft,
      double columnWidth,
      double gridTop,
      double rowHeight) {}

  /**
   * Lays the heat map out in an area: the labels at full size when the rows are high enough for
   * them, else shrunk in steps of a tenth, down to {@link #SMALLEST_SHRINK}.
   *
   * @param graphics the graphics that measure text
   * @param plotArea the area inside the plot's insets
   * @return the layout
   */
  Layout layout(Graphics2D graphics, Rectangle2D plotArea) {
    Layout layout = null;
    int smallest = (int) Math.round(SMALLEST_SHRINK * 10);
    for (int tenths = 10; tenths >= smallest; tenths--) {
      Font rowFont = labelFont.deriveFont(LABEL_SIZE * tenths / 10f);
      Font cellFont = valueFont.deriveFont(VALUE_SIZE * tenths / 10f);
      FontMetrics labels = graphics.getFontMetrics(rowFont);
      double lineHeight = labels.getAscent() + labels.getDescent();
      List<List<String>> rowLines = new ArrayList<>();
      int mostRowLines = 1;
      double rowLabelWidth = 0;
      double rowLabelLimit = plotArea.getWidth() * MOST_ROW_LABEL_SHARE - 2 * PADDING;
      for (String name : rowNames) {
        List<String> lines = BalancedLines.fit(name, labels, rowLabelLimit, 2);
        rowLines.add(lines);
        mostRowLines = Math.max(mostRowLines, lines.size());
        for (String line : lines) {
          rowLabelWidth = Math.max(rowLabelWidth, labels.stringWidth(line));
        }
      }
      double gridLeft = plotArea.getX() + rowLabelWidth + 2 * PADDING;
      double columnWidth = (plotArea.getMaxX() - gridLeft) / columnNames.size();
      List<List<String>> columnLines = new ArrayList<>();
      int headerLines = 1;
      for (String name : columnNames) {
        List<String> lines = BalancedLines.fit(name, labels, columnWidth - HEAD_GAP, 2);
        columnLines.add(lines);
        headerLines = Math.max(headerLines, lines.size());
      }
      double gridTop = plotArea.getY() + headerLines * lineHeight + PADDING;
      double rowHeight = (plotArea.getMaxY() - gridTop) / rowNames.size();
      layout =
          new Layout(
              rowFont, cellFont, rowLines, columnLines, gridLeft, columnWidth, gridTop, rowHeight);
      if (rowHeight >= mostRowLines * lineHeight + CELL_GAP) {
        break;
      }
    }
    return layout;
  }

  private static DecimalFormat valueFormat() {
    DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMultiplier(100);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
