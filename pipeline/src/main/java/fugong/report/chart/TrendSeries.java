package fugong.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * One line of a trend chart, such as the city's or a county's resumption rate by date.
 *
 * @param name the legend label; names must be distinct within one chart
 * @param points the values by date; each date at most once, in any order
 */
public record TrendSeries(String name, List<DatedValue> points) {

  /** Rejects a missing name and copies the points. */
  public TrendSeries {
    Objects.requireNonNull(name, "name");
    points = List.copyOf(points);
  }
}
