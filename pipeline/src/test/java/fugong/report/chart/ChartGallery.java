package fugong.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one sample of each chart as PNG into a directory, to look at by eye. Run with the test
 * class path: {@code java fugong.report.chart.ChartGallery /tmp/fugong-charts}.
 */
public final class ChartGallery {

  private ChartGallery() {}

  /**
   * Writes trend.png, ranking.png, heatmap.png and bars.png.
   *
   * @param arguments the output directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] arguments) throws IOException {
    Path directory = Path.of(arguments[0]);
    Files.createDirectories(directory);
    Files.write(directory.resolve("trend.png"), ChartImages.png(SampleCharts.trend(), 900, 500));
    Files.write(directory.resolve("ranking.png"), ChartImages.png(SampleCharts.ranking(), 900, 560));
    Files.write(directory.resolve("heatmap.png"), ChartImages.png(SampleCharts.heatmap(), 1100, 620));
    Files.write(directory.resolve("bars.png"), ChartImages.png(SampleCharts.bars(), 900, 480));
  }
}
