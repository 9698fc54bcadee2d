package fugong.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ways county clerks write a date (DOMAIN.md §3): 2020-03-01, 2020/3/1, 2020年3月1日, 20200301.
 */
enum DateSpelling {
  ISO("uuuu-MM-dd"),
  SLASH("uuuu/M/d"),
  CHINESE("uuuu年M月d日"),
  BASIC("uuuuMMdd");

  private final DateTimeFormatter formatter;

  /**
   * Dates spelled so far: a run spells few distinct dates (about one per day), millions of times.
   */
  private final Map<LocalDate, String> spelled = new ConcurrentHashMap<>();

  DateSpelling(String pattern) {
    this.formatter = DateTimeFormatter.ofPattern(pattern);
  }

  String format(LocalDate date) {
    return spelled.computeIfAbsent(date, formatter::format);
  }
}
