package fugong.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers in county files: plain decimals, optionally with thousands separators. */
public final class NumberRules {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

  private NumberRules() {}

  /** The decimal a cell holds, or empty when it is not a plain number (after NFKC). */
  public static Optional<BigDecimal> parseDecimal(String text) {
    String key = TextNormalizer.key(text);
    if (!DECIMAL.matcher(key).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(key.replace(",", "")));
  }

  /** The whole number a cell holds ({@code 12} or {@code 12.0}), or empty otherwise. */
  public static Optional<Long> parseWhole(String text) {
    Optional<BigDecimal> decimal = parseDecimal(text);
    if (decimal.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = decimal.get().stripTrailingZeros();
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
