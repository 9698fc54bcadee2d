package fugong.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers in county files: plain decimals, optionally with thousands separators. */
public final class NumberRules {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

  /** Decimal places an amount (万元, m², kWh) keeps in the lake: decimal(24,6). */
  public static final int STORED_DECIMAL_PLACES = 6;

  /** Digits before the decimal point an amount may have in the lake: decimal(24,6). */
  public static final int STORED_WHOLE_DIGITS = 18;

  private NumberRules() {}

  /**
   * Why an amount as written cannot be kept exactly in the lake's decimal(24,6), or empty when it
   * can: more than 6 decimal places (trailing zeros do not count: {@code 1.2500000} is {@code
   * 1.25}) or more than 18 digits before the point. Such an amount is never rounded: its row is
   * quarantined (a reference file refused) with this explanation. {@code unit} names what is kept
   * ("kWh").
   */
  public static Optional<String> beyondStoredPrecision(BigDecimal amount, String unit) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > STORED_DECIMAL_PLACES) {
      return Optional.of(
          "more than "
              + STORED_DECIMAL_PLACES
              + " decimal places; "
              + unit
              + " are kept to "
              + STORED_DECIMAL_PLACES
              + " places and never rounded");
    }
    if (stripped.precision() - stripped.scale() > STORED_WHOLE_DIGITS) {
      return Optional.of("more than " + STORED_WHOLE_DIGITS + " digits before the decimal point");
    }
    return Optional.empty();
  }

  /** The decimal a cell holds, or empty when it is not a plain number (after NFKC). */
  public static Optional<BigDecimal> parseDecimal(String text) {
    String key = TextNormalizer.key(text);
    if (isPlainDecimal(key)) {
      return Optional.of(new BigDecimal(key)); // 12 or 12.5: the common cell, without the pattern
    }
    if (!DECIMAL.matcher(key).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(key.replace(",", "")));
  }

  /** Digits, optionally a point and more digits: a case of {@link #DECIMAL} checked by hand. */
  private static boolean isPlainDecimal(String key) {
    int point = -1;
    for (int index = 0; index < key.length(); index++) {
      char character = key.charAt(index);
      if (character == '.' && point < 0 && index > 0) {
        point = index;
      } else if (character < '0' || character > '9') {
        return false;
      }
    }
    return !key.isEmpty() && point != key.length() - 1;
  }

  /** The whole number a cell holds ({@code 12} or {@code 12.0}), or empty otherwise. */
  public static Optional<Long> parseWhole(String text) {
    return parseDecimal(text).flatMap(NumberRules::whole);
  }

  /** The whole number a decimal is ({@code 12} or {@code 12.0}), or empty otherwise. */
  public static Optional<Long> whole(BigDecimal decimal) {
    BigDecimal value = decimal.stripTrailingZeros();
    if (value.scale() > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException tooLarge) {
      return Optional.empty();
    }
  }
}
