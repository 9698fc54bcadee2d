package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BalancedLinesTest {

  @Test
  void linesHaveNearlyEqualLengths() {
    assertThat(BalancedLines.split("配套企业开工不足", 2)).containsExactly("配套企业", "开工不足");
    assertThat(BalancedLines.split("原材料供应紧张", 2)).containsExactly("原材料供", "应紧张");
    assertThat(BalancedLines.split("滨湖新区", 2)).containsExactly("滨湖", "新区");
    assertThat(BalancedLines.split("景县", 1)).containsExactly("景县");
  }

  @Test
  void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
    // 9 characters: the even break after 5 would leave "（" at the end of the first line
    assertThat(BalancedLines.split("洗手设施（或免洗）", 2)).containsExactly("洗手设施", "（或免洗）");
    // 7 characters: the even break after 4 would start the second line with "，"
    assertThat(BalancedLines.split("体温检测，登记", 2)).containsExactly("体温检测，", "登记");
  }

  @Test
  void fitUsesTheFewestLinesThatFitTheWidth() {
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      FontMetrics metrics = graphics.getFontMetrics(ReportFonts.font(Font.PLAIN, 10f));
      // the shipped font draws a CJK character 10 units wide at size 10
      assertThat(metrics.stringWidth("配套企业开工不足")).isEqualTo(80);
      assertThat(BalancedLines.fit("配套企业开工不足", metrics, 80, 3)).containsExactly("配套企业开工不足");
      assertThat(BalancedLines.fit("配套企业开工不足", metrics, 79, 3)).containsExactly("配套企业", "开工不足");
      assertThat(BalancedLines.fit("配套企业开工不足", metrics, 30, 3)).containsExactly("配套企", "业开", "工不足");
      assertThat(BalancedLines.fit("配套企业开工不足", metrics, 10, 2)).hasSize(2);
    } finally {
      graphics.dispose();
    }
  }
}
