package fugong.metrics;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * The tunable numbers of the metrics, alerts and forecasts (DOMAIN.md §6), with the defaults of the
 * specification.
 *
 * @param carryWindowDays days a report counts for, including its own date (3: D, D−1, D−2)
 * @param deadline latest on-time arrival on the report date, inclusive, Asia/Shanghai
 * @param complianceThreshold a county's full_compliance_rate below this raises an alert
 * @param resumptionDrop a day-over-day fall of resumption_rate larger than this raises an alert
 * @param quarantineShare a county-day with a larger share of quarantined rows raises an alert
 * @param difficultyOverdueDays a difficulty case open longer than this raises an alert
 * @param forecastWindowDays days of history in each forecast line
 * @param resumptionTarget target of resumption_rate and above_scale_resumption_rate
 * @param capacityTarget target of capacity_recovery_rate
 * @param powerThreshold an enterprise-day is power-resumed at or above this share of its baseline
 *     kWh (DOMAIN.md §6.3, decided exactly on the decimal as written)
 * @param powerDoubtfulDays 复工存疑: consecutive days (D and the days before) below the threshold
 * @param powerDivergenceLimit 产值电量背离: the output and consumption ratios differ by more than this
 */
public record MetricSettings(
    int carryWindowDays,
    LocalTime deadline,
    double complianceThreshold,
    double resumptionDrop,
    double quarantineShare,
    int difficultyOverdueDays,
    int forecastWindowDays,
    double resumptionTarget,
    double capacityTarget,
    double powerThreshold,
    int powerDoubtfulDays,
    double powerDivergenceLimit)
    implements Serializable {

  public MetricSettings {
    if (carryWindowDays < 1) {
      throw new IllegalArgumentException(
          "carryWindowDays must be at least 1, got " + carryWindowDays);
    }
    if (forecastWindowDays < 2) {
      throw new IllegalArgumentException(
          "forecastWindowDays must be at least 2, got " + forecastWindowDays);
    }
    if (powerDoubtfulDays < 1) {
      throw new IllegalArgumentException(
          "powerDoubtfulDays must be at least 1, got " + powerDoubtfulDays);
    }
    java.util.Objects.requireNonNull(deadline, "deadline is null");
  }

  public static MetricSettings defaults() {
    return new MetricSettings(
        3, LocalTime.of(20, 0), 0.80, 0.05, 0.05, 7, 7, 0.95, 0.90, 0.30, 2, 0.40);
  }

  public MetricSettings withCarryWindowDays(int days) {
    return new MetricSettings(
        days,
        deadline,
        complianceThreshold,
        resumptionDrop,
        quarantineShare,
        difficultyOverdueDays,
        forecastWindowDays,
        resumptionTarget,
        capacityTarget,
        powerThreshold,
        powerDoubtfulDays,
        powerDivergenceLimit);
  }

  public MetricSettings withDeadline(LocalTime time) {
    return new MetricSettings(
        carryWindowDays,
        time,
        complianceThreshold,
        resumptionDrop,
        quarantineShare,
        difficultyOverdueDays,
        forecastWindowDays,
        resumptionTarget,
        capacityTarget,
        powerThreshold,
        powerDoubtfulDays,
        powerDivergenceLimit);
  }

  /** The same settings with other electricity cross-check settings (DOMAIN.md §6.3). */
  public MetricSettings withPower(double threshold, int doubtfulDays, double divergenceLimit) {
    return new MetricSettings(
        carryWindowDays,
        deadline,
        complianceThreshold,
        resumptionDrop,
        quarantineShare,
        difficultyOverdueDays,
        forecastWindowDays,
        resumptionTarget,
        capacityTarget,
        threshold,
        doubtfulDays,
        divergenceLimit);
  }

  /**
   * How many days before a report date its figures look back over computed figures: the 7-day
   * change, the forecast's history and the days of 复工存疑. A run that recomputes the dates from D on
   * computes the figures of D minus this many days onward (and reads reports from a carry window
   * before that), then writes only the dates from D: every written figure is the one a run over all
   * the history computes.
   */
  public int lookBackDays() {
    return Math.max(7, Math.max(forecastWindowDays - 1, powerDoubtfulDays - 1));
  }

  /**
   * The first report date whose reports a run computing the figures of {@code from} on reads: the
   * look-back and then a whole carry window before {@code from}.
   */
  public java.time.LocalDate firstReportRead(java.time.LocalDate from) {
    return from.minusDays(lookBackDays() + carryWindowDays - 1L);
  }
}
