package fugong.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One difficulty case (一企一策 item) of one enterprise: a difficulty code, the report date on which it
 * opened and the report date on which it was resolved (docs/metrics.md, {@code difficulty_cases}).
 *
 * <p>Defaults: {@code resolvedOn} is {@code null} while the case is open.
 *
 * <p>Dangers: the resolution day itself is not an open day ({@link #openOn}). {@link #daysOpen} of
 * an open case depends on the date passed in, which must be the latest report date in the lake, not
 * the date being computed.
 *
 * @param code the difficulty code, never null
 * @param openedOn the first report date listing the code, never null
 * @param resolvedOn the first later report date whose report no longer lists it, or null while open
 */
public record DifficultyCase(String code, LocalDate openedOn, LocalDate resolvedOn)
    implements Serializable {
  public DifficultyCase {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(openedOn, "openedOn");
    if (resolvedOn != null && !resolvedOn.isAfter(openedOn)) {
      throw new IllegalArgumentException(
          "case " + code + " opened on " + openedOn + " cannot be resolved on " + resolvedOn);
    }
  }

  /** True when {@code openedOn ≤ date} and the case is not yet resolved on {@code date}. */
  public boolean openOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !openedOn.isAfter(date) && (resolvedOn == null || resolvedOn.isAfter(date));
  }

  /**
   * Days open: {@code resolvedOn − openedOn}, or for an open case {@code latestReportDate −
   * openedOn}. {@code latestReportDate} is ignored for a resolved case and required for an open
   * one.
   */
  public long daysOpen(LocalDate latestReportDate) {
    LocalDate end =
        resolvedOn != null
            ? resolvedOn
            : Objects.requireNonNull(latestReportDate, "latestReportDate");
    return ChronoUnit.DAYS.between(openedOn, end);
  }
}
