package fugong.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/**
 * Small multiples: one small line chart per county, in a grid of a given number of columns, read
 * left to right and top to bottom, each under its title. All panels share the same axes and have
 * plotting areas of the same size; only the panels of the first column show the rate ticks (and
 * have room for them) and only the lowest panel of each column shows the dates.
 */
final class PanelGridPlot extends Plot {
  private static final long serialVersionUID = 1L;

  /** Size of each panel's title. */
  static final float TITLE_SIZE = 14f;

  /** Space between panels. */
  static final double GAP = 12.0;

  /** Room at the left of the first column's panels for the rate ticks. */
  static final double RATE_TICK_ROOM = 38.0;

  /** Room at the left of the other panels. */
  static final double INNER_ROOM = 2.0;

  /** Room reserved under every panel for the dates. */
  static final double DATE_TICK_ROOM = 22.0;

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);

  private final List<String> titles;
  private final List<XYPlot> panels;
  private final int columns;
  private final LegendItemCollection legend;
  private final Font titleFont = ReportFonts.font(Font.BOLD, TITLE_SIZE);

  /**
   * A grid of panels.
   *
   * @param titles the panel titles, one per panel
   * @param panels the panels, in reading order
   * @param columns the number of columns, at least 1
   * @param legend the legend of the whole chart
   */
  PanelGridPlot(
      List<String> titles, List<XYPlot> panels, int columns, LegendItemCollection legend) {
    if (titles.size() != panels.size()) {
      throw new IllegalArgumentException(
          titles.size() + " titles for " + panels.size() + " panels");
    }
    if (columns < 1) {
      throw new IllegalArgumentException("at least one column, not " + columns);
    }
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("no panel to draw");
    }
    this.titles = List.copyOf(titles);
    this.panels = List.copyOf(panels);
    this.columns = columns;
    this.legend = legend;
    setOutlineVisible(false);
    for (int index = 0; index < panels.size(); index++) {
      XYPlot panel = panels.get(index);
      boolean firstColumn = index % columns == 0;
      boolean lowestInColumn = index + columns >= panels.size();
      panel.getRangeAxis().setTickLabelsVisible(firstColumn);
      panel.getDomainAxis().setTickLabelsVisible(lowestInColumn);
      AxisSpace rateRoom = new AxisSpace();
      rateRoom.setLeft(firstColumn ? RATE_TICK_ROOM : INNER_ROOM);
      panel.setFixedRangeAxisSpace(rateRoom);
      AxisSpace dateRoom = new AxisSpace();
      dateRoom.setBottom(DATE_TICK_ROOM);
      panel.setFixedDomainAxisSpace(dateRoom);
    }
  }

  List<String> titles() {
    return titles;
  }

  List<XYPlot> panels() {
    return panels;
  }

  int columns() {
    return columns;
  }

  Font titleFont() {
    return titleFont;
  }

  int rows() {
    return (panels.size() + columns - 1) / columns;
  }

  @Override
  public String getPlotType() {
    return "小多图";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    return legend;
  }

  @Override
  public void draw(
      Graphics2D graphics,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    Rectangle2D plotArea = HeatmapPlot.startDrawing(this, graphics, area, info);
    int rows = rows();
    double plotWidth =
        (plotArea.getWidth() - RATE_TICK_ROOM - (columns - 1) * (INNER_ROOM + GAP)) / columns;
    double cellHeight = (plotArea.getHeight() - (rows - 1) * GAP) / rows;
    FontMetrics metrics = graphics.getFontMetrics(titleFont);
    double titleHeight = metrics.getAscent() + metrics.getDescent() + 2;
    for (int index = 0; index < panels.size(); index++) {
      int column = index % columns;
      double plotLeft = plotArea.getX() + RATE_TICK_ROOM + column * (plotWidth + GAP + INNER_ROOM);
      double room = column == 0 ? RATE_TICK_ROOM : INNER_ROOM;
      double y = plotArea.getY() + (index / columns) * (cellHeight + GAP);
      graphics.setFont(titleFont);
      graphics.setPaint(TEXT);
      graphics.drawString(titles.get(index), (float) plotLeft, (float) (y + metrics.getAscent()));
      Rectangle2D panelArea =
          new Rectangle2D.Double(
              plotLeft - room, y + titleHeight, plotWidth + room, cellHeight - titleHeight);
      panels.get(index).draw(graphics, panelArea, null, null, null);
    }
  }
}
