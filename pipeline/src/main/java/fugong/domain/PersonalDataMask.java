package fugong.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers in any text that leaves the restricted area (lake cells, quarantine cells,
 * problem texts, {@code fugong validate} lines, messages): mainland mobile numbers, landline
 * numbers with an area code, and resident identity numbers. Each is replaced by a marker naming
 * what was there ({@value #MOBILE}, {@value #LANDLINE}, {@value #RESIDENT_ID}), so a clerk still
 * sees which cell is wrong without the number being copied.
 *
 * <p>A number is only taken as one when it stands alone: neither preceded nor followed by a digit
 * or a Latin letter, so digits inside a longer code are never cut out. An 18-character token is a
 * resident ID only when it is one: a province code in positions 1–2, a real birth date in positions
 * 7–14 and the ISO 7064 MOD 11-2 check character. That tells it apart from a unified social credit
 * code (统一社会信用代码): enterprise codes start with 9 (no province code does), and the others carry
 * letters or fail the date and check tests.
 */
public final class PersonalDataMask {
  public static final String MOBILE = "[手机号]";
  public static final String LANDLINE = "[电话]";
  public static final String RESIDENT_ID = "[身份证号]";

  /**
   * Not inside a longer code, and not the fraction of a decimal number: the digits of
   * "0.13912345678" (a ratio of two meter readings, say) are no phone number.
   */
  private static final String ALONE_BEFORE = "(?<![0-9A-Za-z])(?<![0-9]\\.)";

  private static final String ALONE_AFTER = "(?![0-9A-Za-z])";

  /**
   * 1[3-9] and nine more digits, written whole or grouped 3-4-4 with single spaces or dashes
   * ({@code 187 8715 3769}), with +86 / 0086 / 86 in front or not.
   */
  private static final Pattern MOBILE_NUMBER =
      Pattern.compile(
          ALONE_BEFORE + "(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}" + ALONE_AFTER);

  /**
   * Area code 0xx or 0xxx (optionally in brackets), then a local number of 7–8 digits starting 2–9.
   */
  private static final Pattern LANDLINE_NUMBER =
      Pattern.compile(
          ALONE_BEFORE
              + "(?:[(（]0\\d{2,3}[)）]|0\\d{2,3})[ -]?[2-9]\\d{2,3}[ -]?\\d{4}"
              + ALONE_AFTER);

  private static final Pattern EIGHTEEN_CHARACTERS =
      Pattern.compile(ALONE_BEFORE + "\\d{17}[0-9Xx]" + ALONE_AFTER);
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK_CHARACTERS = "10X98765432";
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private PersonalDataMask() {}

  /** The text with every personal number replaced by its marker; null stays null. */
  public static String mask(String text) {
    if (text == null || !mayHoldPersonalNumber(text)) {
      return text;
    }
    return maskByPatterns(text);
  }

  /** {@link #mask} without the pre-check: every pattern tried on the text. */
  static String maskByPatterns(String text) {
    String masked = replaceResidentIds(text);
    masked = MOBILE_NUMBER.matcher(masked).replaceAll(Matcher.quoteReplacement(MOBILE));
    return LANDLINE_NUMBER.matcher(masked).replaceAll(Matcher.quoteReplacement(LANDLINE));
  }

  /** Whether the text holds a mobile number, a landline number or a resident ID number. */
  public static boolean containsPersonalNumber(String text) {
    return text != null && !mask(text).equals(text);
  }

  /**
   * Whether an 18-character token is a resident identity number (GB 11643): province, birth date,
   * check.
   */
  public static boolean isResidentId(String token) {
    if (token == null || token.length() != 18) {
      return false;
    }
    for (int index = 0; index < 17; index++) {
      if (!Character.isDigit(token.charAt(index)) || token.charAt(index) > '9') {
        return false;
      }
    }
    int province = Integer.parseInt(token.substring(0, 2));
    if (!isProvinceCode(province)) {
      return false;
    }
    try {
      LocalDate birth = LocalDate.parse(token.substring(6, 14), BIRTH_DATE);
      if (birth.getYear() < 1900) {
        return false;
      }
    } catch (DateTimeParseException notADate) {
      return false;
    }
    int sum = 0;
    for (int index = 0; index < 17; index++) {
      sum += (token.charAt(index) - '0') * ID_WEIGHTS[index];
    }
    return Character.toUpperCase(token.charAt(17)) == ID_CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static boolean isProvinceCode(int code) {
    return (code >= 11 && code <= 15)
        || (code >= 21 && code <= 23)
        || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46)
        || (code >= 50 && code <= 54)
        || (code >= 61 && code <= 65)
        || code == 71
        || code == 81
        || code == 82;
  }

  private static String replaceResidentIds(String text) {
    Matcher matcher = EIGHTEEN_CHARACTERS.matcher(text);
    StringBuilder result = null;
    int copied = 0;
    while (matcher.find()) {
      if (!isResidentId(matcher.group())) {
        continue;
      }
      if (result == null) {
        result = new StringBuilder(text.length());
      }
      result.append(text, copied, matcher.start()).append(RESIDENT_ID);
      copied = matcher.end();
    }
    return result == null ? text : result.append(text, copied, text.length()).toString();
  }

  /** The fewest digits any of the three numbers has: a landline's 3 + 7. */
  static final int FEWEST_DIGITS = 10;

  /**
   * Whether the text may hold a personal number, decided without a pattern (most cells, dates and
   * credit codes among them, cannot): some run of at least {@value #FEWEST_DIGITS} digits in which
   * digits are at most two characters apart and only spaces, dashes, plus signs or brackets stand
   * between them. Every number the patterns match is such a run (the widest gap, {@code ) } after a
   * bracketed area code, is two), so a text without one is returned as it is.
   */
  static boolean mayHoldPersonalNumber(String text) {
    int digits = 0;
    int gap = 0;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (character >= '0' && character <= '9') {
        if (++digits >= FEWEST_DIGITS) {
          return true;
        }
        gap = 0;
      } else if (digits > 0 && isSeparator(character) && ++gap <= 2) {
        continue;
      } else {
        digits = 0;
        gap = 0;
      }
    }
    return false;
  }

  private static boolean isSeparator(char character) {
    return character == ' '
        || character == '-'
        || character == '+'
        || character == '('
        || character == ')'
        || character == '（'
        || character == '）';
  }
}
