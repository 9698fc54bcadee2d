package fugong.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Every text a chart shows, walked through its parts: title and subtitles, legend items, axis
 * labels and tick labels, category names, item labels, annotations, the heat map's row and column
 * names and cell values. Series names appear through the legend items.
 */
final class ChartTexts {

  private ChartTexts() {}

  /** A text and where the chart shows it. */
  record Shown(String place, String text) {}

  static List<Shown> of(JFreeChart chart) {
    List<Shown> texts = new ArrayList<>();
    if (chart.getTitle() != null) {
      texts.add(new Shown("title", chart.getTitle().getText()));
    }
    for (int index = 0; index < chart.getSubtitleCount(); index++) {
      Title subtitle = chart.getSubtitle(index);
      if (subtitle instanceof TextTitle text) {
        texts.add(new Shown("subtitle", text.getText()));
      } else if (!(subtitle instanceof LegendTitle)) {
        throw new IllegalStateException("unexpected subtitle " + subtitle.getClass());
      }
    }
    Plot plot = chart.getPlot();
    LegendItemCollection legend = plot.getLegendItems();
    for (int index = 0; legend != null && index < legend.getItemCount(); index++) {
      texts.add(new Shown("legend item", legend.get(index).getLabel()));
    }
    if (plot instanceof CategoryPlot categoryPlot) {
      texts.add(new Shown("domain axis label", categoryPlot.getDomainAxis().getLabel()));
      addValueAxis(texts, "range axis", categoryPlot.getRangeAxis(), RectangleEdge.LEFT);
      CategoryDataset dataset = categoryPlot.getDataset();
      CategoryItemLabelGenerator labels = categoryPlot.getRenderer().getDefaultItemLabelGenerator();
      for (int column = 0; column < dataset.getColumnCount(); column++) {
        texts.add(new Shown("category", dataset.getColumnKey(column).toString()));
        if (labels != null && dataset.getValue(0, column) != null) {
          texts.add(new Shown("item label", labels.generateLabel(dataset, 0, column)));
        }
      }
      for (Object annotation : categoryPlot.getAnnotations()) {
        texts.add(new Shown("annotation", ((CategoryTextAnnotation) annotation).getText()));
      }
    } else if (plot instanceof XYPlot xyPlot) {
      addValueAxis(texts, "domain axis", xyPlot.getDomainAxis(), RectangleEdge.BOTTOM);
      addValueAxis(texts, "range axis", xyPlot.getRangeAxis(), RectangleEdge.LEFT);
      for (int index = 0; index < xyPlot.getDatasetCount(); index++) {
        XYDataset dataset = xyPlot.getDataset(index);
        for (int series = 0; dataset != null && series < dataset.getSeriesCount(); series++) {
          texts.add(new Shown("series", dataset.getSeriesKey(series).toString()));
        }
      }
      for (Object annotation : xyPlot.getAnnotations()) {
        if (annotation instanceof XYTextAnnotation text) {
          texts.add(new Shown("annotation", text.getText()));
        } else if (annotation instanceof ReportCharts.ScatterLabelAnnotation labels) {
          labels.labels().forEach(label -> texts.add(new Shown("dot label", label)));
        }
      }
    } else if (plot instanceof HeatmapPlot heatmap) {
      heatmap.rowNames().forEach(name -> texts.add(new Shown("row", name)));
      heatmap.columnNames().forEach(name -> texts.add(new Shown("column", name)));
      for (int row = 0; row < heatmap.rowNames().size(); row++) {
        for (int column = 0; column < heatmap.columnNames().size(); column++) {
          texts.add(new Shown("cell", heatmap.cellLabel(row, column)));
        }
      }
    } else if (plot instanceof PanelGridPlot grid) {
      grid.titles().forEach(title -> texts.add(new Shown("panel title", title)));
      for (XYPlot panel : grid.panels()) {
        addValueAxis(texts, "panel domain axis", panel.getDomainAxis(), RectangleEdge.BOTTOM);
        addValueAxis(texts, "panel range axis", panel.getRangeAxis(), RectangleEdge.LEFT);
      }
    } else {
      throw new IllegalStateException("unexpected plot " + plot.getClass());
    }
    texts.removeIf(shown -> shown.text() == null);
    return texts;
  }

  private static void addValueAxis(
      List<Shown> texts, String place, ValueAxis axis, RectangleEdge edge) {
    texts.add(new Shown(place + " label", axis.getLabel()));
    for (String tick : tickLabels(axis, edge)) {
      texts.add(new Shown(place + " tick", tick));
    }
  }

  /** The major tick labels of an axis laid out 700 × 440. */
  static List<String> tickLabels(ValueAxis axis, RectangleEdge edge) {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      Rectangle2D area = new Rectangle2D.Double(50, 20, 700, 440);
      List<?> ticks = axis.refreshTicks(graphics, new AxisState(), area, edge);
      return ticks.stream()
          .map(ValueTick.class::cast)
          .filter(tick -> tick.getTickType() == org.jfree.chart.axis.TickType.MAJOR)
          .map(ValueTick::getText)
          .toList();
    } finally {
      graphics.dispose();
    }
  }
}
