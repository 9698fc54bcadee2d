package fugong.report.chart;

import java.util.Objects;

/**
 * One bar of a ranking or count chart.
 *
 * @param name the category label (a county, a leader, a difficulty type); names must be distinct
 *     within one chart
 * @param value the rate (a fraction in [0,1]) or the count, or null when there is no data
 */
public record NamedValue(String name, Double value) {

  /** Rejects a missing name. */
  public NamedValue {
    Objects.requireNonNull(name, "name");
  }
}
