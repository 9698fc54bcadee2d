package fugong.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one sample of each chart as PNG into a directory, to look at by eye, 900 units wide as
 * the briefing lays them out before scaling them to the page. Run with the test class path: {@code
 * java fugong.report.chart.ChartGallery /tmp/fugong-charts}.
 */
public final class ChartGallery {

  private ChartGallery() {}

  /**
   * Writes one PNG per chart of {@link SampleCharts#all()}.
   *
   * @param arguments the output directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] arguments) throws IOException {
    Path directory = Path.of(arguments[0]);
    Files.createDirectories(directory);
    for (SampleCharts.Named sample : SampleCharts.all()) {
      int height =
          switch (sample.name()) {
            case "heatmap" -> ReportCharts.heatmapHeight(SampleCharts.ITEMS.size());
            case "trend-panels" -> ReportCharts.trendPanelsHeight(SampleCharts.COUNTIES.size(), 5);
            default -> 470;
          };
      Files.write(
          directory.resolve(sample.name() + ".png"), ChartImages.png(sample.chart(), 900, height));
    }
  }
}
