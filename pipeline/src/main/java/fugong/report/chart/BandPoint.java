package fugong.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lowest and highest of several lines on one date: the county min–max band of a trend chart.
 *
 * @param date the date
 * @param lowest the lowest non-null value on the date, or null when no line has one
 * @param highest the highest non-null value on the date, or null when no line has one
 */
public record BandPoint(LocalDate date, Double lowest, Double highest) {

  /**
   * One point per date that any line has (with or without a value), in date order.
   *
   * @param lines the lines, such as the counties' rates
   * @return the band
   */
  public static List<BandPoint> of(List<TrendSeries> lines) {
    Map<LocalDate, double[]> byDate = new TreeMap<>();
    for (TrendSeries line : lines) {
      for (DatedValue point : line.points()) {
        double[] range =
            byDate.computeIfAbsent(point.date(), date -> new double[] {Double.NaN, Double.NaN});
        Double value = point.value();
        if (value != null && !value.isNaN()) {
          range[0] = Double.isNaN(range[0]) ? value : Math.min(range[0], value);
          range[1] = Double.isNaN(range[1]) ? value : Math.max(range[1], value);
        }
      }
    }
    List<BandPoint> band = new ArrayList<>();
    byDate.forEach(
        (date, range) ->
            band.add(
                new BandPoint(
                    date,
                    Double.isNaN(range[0]) ? null : range[0],
                    Double.isNaN(range[1]) ? null : range[1])));
    return band;
  }
}
