package fugong.alerts;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Modified z-scores (Iglewicz–Hoaglin) for the STATISTICAL_ANOMALY alert (DOMAIN.md §6.1,
 * docs/metrics.md {@code alerts}): each county's day-over-day change against all counties' changes
 * that day, z = 0.6745 (x − median) / MAD, where MAD is the median of the absolute deviations from
 * the median.
 *
 * <p>Defaults: {@link #THRESHOLD} = 3.5 (|z| above it is an anomaly). Medians use the usual
 * definition (the mean of the two middle values for an even count, Commons Math estimation {@code
 * R_7}). When MAD = 0 (more than half the values equal), z = (x − median) / (1.253314 × mean
 * absolute deviation from the median); when that is 0 too, every score is 0.
 *
 * <p>Dangers: NaN and infinite values are rejected ({@link IllegalArgumentException} naming the
 * index), so NULL changes must be left out before scoring, and the scores then line up with the
 * values passed in, not with the original counties. With very few values (1 or 2) every score is
 * small and nothing is flagged.
 */
public final class RobustZScore {
  /** |z| strictly above this is an anomaly. */
  public static final double THRESHOLD = 3.5;

  /** 0.6745 ≈ Φ⁻¹(0.75): makes MAD comparable to a standard deviation for normal data. */
  private static final double MAD_FACTOR = 0.6745;

  /** 1.253314 ≈ √(π/2): makes the mean absolute deviation comparable to a standard deviation. */
  private static final double MEAN_ABSOLUTE_DEVIATION_FACTOR = 1.253314;

  private RobustZScore() {}

  /**
   * Modified z-scores (Iglewicz–Hoaglin) of each value against all values: 0.6745 (x − median) /
   * MAD. When MAD = 0: (x − median) / (1.253314 × mean absolute deviation from the median). When
   * that is 0 too: all 0. Medians are the usual ones (Commons Math {@link Median}, estimation
   * {@code R_7}: the mean of the two middle values for an even count). Empty input gives an empty
   * array; NaN or infinite values are rejected with an {@link IllegalArgumentException} naming the
   * index. The result has one score per value, in the same order.
   */
  public static double[] scores(double[] values) {
    if (values == null) {
      throw new IllegalArgumentException("values is null");
    }
    for (int index = 0; index < values.length; index++) {
      if (!Double.isFinite(values[index])) {
        throw new IllegalArgumentException(
            "value at index " + index + " is not a finite number: " + values[index]);
      }
    }
    double[] scores = new double[values.length];
    if (values.length == 0) {
      return scores;
    }
    double median = median(values);
    double[] deviations = new double[values.length];
    double deviationSum = 0;
    for (int index = 0; index < values.length; index++) {
      deviations[index] = Math.abs(values[index] - median);
      deviationSum += deviations[index];
    }
    double medianAbsoluteDeviation = median(deviations);
    double meanAbsoluteDeviation = deviationSum / values.length;
    for (int index = 0; index < values.length; index++) {
      double deviation = values[index] - median;
      if (medianAbsoluteDeviation > 0) {
        scores[index] = MAD_FACTOR * deviation / medianAbsoluteDeviation;
      } else if (meanAbsoluteDeviation > 0) {
        scores[index] = deviation / (MEAN_ABSOLUTE_DEVIATION_FACTOR * meanAbsoluteDeviation);
      } else {
        scores[index] = 0;
      }
    }
    return scores;
  }

  /** True when {@code Math.abs(score) > THRESHOLD}. */
  public static boolean isAnomaly(double score) {
    return Math.abs(score) > THRESHOLD;
  }

  private static double median(double[] values) {
    return new Median().withEstimationType(Percentile.EstimationType.R_7).evaluate(values);
  }
}
