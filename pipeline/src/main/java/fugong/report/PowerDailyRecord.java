package fugong.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of power_daily (DOMAIN.md §6.3) as the briefings read it: a county, leader or the city on
 * one date, its metered figures and, beside them, its self-reported 复工率. A rate whose denominator
 * is 0 is null.
 *
 * @param unitType {@link #COUNTY}, {@link #LEADER} or {@link #CITY}
 * @param unit the county code, the leader's name or the city's name
 * @param resumptionRate the unit's self-reported 复工率 of the same date
 */
public record PowerDailyRecord(
    LocalDate date,
    String unitType,
    String unit,
    String unitName,
    long enterprisesWithBaseline,
    long enterprisesRead,
    long powerResumed,
    BigDecimal kilowattHours,
    BigDecimal baselineKilowattHours,
    Double powerResumptionRate,
    Double consumptionRecoveryRate,
    Double powerIndex,
    Double coverage,
    long enterprisesWithoutBaseline,
    long readingsWithoutBaseline,
    Double resumptionRate) {
  public static final String COUNTY = "county";
  public static final String LEADER = "leader";
  public static final String CITY = "city";
}
