package fugong.report;

import fugong.config.FugongSettings;
import fugong.config.SettingKey;
import java.io.Serializable;

/**
 * The settings of the electricity cross-check (DOMAIN.md §6.3) that a briefing states in its
 * definitions; the figures themselves come computed from the lake.
 *
 * @param threshold power.threshold: power-resumed at or above this share of the baseline
 * @param doubtfulDays power.doubtful_days: days below the threshold for 复工存疑
 * @param divergenceLimit power.divergence_limit: the gap above which 产值电量背离 is raised
 */
public record PowerCheckSettings(double threshold, int doubtfulDays, double divergenceLimit)
    implements Serializable {

  /** The defaults of the specification: 30 %, 2 days, 40 %. */
  public static PowerCheckSettings defaults() {
    return of(FugongSettings.defaults());
  }

  /** The settings in force. */
  public static PowerCheckSettings of(FugongSettings settings) {
    return new PowerCheckSettings(
        Double.parseDouble(settings.value(SettingKey.POWER_THRESHOLD)),
        Integer.parseInt(settings.value(SettingKey.POWER_DOUBTFUL_DAYS)),
        Double.parseDouble(settings.value(SettingKey.POWER_DIVERGENCE_LIMIT)));
  }
}
