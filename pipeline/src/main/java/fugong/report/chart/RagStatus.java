package fugong.report.chart;

import java.awt.Color;

/** Red/amber/green judgement of a rate against two thresholds, with the colour the reports use. */
public enum RagStatus {
  /** At or above the green threshold. */
  GREEN(new Color(0x2E, 0x8B, 0x57)),
  /** At or above the amber threshold, below green. */
  AMBER(new Color(0xF0, 0xA2, 0x02)),
  /** Below the amber threshold. */
  RED(new Color(0xD6, 0x27, 0x28)),
  /** No data. */
  NONE(new Color(0xB4, 0xB4, 0xB4));

  private final Color color;

  RagStatus(Color color) {
    this.color = color;
  }

  /**
   * GREEN when value ≥ green, AMBER when ≥ amber, else RED; NONE for null (and for NaN).
   *
   * @param value the rate as a fraction, or null when there is no data
   * @param green the lowest value that is green
   * @param amber the lowest value that is amber
   * @return the status
   */
  public static RagStatus of(Double value, double green, double amber) {
    if (value == null || value.isNaN()) {
      return NONE;
    }
    if (value >= green) {
      return GREEN;
    }
    if (value >= amber) {
      return AMBER;
    }
    return RED;
  }

  /**
   * The fill colour: a readable green, amber or red, grey for NONE.
   *
   * @return the colour
   */
  public Color color() {
    return color;
  }
}
