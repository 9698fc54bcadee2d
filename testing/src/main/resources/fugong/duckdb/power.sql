-- Independent DuckDB implementation of power_readings, power_daily and power_flags, written from
-- DOMAIN.md §6.3 and docs/metrics.md (not from the Spark PowerTables), so that the cross-check test
-- (PowerCrossCheckTest) can compare the two engines row by row.
--
-- Runs after metrics.sql in the same connection (it uses report_dates, enterprise_status,
-- duckdb_county_daily, duckdb_leader_daily and duckdb_city_daily) and expects two more views named
-- like the lake tables: meter_readings and power_baselines. Produces duckdb_power_readings,
-- duckdb_power_daily and duckdb_power_flags.
--
-- The settings are the defaults, written as decimals: threshold 0.30, 复工存疑 over 2 days,
-- divergence limit 0.40. Every comparison is exact: kWh and baselines are DECIMAL(24,6) and are
-- compared as decimals; the divergence is compared multiplied out in whole numbers (HUGEINT), so no
-- division and no binary double decides anything. Doubles are only the reported ratios.
--
-- Statements are separated by a semicolon at the end of a line.

SET VARIABLE power_doubtful_days = 2;

-- A baseline counts only when it is above 0.
CREATE OR REPLACE TEMP TABLE power_usable_baselines AS
SELECT uscc, baseline_kwh
FROM power_baselines
WHERE baseline_kwh > 0;

-- Each accepted reading of a report date, with its baseline, the enterprise's §6 state and the
-- leader of its county that date.
CREATE OR REPLACE TEMP TABLE duckdb_power_readings AS
SELECT
  m.county_code,
  m.uscc,
  e.name AS enterprise_name,
  c.leader,
  e.industry_code,
  e.above_scale,
  m.kwh,
  b.baseline_kwh,
  CAST(m.kwh AS DOUBLE) / CAST(b.baseline_kwh AS DOUBLE) AS consumption_ratio,
  CASE WHEN b.baseline_kwh IS NULL THEN NULL ELSE m.kwh >= 0.30 * b.baseline_kwh END AS power_resumed,
  CASE WHEN s.status = 'UNKNOWN' THEN NULL ELSE s.status END AS status,
  CASE WHEN s.status = 'UNKNOWN' THEN NULL ELSE s.resumed END AS resumed,
  m.source_file,
  m.source_row,
  m.report_date
FROM meter_readings m
JOIN report_dates d ON d.report_date = m.report_date
LEFT JOIN power_usable_baselines b ON b.uscc = m.uscc
LEFT JOIN enterprises e ON e.uscc = m.uscc
LEFT JOIN enterprise_status s ON s.uscc = m.uscc AND s.report_date = m.report_date
LEFT JOIN duckdb_county_daily c ON c.county_code = e.county_code AND c.report_date = m.report_date;

-- The dates with at least one reading: power_daily has rows for these only.
CREATE OR REPLACE TEMP TABLE power_dates AS
SELECT DISTINCT report_date FROM duckdb_power_readings;

-- Every registry enterprise on every power date, with what it adds to the unit figures.
CREATE OR REPLACE TEMP TABLE power_enterprise_days AS
SELECT
  s.report_date,
  s.uscc,
  s.county_code,
  c.leader,
  e.industry_code,
  CASE WHEN e.above_scale THEN 'above' ELSE 'below' END AS scale,
  s.resumed,
  b.baseline_kwh IS NOT NULL AS with_baseline,
  r.uscc IS NOT NULL AS has_reading,
  r.kwh,
  r.power_resumed,
  b.baseline_kwh
FROM enterprise_status s
JOIN power_dates d ON d.report_date = s.report_date
JOIN enterprises e ON e.uscc = s.uscc
LEFT JOIN duckdb_county_daily c ON c.county_code = s.county_code AND c.report_date = s.report_date
LEFT JOIN power_usable_baselines b ON b.uscc = s.uscc
LEFT JOIN duckdb_power_readings r ON r.uscc = s.uscc AND r.report_date = s.report_date;

