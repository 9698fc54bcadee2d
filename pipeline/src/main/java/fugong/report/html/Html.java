package fugong.report.html;

import java.nio.charset.StandardCharsets;

/**
 * Escaping for the HTML editions: text and attribute values, and relative links to our own files.
 */
final class Html {
  private Html() {}

  /**
   * Text or an attribute value with {@code & < > "} escaped (the attributes are always
   * double-quoted).
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      switch (character) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(character);
      }
    }
    return escaped.toString();
  }

  /** The reverse of {@link #escape} for the values this package writes. */
  static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&amp;", "&");
  }

  /**
   * A relative link to a file of ours, each path segment percent-encoded as UTF-8 except letters,
   * digits and {@code - . _ ~ /}: {@code 2020-03-10/leader-赵振川.html} → {@code
   * 2020-03-10/leader-%E8%B5%B5….html}.
   */
  static String link(String relativePath) {
    StringBuilder link = new StringBuilder();
    for (byte value : relativePath.getBytes(StandardCharsets.UTF_8)) {
      int unsigned = value & 0xFF;
      boolean plain =
          (unsigned >= 'a' && unsigned <= 'z')
              || (unsigned >= 'A' && unsigned <= 'Z')
              || (unsigned >= '0' && unsigned <= '9')
              || "-._~/".indexOf(unsigned) >= 0;
      if (plain) {
        link.append((char) unsigned);
      } else {
        link.append('%')
            .append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
      }
    }
    return link.toString();
  }
}
