package fugong.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as county clerks write them: {@code 2020-03-01}, {@code 2020/3/1}, {@code 2020年3月1日},
 * {@code 20200301}. Parsing is strict: {@code 20200230} is not a date, never rolled over to March.
 * Excel date cells are turned into ISO text by the workbook reader before they get here.
 */
public final class DateRules {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          strict("uuuu-M-d"),
          strict("uuuu/M/d"),
          strict("uuuu年M月d日"),
          strict("uuuuMMdd"),
          strict("uuuu.M.d"));
  private static final Pattern SHAPE =
      Pattern.compile(
          "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{8}|\\d{4}\\.\\d{1,2}\\.\\d{1,2}");

  private DateRules() {}

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date a cell names, or empty when it is not a real date in one of the accepted forms. */
  public static Optional<LocalDate> parse(String text) {
    String key = TextNormalizer.key(text);
    if (!SHAPE.matcher(key).matches()) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(key, format));
      } catch (DateTimeParseException notThisFormat) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