-- One row per unit of each kind and date, with its name and self-reported resumption rate.
CREATE OR REPLACE TEMP TABLE power_units AS
SELECT 'county' AS unit_type, county_code AS unit, county_name AS unit_name, resumption_rate, report_date
FROM duckdb_county_daily
UNION ALL
SELECT 'leader', leader, leader, resumption_rate, report_date FROM duckdb_leader_daily
UNION ALL
SELECT 'city', '衡水市', '衡水市', resumption_rate, report_date FROM duckdb_city_daily
UNION ALL
SELECT 'industry', e.industry_code, e.industry_code,
       CAST(count(*) FILTER (WHERE s.resumed) AS DOUBLE) / count(*), s.report_date
FROM enterprise_status s JOIN enterprises e ON e.uscc = s.uscc
GROUP BY e.industry_code, s.report_date
UNION ALL
SELECT 'scale', CASE WHEN e.above_scale THEN 'above' ELSE 'below' END,
       CASE WHEN e.above_scale THEN '规上' ELSE '规下' END,
       CAST(count(*) FILTER (WHERE s.resumed) AS DOUBLE) / count(*), s.report_date
FROM enterprise_status s JOIN enterprises e ON e.uscc = s.uscc
GROUP BY e.above_scale, s.report_date;

-- Each enterprise-day under every unit it belongs to.
CREATE OR REPLACE TEMP VIEW power_memberships AS
SELECT 'county' AS unit_type, county_code AS unit, * FROM power_enterprise_days
UNION ALL
SELECT 'leader', leader, * FROM power_enterprise_days WHERE leader IS NOT NULL
UNION ALL
SELECT 'city', '衡水市', * FROM power_enterprise_days
UNION ALL
SELECT 'industry', industry_code, * FROM power_enterprise_days
UNION ALL
SELECT 'scale', scale, * FROM power_enterprise_days;

CREATE OR REPLACE TEMP TABLE power_unit_sums AS
SELECT
  unit_type,
  unit,
  report_date,
  CAST(count(*) FILTER (WHERE with_baseline) AS BIGINT) AS enterprises_with_baseline,
  CAST(count(*) FILTER (WHERE with_baseline AND has_reading) AS BIGINT) AS enterprises_read,
  CAST(count(*) FILTER (WHERE with_baseline AND has_reading AND power_resumed) AS BIGINT) AS power_resumed,
  CAST(coalesce(sum(kwh) FILTER (WHERE with_baseline AND has_reading), 0) AS DECIMAL(38, 6)) AS kwh,
  CAST(coalesce(sum(baseline_kwh) FILTER (WHERE with_baseline AND has_reading), 0) AS DECIMAL(38, 6)) AS baseline_kwh,
  CAST(count(*) FILTER (WHERE NOT with_baseline) AS BIGINT) AS enterprises_without_baseline,
  CAST(count(*) FILTER (WHERE NOT with_baseline AND has_reading) AS BIGINT) AS readings_without_baseline
FROM power_memberships
GROUP BY unit_type, unit, report_date;

CREATE OR REPLACE TEMP TABLE duckdb_power_daily AS
WITH figures AS (
  SELECT
    u.unit_type,
    u.unit,
    u.unit_name,
    coalesce(s.enterprises_with_baseline, 0) AS enterprises_with_baseline,
    coalesce(s.enterprises_read, 0) AS enterprises_read,
    coalesce(s.power_resumed, 0) AS power_resumed,
    coalesce(s.kwh, CAST(0 AS DECIMAL(38, 6))) AS kwh,
    coalesce(s.baseline_kwh, CAST(0 AS DECIMAL(38, 6))) AS baseline_kwh,
    coalesce(s.enterprises_without_baseline, 0) AS enterprises_without_baseline,
    coalesce(s.readings_without_baseline, 0) AS readings_without_baseline,
    u.resumption_rate,
    u.report_date
  FROM power_units u
  JOIN power_dates d ON d.report_date = u.report_date
  LEFT JOIN power_unit_sums s
    ON s.unit_type = u.unit_type AND s.unit = u.unit AND s.report_date = u.report_date
), rates AS (
  SELECT
    *,
    CASE WHEN enterprises_read = 0 THEN NULL
         ELSE CAST(power_resumed AS DOUBLE) / enterprises_read END AS power_resumption_rate,
    CASE WHEN baseline_kwh = 0 THEN NULL
         ELSE CAST(kwh AS DOUBLE) / CAST(baseline_kwh AS DOUBLE) END AS consumption_recovery_rate,
    CASE WHEN enterprises_with_baseline = 0 THEN NULL
         ELSE CAST(enterprises_read AS DOUBLE) / enterprises_with_baseline END AS coverage
  FROM figures
)
SELECT
  unit_type, unit, unit_name, enterprises_with_baseline, enterprises_read, power_resumed,
  kwh, baseline_kwh, power_resumption_rate, consumption_recovery_rate,
  (power_resumption_rate + consumption_recovery_rate) / 2 AS power_index,
  coverage, enterprises_without_baseline, readings_without_baseline, resumption_rate, report_date
