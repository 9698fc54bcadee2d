package fugong.report;

import fugong.metrics.MetricSettings;
import java.io.Serializable;
import java.util.Objects;

/**
 * The settings in force that a briefing states or applies: the metric settings (deadline, carry and
 * forecast windows, alert thresholds, targets), the red/amber/green thresholds of the report and
 * the electricity cross-check's settings (stated in the definitions when meter data exists).
 */
public record BriefingSettings(
    MetricSettings metrics, ReportThresholds thresholds, PowerCheckSettings power)
    implements Serializable {
  /** A difficulty open this many days or more is counted apart in section 五. */
  public static final int LONG_OPEN_DAYS = 5;

  /** At most this many 督办事项 on page 1; the rest are named in the appendix. */
  public static final int MAXIMUM_ACTIONS = 6;

  /**
   * A 督办 item counting findings per county names at most this many counties (most findings first),
   * then "等13个县市区"; the appendix's list names them all.
   */
  public static final int MAXIMUM_COUNTIES_NAMED = 6;

  public BriefingSettings {
    Objects.requireNonNull(metrics, "metrics is null");
    Objects.requireNonNull(thresholds, "thresholds is null");
    Objects.requireNonNull(power, "power is null");
  }

  /** With the electricity cross-check's default settings. */
  public BriefingSettings(MetricSettings metrics, ReportThresholds thresholds) {
    this(metrics, thresholds, PowerCheckSettings.defaults());
  }
}
