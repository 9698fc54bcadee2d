-- Independent DuckDB implementation of the alerts and forecasts (DOMAIN.md §6.1, §6.2,
-- docs/metrics.md), written from the specification rather than from the Spark AlertTables and
-- ForecastTables, for the cross-check test (MetricsCrossCheckTest). It runs after metrics.sql, in
-- the same connection, from that script's tables (duckdb_county_daily, unit_metrics,
-- enterprise_status, judged_reports, duckdb_difficulty_cases, report_dates) and the lake's views.
-- Produces duckdb_alerts (every column of alerts but the message text) and duckdb_forecasts.
--
-- Statements are separated by a semicolon at the end of a line.

-- the alert and forecast settings, as exact decimals (DECIMAL literals, not doubles)
SET VARIABLE quarantine_share = 0.05;
SET VARIABLE resumption_drop = 0.05;
SET VARIABLE compliance_threshold = 0.80;
SET VARIABLE difficulty_overdue_days = 7;
SET VARIABLE forecast_window_days = 7;
SET VARIABLE resumption_target = 0.95;
SET VARIABLE capacity_target = 0.90;
SET VARIABLE city_name = '衡水市';

-- Alerts (DOMAIN.md §6.1), every threshold decided exactly: counts compared multiplied out
-- (HUGEINT, settings as DECIMAL), amounts as the decimals typed. One row per alert: severity, kind,
-- county, the county's leader on D, the enterprise where there is one, and the figure it is about.
CREATE OR REPLACE TEMP TABLE county_days AS
SELECT today.*, day_before.resumed AS resumed_before, day_before.enterprises AS enterprises_before
FROM duckdb_county_daily today
LEFT JOIN duckdb_county_daily day_before
  ON day_before.county_code = today.county_code AND day_before.report_date = today.report_date - 1;