FROM rates;

-- The readings with a baseline, with the whole-number quantities the flags compare.
CREATE OR REPLACE TEMP TABLE power_judged AS
SELECT
  r.*,
  coalesce(r.status = 'FRESH' AND r.resumed, FALSE) AS fresh_resumed,
  s.output_value,
  e.normal_daily_output,
  CAST(typed_decimal(s.output_value) * 100000000 AS HUGEINT) AS output_units,
  CAST(typed_decimal(e.normal_daily_output) * 100000000 AS HUGEINT) AS normal_units,
  CAST(r.kwh * 1000000 AS HUGEINT) AS kwh_units,
  CAST(r.baseline_kwh * 1000000 AS HUGEINT) AS baseline_units,
  -- the days D-1 … D-(N-1) with an accepted reading below the threshold
  (SELECT count(*) FROM meter_readings p
   WHERE p.uscc = r.uscc
     AND p.report_date BETWEEN r.report_date - CAST(getvariable('power_doubtful_days') - 1 AS INTEGER)
                           AND r.report_date - 1
     AND p.kwh < 0.30 * r.baseline_kwh) AS earlier_days_below
FROM duckdb_power_readings r
LEFT JOIN enterprise_status s ON s.uscc = r.uscc AND s.report_date = r.report_date
LEFT JOIN enterprises e ON e.uscc = r.uscc
WHERE r.baseline_kwh IS NOT NULL;

CREATE OR REPLACE TEMP TABLE duckdb_power_flags AS
SELECT 'DOUBTFUL_RESUMPTION' AS kind, *, consumption_ratio AS value
FROM power_judged
WHERE fresh_resumed AND NOT power_resumed
  AND earlier_days_below = getvariable('power_doubtful_days') - 1
UNION ALL
SELECT 'UNREPORTED_OPERATION', *, consumption_ratio
FROM power_judged
WHERE power_resumed AND NOT coalesce(resumed, FALSE)
UNION ALL
SELECT 'OUTPUT_POWER_DIVERGENCE', *,
       abs(CAST(output_value AS DOUBLE) / normal_daily_output - consumption_ratio)
FROM power_judged
WHERE fresh_resumed AND output_units IS NOT NULL AND normal_units > 0
  -- |output / normal − kWh / baseline| > 40/100, multiplied out by normal × baseline × 100
  AND 100 * abs(output_units * baseline_units - kwh_units * normal_units)
      > 40 * normal_units * baseline_units;

CREATE OR REPLACE TEMP TABLE duckdb_power_flags_named AS
SELECT f.kind, f.county_code, c.county_name, f.leader, f.uscc, f.enterprise_name, f.kwh,
       f.baseline_kwh, f.value, f.report_date
FROM duckdb_power_flags f
LEFT JOIN counties c ON c.county_code = f.county_code;

-- every flag is also a MEDIUM alert for the supervising leader, under its own alert kind
CREATE OR REPLACE TEMP TABLE duckdb_power_alerts AS
SELECT 'MEDIUM' AS severity,
       CASE kind
         WHEN 'DOUBTFUL_RESUMPTION' THEN 'POWER_DOUBTFUL_RESUMPTION'
         WHEN 'UNREPORTED_OPERATION' THEN 'POWER_UNREPORTED_OPERATION'
         WHEN 'OUTPUT_POWER_DIVERGENCE' THEN 'POWER_OUTPUT_DIVERGENCE'
       END AS kind,
       county_code, leader, uscc, value, report_date
FROM duckdb_power_flags;
