package fugong.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and dates are written in the reports. A percentage is shown with one decimal, rounded
 * half up; every difference a report prints is the difference of the rounded figures it shows (88.8
 * % − 85.8 % is 3.0 points), so a reader's own subtraction agrees with the page.
 */
public final class Formats {
  private static final ZoneId ZONE = fugong.domain.ProductZone.ZONE;
  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private Formats() {}

  /** A fraction as tenths of a percent, rounded half up: 0.88754 → 888; null → null. */
  public static Long tenths(Double fraction) {
    if (fraction == null || fraction.isNaN()) {
      return null;
    }
    return BigDecimal.valueOf(fraction)
        .movePointRight(3)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** 0.8754 → "87.5%"; null → "—". */
  public static String percent(Double fraction) {
    return percentOfTenths(tenths(fraction));
  }

  /** 875 → "87.5%"; null → "—". */
  public static String percentOfTenths(Long tenths) {
    return tenths == null ? "—" : decimal(tenths) + "%";
  }

  /** Tenths without a sign: 30 → "3.0", −4 → "0.4". */
  public static String decimal(long tenths) {
    long magnitude = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + magnitude / 10 + "." + magnitude % 10;
  }

  /**
   * The shown difference of two fractions in tenths of a point: rounded(a) − rounded(b); null when
   * either is missing.
   */
  public static Long shownDifference(Double value, Double reference) {
    Long a = tenths(value);
    Long b = tenths(reference);
    return a == null || b == null ? null : a - b;
  }

  /**
   * A change in tenths of a point with its sign: 6 → "+0.6", −12 → "-1.2", 0 → "0.0"; null → "—".
   */
  public static String signedPoints(Long tenths) {
    if (tenths == null) {
      return "—";
    }
    return (tenths > 0 ? "+" : tenths < 0 ? "-" : "") + decimal(Math.abs(tenths));
  }

  /**
   * A daily slope in hundredths of a point with its sign: 12 → "+0.12", −5 → "-0.05", 0 → "0.00";
   * null → "—".
   */
  public static String signedHundredths(Long hundredths) {
    if (hundredths == null) {
      return "—";
    }
    long magnitude = Math.abs(hundredths);
    return (hundredths > 0 ? "+" : hundredths < 0 ? "-" : "")
        + magnitude / 100
        + "."
        + String.format(Locale.ROOT, "%02d", magnitude % 100);
  }

  /**
   * A change of a fraction in percentage points: 0.0123 → "+1.2", −0.004 → "-0.4"; null → "—". Used
   * where only the change itself is stored (no figure beside it to agree with).
   */
  public static String points(Double change) {
    return signedPoints(tenths(change));
  }

  public static String chineseDate(LocalDate date) {
    return CHINESE_DATE.format(date);
  }

  public static String monthDay(LocalDate date) {
    return MONTH_DAY.format(date);
  }

  /** An instant as Asia/Shanghai local time, "2020-03-10 19:42". */
  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(ZONE));
  }

  /** An instant's Asia/Shanghai clock time, "19:42". */
  public static String clock(Instant instant) {
    return instant == null ? "—" : CLOCK.format(instant.atZone(ZONE));
  }

  /** A deadline as the reports state it: 20:00 (seconds only when set). */
  public static String deadline(LocalTime deadline) {
    return deadline.getSecond() == 0
        ? String.format(Locale.ROOT, "%02d:%02d", deadline.getHour(), deadline.getMinute())
        : deadline.toString();
  }

  public static String amount(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
  }

  /** A fraction threshold as a whole or one-decimal percentage: 0.8 → "80%", 0.925 → "92.5%". */
  public static String threshold(double fraction) {
    long tenths = tenths(fraction);
    return (tenths % 10 == 0 ? Long.toString(tenths / 10) : decimal(tenths)) + "%";
  }

  /**
   * An amount of energy in kWh as the reports show it: one decimal, rounded half up, without a
   * trailing ".0": 1234.56 → "1234.6", 80.000 → "80"; null → "—".
   */
  public static String kilowattHours(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    BigDecimal shown = value.setScale(1, RoundingMode.HALF_UP);
    return shown.signum() == 0
        ? "0"
        : shown.stripTrailingZeros().scale() <= 0
            ? shown.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
            : shown.toPlainString();
  }
}
