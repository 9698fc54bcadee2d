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
    double capacityTarget)
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
    java.util.Objects.requireNonNull(deadline, "deadline is null");
  }

  public static MetricSettings defaults() {
    return new MetricSettings(3, LocalTime.of(20, 0), 0.80, 0.05, 0.05, 7, 7, 0.95, 0.90);
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
        capacityTarget);
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
        capacityTarget);
  }
}