-- Each county's change of resumption_rate from D-1 as the exact fraction
-- (R1·N0 − R0·N1) / (N0·N1), reduced, and as the double nearest to it: changes equal on paper are
-- then equal doubles, so a MAD of 0 is recognised as such.
CREATE OR REPLACE TEMP TABLE county_changes AS
WITH fractions AS (
  SELECT
    county_code, leader, report_date, resumption_rate_change_1d,
    CAST(resumed AS HUGEINT) * enterprises_before - CAST(resumed_before AS HUGEINT) * enterprises AS change_numerator,
    CAST(enterprises AS HUGEINT) * enterprises_before AS change_denominator
  FROM county_days
  WHERE enterprises > 0 AND enterprises_before > 0
)
SELECT
  *,
  CAST(change_numerator // gcd(change_numerator, change_denominator) AS DOUBLE)
    / CAST(change_denominator // gcd(change_numerator, change_denominator) AS DOUBLE) AS change
FROM fractions;

-- Robust z of each change against all counties' changes that day: (x − median) / (1.4826 × MAD),
-- or (x − median) / (1.253314 × mean absolute deviation) when MAD = 0; none when that is 0 too.
CREATE OR REPLACE TEMP TABLE county_change_scores AS
WITH medians AS (
  SELECT report_date, quantile_cont(change, 0.5) AS median
  FROM county_changes
  GROUP BY report_date
),
deviations AS (
  SELECT c.*, m.median, abs(c.change - m.median) AS deviation
  FROM county_changes c
  JOIN medians m USING (report_date)
),
spreads AS (
  SELECT report_date, quantile_cont(deviation, 0.5) AS mad, avg(deviation) AS mean_deviation
  FROM deviations
  GROUP BY report_date
)
SELECT
  d.*,
  CASE
    WHEN s.mad > 0 THEN (d.change - d.median) / (1.4826 * s.mad)
    WHEN s.mean_deviation > 0 THEN (d.change - d.median) / (1.253314 * s.mean_deviation)
  END AS z
FROM deviations d
JOIN spreads s USING (report_date);

CREATE OR REPLACE TEMP TABLE duckdb_alerts AS
SELECT 'HIGH' AS severity, 'MISSING_SUBMISSION' AS kind, county_code, leader, CAST(NULL AS VARCHAR) AS uscc, CAST(NULL AS DOUBLE) AS value, report_date
FROM duckdb_county_daily
WHERE submission_status = 'MISSING'
UNION ALL
-- the newest file of the county-date (highest version, then latest ingestion, then file name) was rejected
SELECT 'MEDIUM', 'REJECTED_FILE', k.county_code, k.leader, NULL, NULL, k.report_date
FROM (
  SELECT county_code, report_date, status
  FROM files
  WHERE county_code IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY county_code, report_date ORDER BY version DESC, ingested_at DESC, source_file DESC) = 1
) f
JOIN duckdb_county_daily k ON k.county_code = f.county_code AND k.report_date = f.report_date
WHERE f.status = 'REJECTED'
UNION ALL
-- quarantined_rows / rows_read > 5 %, multiplied out
SELECT 'MEDIUM', 'QUARANTINE_SHARE', county_code, leader, NULL, quarantined_share, report_date
FROM duckdb_county_daily
WHERE rows_read > 0 AND quarantined_rows > getvariable('quarantine_share') * rows_read
UNION ALL
SELECT 'HIGH', 'CONFIRMED_WHILE_RESUMED', k.county_code, k.leader, e.uscc, CAST(e.confirmed AS DOUBLE), e.report_date
FROM enterprise_status e
JOIN duckdb_county_daily k ON k.county_code = e.county_code AND k.report_date = e.report_date
WHERE e.status = 'FRESH' AND e.resumed AND e.confirmed > 0
UNION ALL
-- R0/N0 − R1/N1 > 5 points, as R0·N1 − R1·N0 > 0.05 · N0·N1
SELECT 'MEDIUM', 'RESUMPTION_DROP', county_code, leader, NULL, resumption_rate_change_1d, report_date
FROM county_days
WHERE enterprises > 0 AND enterprises_before > 0
  AND CAST(resumed_before AS HUGEINT) * enterprises - CAST(resumed AS HUGEINT) * enterprises_before
      > getvariable('resumption_drop') * (CAST(enterprises_before AS HUGEINT) * enterprises)
UNION ALL
-- fully_compliant / assessed < 80 %, multiplied out; nothing assessed: no rate, no alert
SELECT 'MEDIUM', 'LOW_COMPLIANCE', county_code, leader, NULL, full_compliance_rate, report_date
FROM duckdb_county_daily
WHERE assessed > 0 AND fully_compliant < getvariable('compliance_threshold') * assessed
UNION ALL
-- a case open on D (registry enterprises) with D − opened_on > 7 days, one alert per case
SELECT 'LOW', 'DIFFICULTY_OVERDUE', k.county_code, k.leader, c.uscc, CAST(d.report_date - c.opened_on AS DOUBLE), d.report_date
FROM duckdb_difficulty_cases c
JOIN enterprises e ON e.uscc = c.uscc
JOIN report_dates d
  ON c.opened_on <= d.report_date AND (c.resolved_on IS NULL OR c.resolved_on > d.report_date)
 AND d.report_date - c.opened_on > getvariable('difficulty_overdue_days')
JOIN duckdb_county_daily k ON k.county_code = e.county_code AND k.report_date = d.report_date
UNION ALL
-- a FRESH report whose dormitory numbers contradict its W5 是
SELECT 'LOW', 'INCONSISTENCY', k.county_code, k.leader, e.uscc, NULL, e.report_date
FROM enterprise_status e
JOIN judged_reports r ON r.uscc = e.uscc AND r.report_date = e.report_date
JOIN duckdb_county_daily k ON k.county_code = e.county_code AND k.report_date = e.report_date
WHERE e.status = 'FRESH' AND r.W5
  AND r.dorm_rooms IS NOT NULL AND r.dorm_residents IS NOT NULL AND r.dorm_area_m2 IS NOT NULL AND NOT r.W5_met
UNION ALL
-- a FRESH report with output > 3 × the registry's normal daily output (decimals as typed); the
-- figure is the output counted for D, i.e. only when resumed
SELECT 'LOW', 'INCONSISTENCY', k.county_code, k.leader, e.uscc, CASE WHEN e.resumed THEN e.output_value END, e.report_date
FROM enterprise_status e
JOIN enterprises g ON g.uscc = e.uscc
JOIN duckdb_county_daily k ON k.county_code = e.county_code AND k.report_date = e.report_date
WHERE e.status = 'FRESH' AND typed_decimal(e.output_value) > 3 * typed_decimal(g.normal_daily_output)
UNION ALL
-- a FRESH report with more staff on duty than 2 × the registry's normal staff
SELECT 'LOW', 'INCONSISTENCY', k.county_code, k.leader, e.uscc, CASE WHEN e.resumed THEN CAST(e.employees_on_duty AS DOUBLE) END, e.report_date
FROM enterprise_status e
JOIN enterprises g ON g.uscc = e.uscc
JOIN duckdb_county_daily k ON k.county_code = e.county_code AND k.report_date = e.report_date
WHERE e.status = 'FRESH' AND e.employees_on_duty > 2 * g.normal_employees
UNION ALL
SELECT 'MEDIUM', 'STATISTICAL_ANOMALY', county_code, leader, NULL, z, report_date
FROM county_change_scores
WHERE abs(z) > 3.5;

-- Forecasts (DOMAIN.md §6.2): per county, leader and the city, each D and each rate, the
-- least-squares line through the non-NULL values of D−6 … D (x = days since D−6). Slope and R² come
-- from regr_slope / regr_r2 on the doubles; the status is decided exactly on the counts (amounts as
-- integers of 1e-8 万元): the value on D against the target, the sign of
-- Sxy·k = Σ (k·x − Σx)·a/b, and the projected date, the first day after D on which the fitted line
-- is at or above the target.
CREATE OR REPLACE TEMP TABLE forecast_series AS
WITH units AS (
  SELECT
    unit_type,
    CASE WHEN unit_type = 'city' THEN getvariable('city_name') ELSE unit END AS unit,
    report_date, resumed, enterprises, above_scale_resumed, above_scale_enterprises,
    resumption_rate, above_scale_resumption_rate, capacity_recovery_rate, output_of_resumed, normal_output
  FROM unit_metrics
)
SELECT unit_type, unit, 'resumption_rate' AS metric, getvariable('resumption_target') AS target, report_date,
  resumption_rate AS value, CAST(resumed AS HUGEINT) AS numerator, CAST(enterprises AS HUGEINT) AS denominator
FROM units
UNION ALL
SELECT unit_type, unit, 'above_scale_resumption_rate', getvariable('resumption_target'), report_date,
  above_scale_resumption_rate, CAST(above_scale_resumed AS HUGEINT), CAST(above_scale_enterprises AS HUGEINT)
FROM units
UNION ALL
SELECT unit_type, unit, 'capacity_recovery_rate', getvariable('capacity_target'), report_date,
  capacity_recovery_rate,
  CAST(CAST(output_of_resumed AS DECIMAL(38, 8)) * 100000000 AS HUGEINT),
  CAST(CAST(normal_output AS DECIMAL(38, 8)) * 100000000 AS HUGEINT)
FROM units;

CREATE OR REPLACE TEMP TABLE forecast_points AS
SELECT
  f.unit_type, f.unit, f.metric, f.report_date,
  CAST(p.report_date - (f.report_date - (getvariable('forecast_window_days') - 1)) AS BIGINT) AS x,
  p.value AS y, p.numerator AS a, p.denominator AS b,
  count(*) OVER w AS k,
  sum(CAST(p.report_date - (f.report_date - (getvariable('forecast_window_days') - 1)) AS BIGINT)) OVER w AS sum_x
FROM forecast_series f
JOIN forecast_series p
  ON p.unit_type = f.unit_type AND p.unit = f.unit AND p.metric = f.metric
 AND p.report_date BETWEEN f.report_date - (getvariable('forecast_window_days') - 1) AND f.report_date
 AND p.denominator <> 0
WINDOW w AS (PARTITION BY f.unit_type, f.unit, f.metric, f.report_date);

-- Σ (k·x − Σx)·a/b and Σ a/b as one fraction over the product of the distinct denominators:
-- first per denominator, then the groups added up exactly.
CREATE OR REPLACE TEMP TABLE forecast_fits AS
WITH per_denominator AS (
  SELECT unit_type, unit, metric, report_date, b,
    sum((k * x - sum_x) * a) AS s, sum(a) AS y_sum
  FROM forecast_points
  GROUP BY ALL
),
exact AS (
  SELECT unit_type, unit, metric, report_date,
    list_reduce(
      list({'s': CAST(s AS HUGEINT), 'y': CAST(y_sum AS HUGEINT), 'd': b} ORDER BY b),
      lambda total, part: {'s': total.s * part.d + part.s * total.d, 'y': total.y * part.d + part.y * total.d, 'd': total.d * part.d}) AS sums
  FROM per_denominator
  GROUP BY ALL
),
fits AS (
  SELECT unit_type, unit, metric, report_date,
    count(*) AS k, sum(x) AS sum_x, count(*) * sum(x * x) - sum(x) * sum(x) AS sxx,
    regr_slope(y, x) * 100 AS slope_per_day,
    CASE WHEN min(y) = max(y) THEN NULL ELSE regr_r2(y, x) END AS r2
  FROM forecast_points
  GROUP BY ALL
)
SELECT f.*, e.sums.s AS sxy_numerator, e.sums.y AS y_numerator, e.sums.d AS common_denominator
FROM fits f
JOIN exact e USING (unit_type, unit, metric, report_date);

CREATE OR REPLACE TEMP TABLE duckdb_forecasts AS
WITH judged AS (
  SELECT
    s.unit_type, s.unit, s.metric, s.value, CAST(s.target AS DOUBLE) AS target, s.report_date,
    coalesce(f.k, 0) AS k, f.slope_per_day, f.r2, f.sum_x, f.sxx, f.sxy_numerator, f.y_numerator, f.common_denominator,
    CAST(s.target * 1000000 AS HUGEINT) AS target_numerator,
    CAST(1000000 AS HUGEINT) AS target_denominator,
    s.numerator, s.denominator
  FROM forecast_series s
  LEFT JOIN forecast_fits f USING (unit_type, unit, metric, report_date)
),
statuses AS (
  SELECT *,
    CASE
      WHEN k < 2 THEN 'INSUFFICIENT_DATA'
      WHEN denominator <> 0 AND numerator * target_denominator >= target_numerator * denominator THEN 'REACHED'
      WHEN sxy_numerator <= 0 THEN 'NO_PROGRESS'
      ELSE 'ON_TRACK'
    END AS status,
    -- fitted(x) >= target  ⇔  x >= (Σx·td·S + tn·k·Sxx·L − td·Y·Sxx) / (k·td·S), S and Y over L
    sum_x * target_denominator * sxy_numerator + target_numerator * k * sxx * common_denominator
      - target_denominator * y_numerator * sxx AS first_x_numerator,
    k * target_denominator * sxy_numerator AS first_x_denominator
  FROM judged
),
projected AS (
  SELECT *,
    CASE
      WHEN status <> 'ON_TRACK' THEN NULL
      ELSE greatest(
        CASE
          WHEN first_x_numerator >= 0 THEN (first_x_numerator + first_x_denominator - 1) // first_x_denominator
          ELSE -((-first_x_numerator) // first_x_denominator)
        END - (getvariable('forecast_window_days') - 1),
        1)
    END AS days_ahead
  FROM statuses
)
SELECT
  unit_type, unit, metric, value, target,
  CASE WHEN k < 2 THEN NULL ELSE slope_per_day END AS slope_per_day,
  CASE WHEN k < 2 THEN NULL ELSE r2 END AS r2,
  CASE
    WHEN status = 'REACHED' THEN report_date
    WHEN status = 'ON_TRACK' AND days_ahead <= DATE '9999-12-31' - report_date THEN report_date + CAST(days_ahead AS INTEGER)
  END AS projected_date,
  status,
  CAST(k AS INTEGER) AS points,
  report_date
FROM projected;

