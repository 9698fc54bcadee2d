package fugong.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking measured in characters: every character is one unit wide. */
class LineBreakerTest {
  private static List<String> wrap(String text, int width) {
    return LineBreaker.wrap(text, width, piece -> piece.codePointCount(0, piece.length()));
  }

  @Test
  void chineseBreaksBetweenAnyTwoCharacters() {
    assertThat(wrap("可疑症状十人隔离观察", 4)).containsExactly("可疑症状", "十人隔离", "观察");
  }

  @Test
  void noLineStartsWithClosingPunctuation() {
    // 4 wide: "复工率高，" would start the second line with "，"; the character before moves down with it
    assertThat(wrap("复工率高，产能低。", 4)).containsExactly("复工率", "高，产能", "低。");
    for (String text :
        List.of(
            "桃城（68.0%）、冀州（75.2%）、武邑（77.9%）。",
            "宿舍人数与自报不符：冀州 5、枣强 5、桃城 3；", "确诊1例」，」。", "（枣强县 · 曹德中 · 政策产业科；景县 · 曹德中 · 中小企业科）")) {
      for (int width = 3; width < 12; width++) {
        for (String line : wrap(text, width)) {
          assertThat(LineBreaker.NO_LINE_START.indexOf(line.charAt(0)))
              .as("'%s' at width %d", line, width)
              .isNegative();
          assertThat(LineBreaker.NO_LINE_END.indexOf(line.charAt(line.length() - 1)))
              .as("'%s' at width %d", line, width)
              .isNegative();
        }
        assertThat(String.join("", wrap(text, width)).replace(" ", ""))
            .isEqualTo(text.replace(" ", ""));
      }
    }
  }

  @Test
  void numbersAndCodesAreNotCut() {
    assertThat(wrap("复工率为88.8%较前日", 7)).containsExactly("复工率为", "88.8%较前", "日");
    assertThat(wrap("可疑症状 10 人", 6)).containsExactly("可疑症状", "10 人");
  }
}
