package fugong.domain;

import java.text.Normalizer;

/** How free text from county files is compared: Unicode NFKC, then all white space removed. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * The comparison key of a header or vocabulary cell: NFKC (full-width to half-width, ㎡ to m2),
   * every white-space character removed (including the ideographic space), a leading BOM dropped.
   */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder builder = new StringBuilder(normalized.length());
    for (int index = 0; index < normalized.length(); index++) {
      char character = normalized.charAt(index);
      if (character == '\uFEFF'
          || Character.isWhitespace(character)
          || Character.isSpaceChar(character)) {
        continue;
      }
      builder.append(character);
    }
    return builder.toString();
  }

  /** A cell as stored: surrounding white space (also the ideographic space and a BOM) trimmed. */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isTrimmable(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isTrimmable(char character) {
    return character == '\uFEFF'
        || Character.isWhitespace(character)
        || Character.isSpaceChar(character);
  }
}
