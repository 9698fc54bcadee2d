package fugong.report.chart;

import java.util.Collection;

/**
 * The rate axis of a trend chart fitted to its data, in whole percentage points.
 *
 * <p>The rule: take the lowest and highest value shown; pad each side by 5 % of their spread, at
 * least half a point; widen a padded span under 5 points to 5 points around its middle (so that a
 * change of a few tenths of a point does not fill the chart); keep it within 0–100 %. The tick step
 * is the smallest of 1, 2, 5, 10, 20, 25 and 50 points that needs at most 8 intervals, and both
 * ends are rounded outwards to a multiple of the step, so both ends carry a label. Example: values
 * from 0.842 to 0.921 are padded to 83.7–92.6; steps of 1 would need 10 intervals, steps of 2 need
 * 6: the axis runs from 82 % to 94 % with a tick every 2 points. No value at all gives 0–100 % in
 * steps of 20.
 *
 * @param lowerPoints the lower end in percentage points
 * @param upperPoints the upper end in percentage points
 * @param stepPoints the tick step in percentage points
 */
public record RateAxisRange(int lowerPoints, int upperPoints, int stepPoints) {

  /** Share of the data's spread added on each side. */
  static final double PADDING_SHARE = 0.05;

  /** Least padding on each side, in points. */
  static final double MINIMUM_PADDING_POINTS = 0.5;

  /** Least span of the axis, in points. */
  static final double MINIMUM_SPAN_POINTS = 5.0;

  /** Most tick intervals on the axis. */
  static final int MOST_INTERVALS = 8;

  private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50};

  /**
   * The axis for rates, ignoring nulls and NaN.
   *
   * @param values rates as fractions in [0,1]
   * @return the fitted range
   */
  public static RateAxisRange fit(Collection<Double> values) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (Double value : values) {
      if (value != null && !value.isNaN()) {
        lowest = Math.min(lowest, value);
        highest = Math.max(highest, value);
      }
    }
    if (lowest > highest) {
      return new RateAxisRange(0, 100, 20);
    }
    double low = 100.0 * lowest;
    double high = 100.0 * highest;
    double padding = Math.max(MINIMUM_PADDING_POINTS, PADDING_SHARE * (high - low));
    low -= padding;
    high += padding;
    if (high - low < MINIMUM_SPAN_POINTS) {
      double middle = (low + high) / 2.0;
      low = middle - MINIMUM_SPAN_POINTS / 2.0;
      high = middle + MINIMUM_SPAN_POINTS / 2.0;
    }
    if (high > 100.0) {
      low -= high - 100.0;
      high = 100.0;
    }
    if (low < 0.0) {
      high = Math.min(100.0, high - low);
      low = 0.0;
    }
    low = clean(low);
    high = clean(high);
    for (int step : STEPS) {
      long first = (long) Math.floor(low / step);
      long last = (long) Math.ceil(high / step);
      if (last - first <= MOST_INTERVALS) {
        return new RateAxisRange(
            (int) Math.max(0, first * step), (int) Math.min(100, last * step), step);
      }
    }
    return new RateAxisRange(0, 100, 20);
  }

  /** The lower end as a fraction. */
  double lower() {
    return lowerPoints / 100.0;
  }

  /** The upper end as a fraction. */
  double upper() {
    return upperPoints / 100.0;
  }

  /** The tick step as a fraction. */
  double step() {
    return stepPoints / 100.0;
  }

  /** Drops floating-point noise (83.99999999 → 84) before rounding to whole points. */
  private static double clean(double points) {
    return Math.round(points * 1e6) / 1e6;
  }
}
