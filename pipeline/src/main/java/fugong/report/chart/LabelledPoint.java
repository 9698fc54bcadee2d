package fugong.report.chart;

import java.util.Objects;

/**
 * One dot of a scatter chart with the name written beside it.
 *
 * @param label the dot's name (a short county name)
 * @param x the value across, a fraction in [0,1]
 * @param y the value up, a fraction in [0,1]
 */
public record LabelledPoint(String label, double x, double y) {
  public LabelledPoint {
    Objects.requireNonNull(label, "label");
  }
}
