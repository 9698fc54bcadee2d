package fugong.domain;

import java.util.Locale;

/** The unified social credit code (统一社会信用代码) check digit of GB 32100-2015. */
public final class UsccRules {
  /** The 31 characters in value order; I, O, S, V and Z are never used. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private UsccRules() {}

  /** Trims and upper-cases a code as typed; does not check it. */
  public static String normalize(String text) {
    return TextNormalizer.trim(text).toUpperCase(Locale.ROOT);
  }

  /** True when the normalized code has 18 characters of the alphabet and the right check digit. */
  public static boolean isValid(String text) {
    String code = normalize(text);
    if (code.length() != 18) {
      return false;
    }
    for (int index = 0; index < 18; index++) {
      if (ALPHABET.indexOf(code.charAt(index)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character for the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    String body = normalize(first17);
    if (body.length() != 17) {
      throw new IllegalArgumentException(
          "a USCC body has 17 characters, got " + body.length() + ": '" + body + "'");
    }
    int sum = 0;
    for (int index = 0; index < 17; index++) {
      int value = ALPHABET.indexOf(body.charAt(index));
      if (value < 0) {
        throw new IllegalArgumentException(
            "character '"
                + body.charAt(index)
                + "' at position "
                + (index + 1)
                + " is not allowed in a USCC");
      }
      sum += value * WEIGHTS[index];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }
}
