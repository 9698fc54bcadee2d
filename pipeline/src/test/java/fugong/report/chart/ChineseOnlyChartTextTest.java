package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The charts show no English: no ASCII letter in any title, subtitle, legend item, axis label, tick
 * label, category, item label, annotation or heat-map cell, whether read from the chart's parts or
 * from the text a PDF page holds once the chart is drawn on it as vectors.
 */
class ChineseOnlyChartTextTest {

  private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");

  @Test
  void noPartOfAnyChartShowsAnAsciiLetter() {
    for (SampleCharts.Named sample : SampleCharts.all()) {
      List<ChartTexts.Shown> texts = ChartTexts.of(sample.chart());
      assertThat(texts).as(sample.name()).isNotEmpty();
      assertThat(texts)
          .as(sample.name())
          .allSatisfy(
              shown ->
                  assertThat(ASCII_LETTER.matcher(shown.text()).find())
                      .as(sample.name() + " " + shown.place() + ": " + shown.text())
                      .isFalse());
    }
  }

  @Test
  void theWalkReachesTitlesLegendsTicksAndLabels() {
    List<String> trend = texts(SampleCharts.trendBand());
    assertThat(trend).contains("复工率趋势", "全市", "县市区最高—最低", "82%", "88.1%");
    assertThat(trend).anySatisfy(text -> assertThat(text).matches("\\d+月\\d+日"));
    List<String> heatmap = texts(SampleCharts.heatmap());
    assertThat(heatmap)
        .contains(
            "防控措施落实热力图",
            "单位：%",
            "95%及以上",
            "80%至95%",
            "低于80%",
            "无数据",
            "桃城区",
            "病例处置预案（流调、密接追踪、停产）",
            "—");
    assertThat(texts(SampleCharts.ranking())).contains("无数据", "100%", "96.5%");
    assertThat(texts(SampleCharts.bars())).contains("件数", "配套企业开工不足", "31");
  }

  @Test
  void theTextDrawnIntoAPdfPageHasNoAsciiLetter() throws IOException {
    for (SampleCharts.Named sample : SampleCharts.all()) {
      String text = drawnText(sample.chart(), 900, 620);
      assertThat(text).as(sample.name()).contains(sample.chart().getTitle().getText());
      String label =
          switch (sample.name()) {
            case "bars" -> "员工返";
            case "trend-band" -> "县市区最高—最低";
            case "scatter" -> "枣强";
            default -> "桃城区";
          };
      assertThat(text).as(sample.name()).contains(label);
      assertThat(ASCII_LETTER.matcher(text).find()).as(sample.name() + ": " + text).isFalse();
    }
  }

  private static List<String> texts(JFreeChart chart) {
    return ChartTexts.of(chart).stream().map(ChartTexts.Shown::text).toList();
  }

  /** Draws the chart as vectors on a PDF page as the briefing does, and reads back its text. */
  static String drawnText(JFreeChart chart, float width, float height) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font =
          PDType0Font.load(document, new ByteArrayInputStream(ReportFonts.fontBytes()), true);
      PDPage page = new PDPage(new PDRectangle(width, height));
      document.addPage(page);
      PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
      PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer();
      textDrawer.registerFont(ReportFonts.font(Font.PLAIN, 1f).getFontName(), font);
      textDrawer.registerFont(ReportFonts.FAMILY, font);
      graphics.setFontTextDrawer(textDrawer);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
      graphics.dispose();
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.drawForm(graphics.getXFormObject());
      }
      // the font subset and its character map are written when the document is saved
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      document.save(saved);
      try (PDDocument reread = Loader.loadPDF(saved.toByteArray())) {
        return new PDFTextStripper().getText(reread);
      }
    }
  }
}
