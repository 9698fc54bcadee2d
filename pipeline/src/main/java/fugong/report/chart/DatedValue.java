package fugong.report.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a trend line: a report date and a rate.
 *
 * @param date the report date
 * @param value the rate as a fraction in [0,1], or null when there is no data for the date (the
 *     line shows a gap)
 */
public record DatedValue(LocalDate date, Double value) {

  /** Rejects a missing date. */
  public DatedValue {
    Objects.requireNonNull(date, "date");
  }
}
