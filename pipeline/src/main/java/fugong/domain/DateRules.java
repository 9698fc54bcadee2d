package fugong.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as county clerks write them: {@code 2020-03-01}, {@code 2020/3/1}, {@code 2020年3月1日},
 * {@code 20200301}. Parsing is strict: {@code 20200230} is not a date, never rolled over to March.
 * Excel date cells are turned into ISO text by the workbook reader before they get here.
 */
public final class DateRules {
  private static final Pattern SHAPE =
      Pattern.compile(
          "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{8}|\\d{4}\\.\\d{1,2}\\.\\d{1,2}");

  private DateRules() {}

  /** The date a cell names, or empty when it is not a real date in one of the accepted forms. */
  public static Optional<LocalDate> parse(String text) {
    String key = TextNormalizer.key(text);
    if (!SHAPE.matcher(key).matches()) {
      return Optional.empty();
    }
    // the shape is one of the accepted forms: year, month and day are its digit runs in that
    // order, or the 4 + 2 + 2 digits of 20200301
    int[] parts = new int[3];
    if (key.length() == 8 && Character.isDigit(key.charAt(4))) {
      parts[0] = Integer.parseInt(key, 0, 4, 10);
      parts[1] = Integer.parseInt(key, 4, 6, 10);
      parts[2] = Integer.parseInt(key, 6, 8, 10);
    } else {
      int part = 0;
      int start = -1;
      for (int index = 0; index <= key.length(); index++) {
        boolean digit = index < key.length() && Character.isDigit(key.charAt(index));
        if (digit && start < 0) {
          start = index;
        } else if (!digit && start >= 0) {
          parts[part++] = Integer.parseInt(key, start, index, 10);
          start = -1;
        }
      }
    }
    try {
      // strict: 2020-02-30 is no date, never rolled over to March
      return Optional.of(LocalDate.of(parts[0], parts[1], parts[2]));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
