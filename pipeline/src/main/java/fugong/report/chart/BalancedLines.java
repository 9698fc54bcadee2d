package fugong.report.chart;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a Chinese label into lines of nearly equal length ("配套企业/开工不足" rather than "配套企业开工/不足"),
 * breaking between any two characters except before closing punctuation (no line starts with "）" or
 * "，") and after opening punctuation (no line ends with "（").
 */
final class BalancedLines {

  private static final String CLOSING = "）)」』】》〉，,、。．.；;：:！!？?％%…—";
  private static final String OPENING = "（(「『【《〈";

  private BalancedLines() {}

  /**
   * The label in as few balanced lines as fit the width, at most maxLines (the last lines may then
   * be wider than the width).
   *
   * @param text the label
   * @param metrics the metrics of the label's font
   * @param width the width available
   * @param maxLines the most lines
   * @return the lines, at least one
   */
  static List<String> fit(String text, FontMetrics metrics, double width, int maxLines) {
    int characters = text.codePointCount(0, text.length());
    for (int lines = 1; lines < Math.min(maxLines, characters); lines++) {
      List<String> split = split(text, lines);
      if (split.stream().allMatch(line -> metrics.stringWidth(line) <= width)) {
        return split;
      }
    }
    return split(text, Math.max(1, Math.min(maxLines, characters)));
  }

  /**
   * The label in the given number of lines of nearly equal character counts, each break moved
   * forward past closing punctuation and back before opening punctuation.
   *
   * @param text the label
   * @param lines the number of lines wanted
   * @return the lines (fewer when breaks merge)
   */
  static List<String> split(String text, int lines) {
    int[] codePoints = text.codePoints().toArray();
    int characters = codePoints.length;
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int line = 0; line < lines && start < characters; line++) {
      int end = Math.round((float) characters * (line + 1) / lines);
      if (line == lines - 1) {
        end = characters;
      }
      end = Math.max(end, start + 1);
      while (end < characters && end > start + 1 && OPENING.indexOf(codePoints[end - 1]) >= 0) {
        end--;
      }
      while (end < characters && CLOSING.indexOf(codePoints[end]) >= 0) {
        end++;
      }
      result.add(new String(codePoints, start, end - start));
      start = end;
    }
    return result;
  }
}
