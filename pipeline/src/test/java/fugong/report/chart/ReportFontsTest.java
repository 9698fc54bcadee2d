package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

  static final String CHINESE = "衡水市复工率趋势防控措施落实热力图≤≥㎡";

  @Test
  void theShippedFontDisplaysTheReportsChineseWithoutMissingGlyphs() {
    assertThat(ReportFonts.font(Font.PLAIN, 12f).canDisplayUpTo(CHINESE)).isEqualTo(-1);
    assertThat(ReportFonts.font(Font.BOLD, 18f).canDisplayUpTo(CHINESE)).isEqualTo(-1);
    assertThat(ReportFonts.font(Font.PLAIN, 12f).canDisplayUpTo("0123456789.%–—<> ABCxyz（）"))
        .isEqualTo(-1);
  }

  @Test
  void theFamilyIsTheShippedOne() {
    assertThat(ReportFonts.FAMILY).isEqualTo("WenQuanYi Micro Hei");
    Font font = ReportFonts.font(Font.BOLD, 14f);
    assertThat(font.getFamily(Locale.ROOT)).isEqualTo(ReportFonts.FAMILY);
    assertThat(font.getSize2D()).isEqualTo(14f);
    assertThat(font.isBold()).isTrue();
  }

  @Test
  void fontBytesAreTheResourceAndACopy() throws Exception {
    byte[] resource;
    try (InputStream stream = ReportFonts.class.getResourceAsStream(ReportFonts.RESOURCE)) {
      resource = stream.readAllBytes();
    }
    byte[] bytes = ReportFonts.fontBytes();
    assertThat(bytes).isEqualTo(resource);
    bytes[0] = 42;
    assertThat(ReportFonts.fontBytes()).isEqualTo(resource);
  }
}
