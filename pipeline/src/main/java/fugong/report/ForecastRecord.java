package fugong.report;

import fugong.forecast.ForecastStatus;
import java.time.LocalDate;

/** One row of the forecasts table: a unit's rate, its target and the fitted line's verdict. */
public record ForecastRecord(
    LocalDate date,
    String unitType,
    String unit,
    String unitName,
    RateMetric metric,
    Double value,
    Double target,
    Double slopePerDay,
    LocalDate projectedDate,
    ForecastStatus outcome) {
  public static final String CITY = "city";
  public static final String LEADER = "leader";
  public static final String COUNTY = "county";
}
