package fugong.report;

/** The forecasts table's status with the Chinese words of the appendix. */
public enum ForecastOutcome {
  REACHED("已达目标"),
  ON_TRACK("按趋势可达"),
  NO_PROGRESS("无进展"),
  INSUFFICIENT_DATA("数据不足");

  private final String label;

  ForecastOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ForecastOutcome of(String stored) {
    for (ForecastOutcome outcome : values()) {
      if (outcome.name().equals(stored)) {
        return outcome;
      }
    }
    return INSUFFICIENT_DATA;
  }
}
