package fugong.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Industrial divisions of GB/T 4754-2017: mining B06–B12, manufacturing C13–C43, utilities D44–D46.
 * Codes are the section letter plus the two-digit division.
 */
public final class IndustryRules {
  private static final Pattern DIVISION = Pattern.compile("([BCD])(\\d{2})");

  private IndustryRules() {}

  public static boolean isIndustrialDivision(String text) {
    Matcher matcher = DIVISION.matcher(TextNormalizer.key(text));
    if (!matcher.matches()) {
      return false;
    }
    int division = Integer.parseInt(matcher.group(2));
    return switch (matcher.group(1)) {
      case "B" -> division >= 6 && division <= 12;
      case "C" -> division >= 13 && division <= 43;
      case "D" -> division >= 44 && division <= 46;
      default -> false;
    };
  }
}
