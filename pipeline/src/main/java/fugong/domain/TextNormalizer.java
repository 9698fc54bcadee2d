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
    // NFKC leaves printable ASCII and the unified ideographs as they are: most cells of a county
    // file need no normalising
    String normalized = isStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    int index = 0;
    while (index < normalized.length() && !isTrimmable(normalized.charAt(index))) {
      index++;
    }
    if (index == normalized.length()) {
      return normalized; // nothing to remove
    }
    StringBuilder builder = new StringBuilder(normalized.length()).append(normalized, 0, index);
    for (; index < normalized.length(); index++) {
      char character = normalized.charAt(index);
      if (!isTrimmable(character)) {
        builder.append(character);
      }
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

  /** Whether NFKC leaves the text as it is because every character is a {@link #isPlain} one. */
  private static boolean isStable(String text) {
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (character != ' ' && !isPlain(character)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Printable ASCII other than the space, or a CJK unified ideograph (U+4E00–U+9FFF): no white
   * space, and without a compatibility form or a combining role in NFKC.
   */
  private static boolean isPlain(char character) {
    return (character > ' ' && character < '\u007F')
        || (character >= '\u4E00' && character <= '\u9FFF');
  }

  private static boolean isTrimmable(char character) {
    if (isPlain(character)) {
      return false; // the common case, decided at once
    }
    return character == '\uFEFF'
        || Character.isWhitespace(character)
        || Character.isSpaceChar(character);
  }
}
