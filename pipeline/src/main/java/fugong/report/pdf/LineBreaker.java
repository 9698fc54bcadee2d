package fugong.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines: between any two Chinese characters, never inside a run of Latin
 * letters and digits ("88.8%", "2020-03-10"), never with closing punctuation (，。、；：）」』》 …) at the
 * start of a line nor opening punctuation (（「《 …) at its end — the character before it moves down
 * with it. A space is a break opportunity and disappears at a break.
 */
public final class LineBreaker {
  /** Width of a piece of text in points. */
  @FunctionalInterface
  public interface Measure {
    float width(String text);
  }

  static final String NO_LINE_START = "，。、；：？！）」』》〉】〕”’…·％,.;:!?)]}%";
  static final String NO_LINE_END = "（「『《〈【〔“‘([{";

  private LineBreaker() {}

  public static List<String> wrap(String text, float maxWidth, Measure measure) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      wrapParagraph(paragraph, maxWidth, measure, lines);
    }
    return lines;
  }

  private static boolean wordCharacter(int character) {
    return character < 0x2E80
        && (Character.isLetterOrDigit(character) || "._/%+-:*×²".indexOf(character) >= 0);
  }

  /** Words of Latin letters and digits, single spaces, and every other character alone. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int index = 0;
    while (index < text.length()) {
      int character = text.codePointAt(index);
      int end = index + Character.charCount(character);
      if (wordCharacter(character)) {
        while (end < text.length() && wordCharacter(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      tokens.add(text.substring(index, end));
      index = end;
    }
    return tokens;
  }

  private static void wrapParagraph(
      String paragraph, float maxWidth, Measure measure, List<String> lines) {
    List<String> line = new ArrayList<>();
    for (String token : tokens(paragraph)) {
      if (measure.width(join(line) + token) <= maxWidth
          || line.isEmpty() && measure.width(token) <= maxWidth) {
        line.add(token);
        continue;
      }
      if (token.isBlank()) {
        // the break comes with the next token, which may not start a line
        line.add(token);
        continue;
      }
      List<String> carried = new ArrayList<>();
      if (NO_LINE_START.indexOf(token.charAt(0)) >= 0) {
        // move the last character that may start a line down with the closing punctuation
        int cut = line.size() - 1;
        while (cut > 0
            && (NO_LINE_START.indexOf(line.get(cut).charAt(0)) >= 0 || line.get(cut).isBlank())) {
          cut--;
        }
        if (cut <= 0) {
          // nothing to move down: the punctuation hangs past the measure
          line.add(token);
          continue;
        }
        carried.addAll(line.subList(cut, line.size()));
        line.subList(cut, line.size()).clear();
      }
      while (!line.isEmpty() && NO_LINE_END.indexOf(line.get(line.size() - 1).charAt(0)) >= 0) {
        carried.add(0, line.remove(line.size() - 1));
      }
      if (line.isEmpty()) {
        // nothing may end the line here: keep it together, wider than the measure
        line.addAll(carried);
        line.add(token);
        continue;
      }
      emit(line, lines);
      line.addAll(carried);
      if (measure.width(token) > maxWidth && line.isEmpty()) {
        splitLongWord(token, maxWidth, measure, line, lines);
      } else {
        line.add(token);
      }
    }
    lines.add(join(line).strip());
  }

  private static void splitLongWord(
      String word, float maxWidth, Measure measure, List<String> line, List<String> lines) {
    StringBuilder piece = new StringBuilder();
    for (int index = 0; index < word.length(); index++) {
      if (piece.length() > 0 && measure.width(piece.toString() + word.charAt(index)) > maxWidth) {
        line.add(piece.toString());
        emit(line, lines);
        piece.setLength(0);
      }
      piece.append(word.charAt(index));
    }
    line.add(piece.toString());
  }

  private static void emit(List<String> line, List<String> lines) {
    lines.add(join(line).strip());
    line.clear();
  }

  private static String join(List<String> tokens) {
    return String.join("", tokens);
  }
}
