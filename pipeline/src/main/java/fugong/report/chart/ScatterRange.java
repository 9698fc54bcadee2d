package fugong.report.chart;

import java.util.List;

/**
 * The common range of both axes of a self-reported vs metered scatter chart: from a round tenth
 * below the smallest value of either axis up to 100 %, the same on both axes so the diagonal y = x
 * stays at 45°. Counties close together (all between 84 % and 93 %, say) are then spread over the
 * plot instead of crowding one corner of a 0–100 % square, and their names stay readable.
 *
 * @param lower the lowest value shown on both axes, a multiple of 0.1 in [0, 0.8]
 * @param tick the distance between ticks: 5 % when the range is at most 30 points, else 10 %
 */
public record ScatterRange(double lower, double tick) {
  /** The upper end of both axes. */
  public static final double UPPER = 1.0;

  /** The smallest span shown, so a few close dots are not magnified into noise. */
  private static final double MINIMUM_SPAN = 0.2;

  /** The room left below the smallest value. */
  private static final double MARGIN = 0.02;

  /** The range for these dots; 0–100 % when there are none. */
  public static ScatterRange of(List<LabelledPoint> points) {
    double smallest = 0;
    if (!points.isEmpty()) {
      smallest =
          points.stream().mapToDouble(point -> Math.min(point.x(), point.y())).min().orElse(0);
    }
    double tenths = Math.floor(Math.max(0, smallest - MARGIN) * 10 + 1e-9) / 10;
    double lower = Math.min(tenths, UPPER - MINIMUM_SPAN);
    return new ScatterRange(lower, UPPER - lower <= 0.3 + 1e-9 ? 0.05 : 0.1);
  }

  /** Where a value falls between the lower end (0) and 100 % (1), clamped to the range. */
  public double position(double value) {
    return Math.max(0, Math.min(1, (value - lower) / (UPPER - lower)));
  }

  /** The tick values from the lower end to 100 %, in whole percent. */
  public List<Integer> tickPercents() {
    int from = (int) Math.round(lower * 100);
    int step = (int) Math.round(tick * 100);
    return java.util.stream.IntStream.iterate(
            from, percent -> percent <= 100, percent -> percent + step)
        .boxed()
        .toList();
  }
}
