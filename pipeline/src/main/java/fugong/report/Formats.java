package fugong.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates are written in the reports: percentages with one decimal, points with a sign. */
public final class Formats {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private Formats() {}

  /** 0.8754 → "87.5%"; null → "—". */
  public static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A change of a fraction in percentage points: 0.0123 → "+1.2", −0.004 → "-0.4"; null → "—". */
  public static String points(Double change) {
    if (change == null) {
      return "—";
    }
    double rounded = Math.round(change * 1000) / 10.0;
    return (rounded > 0 ? "+" : rounded == 0 ? "±" : "") + String.format(Locale.ROOT, "%.1f", rounded);
  }

  public static String chineseDate(LocalDate date) {
    return CHINESE_DATE.format(date);
  }

  /** An instant as Asia/Shanghai local time, "2020-03-10 19:42". */
  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(ZONE));
  }

  public static String amount(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
  }
}
