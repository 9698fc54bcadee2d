package fugong.report;

/**
 * Red/amber/green of a rate against the report thresholds, as a word a reader sees without colour:
 * 达标 (green), 关注 (amber), 滞后 (red).
 */
public enum Standing {
  GOOD("达标"),
  WATCH("关注"),
  BEHIND("滞后"),
  NONE("—");

  private final String label;

  Standing(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** GOOD at or above green, WATCH at or above amber, else BEHIND; NONE without a value. */
  public static Standing of(Double rate, double green, double amber) {
    if (rate == null || rate.isNaN()) {
      return NONE;
    }
    return rate >= green ? GOOD : rate >= amber ? WATCH : BEHIND;
  }
}
