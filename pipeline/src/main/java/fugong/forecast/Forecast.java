package fugong.forecast;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The forecast of one rate on one date (docs/metrics.md, {@code forecasts}).
 *
 * <p>Dangers: {@code slopePointsPerDay} is in percentage points per day (the fitted slope of the
 * fraction × 100), not a fraction per day. {@code slopePointsPerDay}, {@code r2} and {@code
 * projectedDate} are null for {@link ForecastStatus#INSUFFICIENT_DATA}; {@code r2} is also null
 * when every value in the window is equal; {@code projectedDate} is null for {@link
 * ForecastStatus#NO_PROGRESS} and for an {@link ForecastStatus#ON_TRACK} projection later than
 * 9999-12-31.
 *
 * @param status the outcome
 * @param slopePointsPerDay the least-squares slope in percentage points per day, or null
 * @param r2 the coefficient of determination, or null
 * @param projectedDate the date on which the target is reached (the forecast date when {@link
 *     ForecastStatus#REACHED}), or null
 * @param points the number of values in the window that the line was fitted through
 */
public record Forecast(
    ForecastStatus status, Double slopePointsPerDay, Double r2, LocalDate projectedDate, int points)
    implements Serializable {}
