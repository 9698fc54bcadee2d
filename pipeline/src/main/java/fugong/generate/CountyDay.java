package fugong.generate;

import fugong.domain.County;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One county's submission for one report date as the generator plans it: the county (and its index
 * in {@link fugong.domain.CountyDirectory#HENGSHUI}), how its clerk writes, the day (0-based index
 * and date), which scenario extra happens on it, and the enterprise that reports the sample's
 * confirmed case that day (null on every other county-day).
 */
record CountyDay(
    int countyIndex,
    County county,
    CountyStyle style,
    int dayIndex,
    LocalDate reportDate,
    Scenario scenario,
    EnterpriseProfile confirmedCase) {

  /** What is special about a county-day (see {@link SyntheticDataGenerator}). */
  enum Scenario {
    NONE,
    /** No file at all. */
    MISSING,
    /** The file is followed by a correction {@code _v2.csv}. */
    CORRECTED,
    /** The only file is CSV text named {@code .xlsx}. */
    UNREADABLE
  }

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  /** {@code {county code}_{yyyyMMdd}}. */
  String stem() {
    return county.code() + "_" + BASIC_DATE.format(reportDate);
  }

  /**
   * The name of the county-day's file: the stem with the extension of the county's format, {@code
   * .xlsx} when unreadable.
   */
  String fileName() {
    return stem()
        + "."
        + (scenario == Scenario.UNREADABLE
            ? FileFormat.XLSX.extension()
            : style.format().extension());
  }

  /** The name of the correction of a {@link Scenario#CORRECTED} county-day. */
  String correctionFileName() {
    return stem() + "_v2.csv";
  }
}
