package fugong.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Run in a child JVM that sees no CJK system font: renders the charts, checks that no WenQuanYi
 * family comes from the system and that every text font of every chart displays the Chinese it
 * shows. Prints OK, or one line per failure. With an argument, also writes the PNGs to that
 * directory.
 */
public final class ShippedFontProbe {

  static final String CHINESE = "衡水市复工率趋势防控措施落实热力图≤≥㎡县市区排名未解决困难（按类型）桃城区滨湖新区无数据件数";

  private ShippedFontProbe() {}

  /**
   * Probes the shipped font and prints the verdict.
   *
   * @param arguments optionally a directory to write the rendered PNGs to
   * @throws Exception when rendering or writing fails
   */
  public static void main(String[] arguments) throws Exception {
    List<String> failures = new ArrayList<>();
    for (SampleCharts.Named sample : SampleCharts.all()) {
      JFreeChart chart = sample.chart();
      String name = sample.name();
      byte[] png = ChartImages.png(chart, 800, 480);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null || image.getWidth() != 800 || image.getHeight() != 480) {
        failures.add(name + ": the PNG does not decode at 800×480");
      }
      if (arguments.length > 0) {
        Files.createDirectories(Path.of(arguments[0]));
        Files.write(Path.of(arguments[0], name + ".png"), png);
      }
      String text = CHINESE + chart.getTitle().getText();
      for (ChartTextFonts.UsedFont used : ChartTextFonts.of(chart)) {
        Font font = used.font();
        int missing = font.canDisplayUpTo(text);
        if (missing != -1) {
          failures.add(
              name + " " + used.place() + ": " + font + " cannot display " + text.charAt(missing));
        }
        if (!ReportFonts.FAMILY.equals(font.getFamily(Locale.ROOT))) {
          failures.add(name + " " + used.place() + ": not the shipped font but " + font);
        }
      }
    }
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    List<String> families =
        new ArrayList<>(Arrays.asList(environment.getAvailableFontFamilyNames(Locale.ROOT)));
    families.addAll(Arrays.asList(environment.getAvailableFontFamilyNames()));
    for (String family : families) {
      if (family.contains("WenQuanYi") || family.contains("文泉")) {
        failures.add("a system font is visible: " + family);
      }
    }
    if (new Font(ReportFonts.FAMILY, Font.PLAIN, 12).canDisplayUpTo(CHINESE) == -1) {
      failures.add(
          "the family looked up by name among system fonts displays Chinese: "
              + "system CJK fonts are not hidden");
    }
    System.out.println(failures.isEmpty() ? "OK" : String.join(System.lineSeparator(), failures));
  }
}
