package fugong.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series of an {@link IntervalXYDataset} as a shaded band between its start and end y
 * values (the lowest and the highest county on each date), with thin edges. A date whose bounds are
 * NaN (no county reported) breaks the band; a date standing alone is drawn as a short vertical bar.
 */
final class BandRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  /** Width of a band standing on a single date. */
  static final float SINGLE_DATE_WIDTH = 6f;

  private final Color fill;
  private final Color edge;

  BandRenderer(Color fill, Color edge) {
    this.fill = fill;
    this.edge = edge;
  }

  Color fill() {
    return fill;
  }

  @Override
  public void drawItem(
      Graphics2D graphics,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    if (item != dataset.getItemCount(series) - 1) {
      return;
    }
    IntervalXYDataset band = (IntervalXYDataset) dataset;
    RectangleEdge xEdge = plot.getDomainAxisEdge();
    RectangleEdge yEdge = plot.getRangeAxisEdge();
    int start = 0;
    while (start <= item) {
      while (start <= item && isGap(band, series, start)) {
        start++;
      }
      int end = start;
      while (end + 1 <= item && !isGap(band, series, end + 1)) {
        end++;
      }
      if (start <= item) {
        drawRun(graphics, dataArea, domainAxis, rangeAxis, xEdge, yEdge, band, series, start, end);
      }
      start = end + 1;
    }
  }

  private void drawRun(
      Graphics2D graphics,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      RectangleEdge xEdge,
      RectangleEdge yEdge,
      IntervalXYDataset band,
      int series,
      int first,
      int last) {
    Path2D.Double upper = new Path2D.Double();
    Path2D.Double lower = new Path2D.Double();
    Path2D.Double area = new Path2D.Double();
    for (int item = first; item <= last; item++) {
      double x = domainAxis.valueToJava2D(band.getXValue(series, item), dataArea, xEdge);
      double high = rangeAxis.valueToJava2D(band.getEndYValue(series, item), dataArea, yEdge);
      if (item == first) {
        upper.moveTo(x, high);
        area.moveTo(x, high);
      } else {
        upper.lineTo(x, high);
        area.lineTo(x, high);
      }
    }
    for (int item = last; item >= first; item--) {
      double x = domainAxis.valueToJava2D(band.getXValue(series, item), dataArea, xEdge);
      double low = rangeAxis.valueToJava2D(band.getStartYValue(series, item), dataArea, yEdge);
      area.lineTo(x, low);
      if (item == last) {
        lower.moveTo(x, low);
      } else {
        lower.lineTo(x, low);
      }
    }
    area.closePath();
    if (first == last) {
      double x = domainAxis.valueToJava2D(band.getXValue(series, first), dataArea, xEdge);
      double high = rangeAxis.valueToJava2D(band.getEndYValue(series, first), dataArea, yEdge);
      double low = rangeAxis.valueToJava2D(band.getStartYValue(series, first), dataArea, yEdge);
      graphics.setPaint(fill);
      graphics.setStroke(
          new BasicStroke(SINGLE_DATE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      graphics.draw(new Line2D.Double(x, low, x, high));
      return;
    }
    graphics.setPaint(fill);
    graphics.fill(area);
    graphics.setPaint(edge);
    graphics.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    graphics.draw(upper);
    graphics.draw(lower);
  }

  private static boolean isGap(IntervalXYDataset band, int series, int item) {
    return Double.isNaN(band.getStartYValue(series, item))
        || Double.isNaN(band.getEndYValue(series, item));
  }
}
