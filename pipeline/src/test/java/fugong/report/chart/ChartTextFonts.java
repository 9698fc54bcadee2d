package fugong.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.TextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Every font a chart draws text with: titles, legends, axis labels and ticks, item labels,
 * annotations, the heat map's labels and values.
 */
final class ChartTextFonts {

  private ChartTextFonts() {}

  /** A font and where the chart uses it. */
  record UsedFont(String place, Font font) {}

  static List<UsedFont> of(JFreeChart chart) {
    List<UsedFont> fonts = new ArrayList<>();
    fonts.add(new UsedFont("title", chart.getTitle().getFont()));
    for (int index = 0; index < chart.getSubtitleCount(); index++) {
      Title subtitle = chart.getSubtitle(index);
      if (subtitle instanceof LegendTitle legend) {
        fonts.add(new UsedFont("legend", legend.getItemFont()));
      } else if (subtitle instanceof TextTitle text) {
        fonts.add(new UsedFont("subtitle", text.getFont()));
      } else {
        throw new IllegalStateException("unexpected subtitle " + subtitle.getClass());
      }
    }
    Plot plot = chart.getPlot();
    LegendItemCollection legendItems = plot.getLegendItems();
    for (int index = 0; legendItems != null && index < legendItems.getItemCount(); index++) {
      LegendItem item = legendItems.get(index);
      if (item.getLabelFont() != null) {
        fonts.add(new UsedFont("legend item " + item.getLabel(), item.getLabelFont()));
      }
    }
    if (plot instanceof CategoryPlot categoryPlot) {
      addAxis(fonts, "domain axis", categoryPlot.getDomainAxis());
      addAxis(fonts, "range axis", categoryPlot.getRangeAxis());
      fonts.add(new UsedFont("item labels", categoryPlot.getRenderer().getDefaultItemLabelFont()));
      for (Object annotation : categoryPlot.getAnnotations()) {
        fonts.add(new UsedFont("annotation", ((TextAnnotation) annotation).getFont()));
      }
    } else if (plot instanceof XYPlot xyPlot) {
      addAxis(fonts, "domain axis", xyPlot.getDomainAxis());
      addAxis(fonts, "range axis", xyPlot.getRangeAxis());
      fonts.add(new UsedFont("item labels", xyPlot.getRenderer().getDefaultItemLabelFont()));
      for (XYAnnotation annotation : xyPlot.getAnnotations()) {
        if (annotation instanceof ReportCharts.ScatterLabelAnnotation) {
          fonts.add(new UsedFont("dot label", ReportCharts.ScatterLabelAnnotation.font()));
          continue;
        }
        if (!(annotation instanceof XYTextAnnotation)) {
          continue;
        }
        fonts.add(new UsedFont("annotation", ((XYTextAnnotation) annotation).getFont()));
      }
    } else if (plot instanceof PanelGridPlot grid) {
      fonts.add(new UsedFont("panel titles", grid.titleFont()));
      for (XYPlot panel : grid.panels()) {
        addAxis(fonts, "panel domain axis", panel.getDomainAxis());
        addAxis(fonts, "panel range axis", panel.getRangeAxis());
      }
    } else if (plot instanceof HeatmapPlot heatmap) {
      fonts.add(new UsedFont("heat-map labels", heatmap.labelFont()));
      fonts.add(new UsedFont("heat-map values", heatmap.valueFont()));
    } else {
      throw new IllegalStateException("unexpected plot " + plot.getClass());
    }
    return fonts;
  }

  private static void addAxis(List<UsedFont> fonts, String place, Axis axis) {
    fonts.add(new UsedFont(place + " label", axis.getLabelFont()));
    fonts.add(new UsedFont(place + " ticks", axis.getTickLabelFont()));
  }
}
