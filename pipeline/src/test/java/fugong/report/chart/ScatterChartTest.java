package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The 电力核验 scatter chart: one dot per point where its figures say, its name beside it, the diagonal
 * y = x, both axes 0–100 %; names that would collide are moved apart.
 */
class ScatterChartTest {
  private static final Color DOT = new Color(0x08, 0x45, 0x94);

  @Test
  void theChartHoldsEveryDotTheDiagonalAndAxesFromNoughtToAHundredPercent() {
    XYPlot plot = (XYPlot) SampleCharts.scatter().getPlot();
    XYDataset dots = plot.getDataset();
    assertThat(dots.getSeriesCount()).isEqualTo(1);
    assertThat(dots.getItemCount(0)).isEqualTo(4);
    assertThat(dots.getXValue(0, 0)).isEqualTo(0.92);
    assertThat(dots.getYValue(0, 0)).isEqualTo(0.71);
    assertThat(dots.getXValue(0, 3)).isEqualTo(1.0);
    assertThat(dots.getYValue(0, 3)).isEqualTo(0.0);
    List<XYLineAnnotation> lines =
        plot.getAnnotations().stream()
            .filter(XYLineAnnotation.class::isInstance)
            .map(XYLineAnnotation.class::cast)
            .toList();
    assertThat(lines).singleElement();
    XYLineAnnotation diagonal = lines.get(0);
    assertThat(List.of(diagonal.getX1(), diagonal.getY1(), diagonal.getX2(), diagonal.getY2()))
        .containsExactly(0.0, 0.0, 1.0, 1.0);
    for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
      assertThat(axis.getLowerBound()).isLessThan(0.0).isGreaterThan(-0.05);
      assertThat(axis.getUpperBound()).isGreaterThan(1.0).isLessThan(1.05);
    }
    assertThat(plot.getDomainAxis().getLabel()).isEqualTo("自报复工率");
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("电力复工率");
    assertThat(ChartTexts.of(SampleCharts.scatter()).stream().map(ChartTexts.Shown::text))
        .contains("桃城", "冀州", "枣强", "滨湖", "0%", "50%", "100%", "斜线右下方：电力复工率低于自报")
        .doesNotContain("-10%", "110%");
  }

  @Test
  void thePngDrawsEachDotInBlueAndTheDiagonalInGrey() throws IOException {
    JFreeChart chart = SampleCharts.scatter();
    ChartRenderingInfo info = new ChartRenderingInfo();
    // lay the chart out at the PNG's size to learn where the data area is
    chart.createBufferedImage(1200, 900, info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(ChartImages.png(SampleCharts.scatter(), 1200, 900)));
    XYPlot plot = (XYPlot) chart.getPlot();
    int[] dot = pixel(plot, area, 0.80, 0.85);
    assertThat(new Color(image.getRGB(dot[0], dot[1]))).isEqualTo(DOT);
    int[] corner = pixel(plot, area, 1.0, 0.0);
    assertThat(new Color(image.getRGB(corner[0], corner[1]))).isEqualTo(DOT);
    // along the diagonal, dashed (8 px on, 6 off): more than 15 of 40 samples from 10 % to 40 %
    // are grey
    int grey = 0;
    for (int step = 0; step < 40; step++) {
      double value = 0.10 + 0.3 * step / 40;
      int[] at = pixel(plot, area, value, value);
      Color colour = new Color(image.getRGB(at[0], at[1]));
      if (colour.getRed() < 0xE0 && Math.abs(colour.getRed() - colour.getBlue()) < 16) {
        grey++;
      }
    }
    assertThat(grey).isGreaterThan(15);
    int[] offDiagonal = pixel(plot, area, 0.35, 0.65);
    assertThat(new Color(image.getRGB(offDiagonal[0], offDiagonal[1]))).isEqualTo(Color.WHITE);
  }

  @Test
  void namesCoverNeitherEachOtherNorADotAndStayInsideThePlot() {
    double[] plot = {0, 0, 400, 300};
    // the second dot 4 px right of the first: the first's name cannot go right (the second dot is
    // there) and goes left, the second's goes right; the third dot sits on the right edge
    List<ScatterLabels.Side> sides =
        ScatterLabels.place(
            List.of(new double[] {100, 100}, new double[] {104, 102}, new double[] {395, 50}),
            List.of(30.0, 30.0, 30.0),
            12,
            7,
            4,
            plot);
    assertThat(sides)
        .containsExactly(
            ScatterLabels.Side.LEFT, ScatterLabels.Side.RIGHT, ScatterLabels.Side.LEFT);
    assertThat(ScatterLabels.box(ScatterLabels.Side.LEFT, 100, 100, 30, 12, 7))
        .containsExactly(63.0, 94.0, 93.0, 106.0);
    // three dots in a row 20 px apart with 30 px names: the middle one's name goes above
    assertThat(
            ScatterLabels.place(
                List.of(new double[] {100, 100}, new double[] {120, 100}, new double[] {140, 100}),
                List.of(30.0, 30.0, 30.0),
                12,
                7,
                4,
                plot))
        .containsExactly(
            ScatterLabels.Side.LEFT, ScatterLabels.Side.ABOVE, ScatterLabels.Side.RIGHT);
  }

  private static int[] pixel(XYPlot plot, Rectangle2D area, double x, double y) {
    return new int[] {
      (int) Math.round(plot.getDomainAxis().valueToJava2D(x, area, RectangleEdge.BOTTOM)),
      (int) Math.round(plot.getRangeAxis().valueToJava2D(y, area, RectangleEdge.LEFT))
    };
  }
}
