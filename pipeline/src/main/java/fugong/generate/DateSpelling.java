package fugong.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The ways county clerks write a date (DOMAIN.md §3): 2020-03-01, 2020/3/1, 2020年3月1日, 20200301. */
enum DateSpelling {
  ISO("uuuu-MM-dd"),
  SLASH("uuuu/M/d"),
  CHINESE("uuuu年M月d日"),
  BASIC("uuuuMMdd");

  private final DateTimeFormatter formatter;

  DateSpelling(String pattern) {
    this.formatter = DateTimeFormatter.ofPattern(pattern);
  }

  String format(LocalDate date) {
    return formatter.format(date);
  }
}
