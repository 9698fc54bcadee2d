package fugong.alerts;

import fugong.metrics.ExactNumbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Robust z-scores for the STATISTICAL_ANOMALY alert (DOMAIN.md §6.1, docs/metrics.md {@code
 * alerts}): each county's day-over-day change against all counties' changes that day, z = (x −
 * median) / (1.4826 × MAD), MAD being the median of the absolute deviations from the median. When
 * MAD = 0 (more than half the values equal), z = (x − median) / (1.253314 × mean absolute deviation
 * from the median); when that is 0 too, every score is 0 and nothing is an anomaly.
 *
 * <p>Everything is computed on exact fractions (the changes are differences of ratios of counts):
 * the median, MAD = 0, and the decision |z| &gt; {@link #THRESHOLD}, taken as |x − median| &gt; 3.5
 * × 1.4826 × MAD (or × 1.253314 × the mean absolute deviation) with the constants as the decimals
 * written. Only the reported score is rounded to a double. Medians are the usual ones: the mean of
 * the two middle values for an even count.
 *
 * <p>Dangers: the scores line up with the values passed in, not with the counties; leave NULL
 * changes out before scoring. With 1 or 2 values nothing is ever flagged.
 */
public final class RobustZScore {
  /** |z| strictly above this is an anomaly. */
  public static final BigDecimal THRESHOLD = new BigDecimal("3.5");

  /** 1.4826 ≈ 1 / Φ⁻¹(0.75): makes MAD comparable to a standard deviation for normal data. */
  public static final BigDecimal MAD_FACTOR = new BigDecimal("1.4826");

  /** 1.253314 ≈ √(π/2): makes the mean absolute deviation comparable to a standard deviation. */
  public static final BigDecimal MEAN_ABSOLUTE_DEVIATION_FACTOR = new BigDecimal("1.253314");

  /**
   * One value's score.
   *
   * @param z the robust z-score, rounded to a double (0 when both spreads are 0)
   * @param anomaly |z| &gt; {@link #THRESHOLD}, decided exactly
   */
  public record Score(double z, boolean anomaly) implements Serializable {}

  private RobustZScore() {}

  /**
   * The score of each value against all values, in the same order; empty input gives an empty
   * array.
   */
  public static Score[] scores(BigFraction[] values) {
    Objects.requireNonNull(values, "values");
    for (int index = 0; index < values.length; index++) {
      if (values[index] == null) {
        throw new IllegalArgumentException("value at index " + index + " is null");
      }
    }
    Score[] scores = new Score[values.length];
    if (values.length == 0) {
      return scores;
    }
    BigFraction median = median(values);
    BigFraction[] deviations = new BigFraction[values.length];
    BigFraction deviationSum = BigFraction.ZERO;
    for (int index = 0; index < values.length; index++) {
      deviations[index] = values[index].subtract(median).abs();
      deviationSum = deviationSum.add(deviations[index]);
    }
    BigFraction medianAbsoluteDeviation = median(deviations);
    BigFraction meanAbsoluteDeviation = deviationSum.divide(values.length);
    BigFraction scale;
    if (medianAbsoluteDeviation.compareTo(BigFraction.ZERO) > 0) {
      scale = ExactNumbers.fraction(MAD_FACTOR).multiply(medianAbsoluteDeviation);
    } else if (meanAbsoluteDeviation.compareTo(BigFraction.ZERO) > 0) {
      scale = ExactNumbers.fraction(MEAN_ABSOLUTE_DEVIATION_FACTOR).multiply(meanAbsoluteDeviation);
    } else {
      Arrays.fill(scores, new Score(0.0, false));
      return scores;
    }
    BigFraction limit = ExactNumbers.fraction(THRESHOLD).multiply(scale);
    for (int index = 0; index < values.length; index++) {
      BigFraction deviation = values[index].subtract(median);
      scores[index] =
          new Score(deviation.divide(scale).doubleValue(), deviation.abs().compareTo(limit) > 0);
    }
    return scores;
  }

  private static BigFraction median(BigFraction[] values) {
    BigFraction[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1
        ? sorted[middle]
        : sorted[middle - 1].add(sorted[middle]).divide(2);
  }
}
