package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartImagesTest {

  private static final List<Supplier<JFreeChart>> CHARTS =
      List.of(
          SampleCharts::trend,
          SampleCharts::trendBand,
          SampleCharts::trendPanels,
          SampleCharts::ranking,
          SampleCharts::heatmap,
          SampleCharts::bars);

  @Test
  void theSameChartAndSizeGiveTheSameBytes() {
    for (Supplier<JFreeChart> build : CHARTS) {
      JFreeChart chart = build.get();
      byte[] first = ChartImages.png(chart, 640, 400);
      byte[] second = ChartImages.png(chart, 640, 400);
      byte[] rebuilt = ChartImages.png(build.get(), 640, 400);
      assertThat(second).isEqualTo(first);
      assertThat(rebuilt).isEqualTo(first);
    }
  }

  @Test
  void thePngDecodesAtTheRequestedSize() throws Exception {
    byte[] png = ChartImages.png(SampleCharts.heatmap(), 1000, 560);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(560);
    assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
  }

  @Test
  void thePngCarriesNoTimestampOrText() {
    List<String> chunks = chunkTypes(ChartImages.png(SampleCharts.bars(), 300, 200));
    assertThat(chunks)
        .startsWith("IHDR")
        .endsWith("IEND")
        .doesNotContain("tIME", "tEXt", "iTXt", "zTXt");
  }

  @Test
  void rejectsAnEmptySize() {
    assertThatThrownBy(() -> ChartImages.png(SampleCharts.bars(), 0, 200))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> chunkTypes(byte[] png) {
    ByteBuffer buffer = ByteBuffer.wrap(png);
    buffer.position(8);
    List<String> types = new ArrayList<>();
    while (buffer.remaining() >= 12) {
      int length = buffer.getInt();
      byte[] type = new byte[4];
      buffer.get(type);
      types.add(new String(type, StandardCharsets.US_ASCII));
      buffer.position(buffer.position() + length + 4);
    }
    return types;
  }
}
