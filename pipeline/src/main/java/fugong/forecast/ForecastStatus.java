package fugong.forecast;

/**
 * Outcome of a trend forecast for one rate (docs/metrics.md, {@code forecasts}).
 *
 * <ul>
 *   <li>{@link #REACHED}: the rate on the forecast date is already at or above the target.
 *   <li>{@link #ON_TRACK}: the fitted line rises; a projected date is given.
 *   <li>{@link #NO_PROGRESS}: the fitted line is flat or falling (slope ≤ 0).
 *   <li>{@link #INSUFFICIENT_DATA}: fewer than 2 values in the window.
 * </ul>
 */
public enum ForecastStatus {
  REACHED,
  ON_TRACK,
  NO_PROGRESS,
  INSUFFICIENT_DATA
}
