package fugong.power;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The §6.3 figures of one unit (county, leader, city, industry or scale) on one date, from summed
 * numerators and denominators, never from averaged county rates. A rate whose denominator is 0 is
 * null, and so is the index when either of its rates is.
 *
 * @param enterprisesWithBaseline enterprises of the unit with a usable baseline
 * @param enterprisesRead of those, enterprises with an accepted reading on the date
 * @param powerResumed of those read, enterprises at or above the threshold
 * @param kilowattHours Σ kWh over the enterprises read
 * @param baselineKilowattHours Σ baseline over the enterprises read
 */
public record PowerUnitFigures(
    long enterprisesWithBaseline,
    long enterprisesRead,
    long powerResumed,
    BigDecimal kilowattHours,
    BigDecimal baselineKilowattHours) {

  /** 电力复工率 = power-resumed / enterprises with a baseline and a reading. */
  public Double powerResumptionRate() {
    return enterprisesRead == 0 ? null : (double) powerResumed / enterprisesRead;
  }

  /** 用电恢复率 = Σ kWh / Σ baseline over the enterprises read. */
  public Double consumptionRecoveryRate() {
    return baselineKilowattHours.signum() == 0
        ? null
        : kilowattHours.divide(baselineKilowattHours, MathContext.DECIMAL64).doubleValue();
  }

  /** 复工电力指数 = (电力复工率 + 用电恢复率) / 2. */
  public Double powerIndex() {
    Double resumption = powerResumptionRate();
    Double recovery = consumptionRecoveryRate();
    return resumption == null || recovery == null ? null : (resumption + recovery) / 2;
  }

  /** Coverage = enterprises with a baseline and a reading / enterprises with a baseline. */
  public Double coverage() {
    return enterprisesWithBaseline == 0 ? null : (double) enterprisesRead / enterprisesWithBaseline;
  }
}
