package fugong.forecast;

/**
 * Outcome of a trend forecast for one rate (docs/metrics.md, {@code forecasts}), with the Chinese
 * words of the briefings' appendix.
 *
 * <ul>
 *   <li>{@link #REACHED}: the rate on the forecast date is already at or above the target.
 *   <li>{@link #ON_TRACK}: the fitted line rises; a projected date is given.
 *   <li>{@link #NO_PROGRESS}: the fitted line is flat or falling (slope ≤ 0).
 *   <li>{@link #INSUFFICIENT_DATA}: fewer than 2 values in the window.
 * </ul>
 */
public enum ForecastStatus {
  REACHED("已达目标"),
  ON_TRACK("按趋势可达"),
  NO_PROGRESS("无进展"),
  INSUFFICIENT_DATA("数据不足");

  private final String label;

  ForecastStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status written in the forecasts table; anything else reads as INSUFFICIENT_DATA. */
  public static ForecastStatus of(String stored) {
    for (ForecastStatus status : values()) {
      if (status.name().equals(stored)) {
        return status;
      }
    }
    return INSUFFICIENT_DATA;
  }
}
