-- Independent DuckDB implementation of county_daily, leader_daily, city_daily, difficulty_cases,
-- alerts and forecasts,
-- written from DOMAIN.md §6 and docs/metrics.md (not from the Spark MetricsJob), so that the
-- cross-check test (MetricsCrossCheckTest) can compare the two engines column by column, and the
-- benchmark (bench/run-bench.sh, fugong.jobs.bench.DuckDbMetrics) can time both on the same files.
--
-- Expects views named like the lake tables: files, submissions, quarantine, enterprises, counties,
-- assignments (report_date as DATE, arrived_at as the TIMESTAMP DuckDB reads from Spark's Parquet,
-- which is the instant in UTC). Produces the tables enterprise_status (one row per registry
-- enterprise and report date), duckdb_county_daily, duckdb_leader_daily, duckdb_city_daily,
-- duckdb_difficulty_cases, duckdb_alerts (without the message texts) and duckdb_forecasts.
--
-- Steps used once (judged_reports, enterprise_contributions, difficulty_marks, difficulty_runs) are
-- views, so DuckDB streams them into the next step instead of holding them: as tables they took
-- 1.6 GB per million enterprise-days (the difficulty marks are every report × 9 codes).
--
-- Statements are separated by a semicolon at the end of a line.

SET VARIABLE carry_window_days = 3;
SET VARIABLE deadline = TIME '20:00:00';
-- the alert and forecast settings, as exact decimals (DECIMAL literals, not doubles)
SET VARIABLE quarantine_share = 0.05;
SET VARIABLE resumption_drop = 0.05;
SET VARIABLE compliance_threshold = 0.80;
SET VARIABLE difficulty_overdue_days = 7;
SET VARIABLE forecast_window_days = 7;
SET VARIABLE resumption_target = 0.95;
SET VARIABLE capacity_target = 0.90;
SET VARIABLE city_name = '衡水市';

CREATE OR REPLACE MACRO ratio(numerator, denominator) AS
  CASE WHEN denominator = 0 THEN NULL ELSE CAST(numerator AS DOUBLE) / CAST(denominator AS DOUBLE) END;

-- The decimal a clerk typed (万元, m²), recovered from the stored double through its shortest
-- text form, so that thresholds such as "output >= 0.9 x normal" are judged exactly: 1.98 is
-- 0.9 x 2.2, although in binary doubles 1.98 < 0.9 * 2.2 (= 1.9800000000000002).
CREATE OR REPLACE MACRO typed_decimal(value) AS CAST(CAST(value AS VARCHAR) AS DECIMAL(38, 10));

-- Report dates: every date on which a county file arrived, readable or not.
CREATE OR REPLACE TEMP TABLE report_dates AS
SELECT DISTINCT report_date
FROM files
WHERE county_code IS NOT NULL AND report_date IS NOT NULL;

-- Every accepted report with W5 judged: by the dormitory numbers when all three are present
-- (no residents = met; residents with no rooms = not met; else at most 6 per room and at least
-- 2.5 m² per resident, compared multiplied out so that no rounding enters), else by the
-- self-report.
CREATE OR REPLACE TEMP VIEW judged_reports AS
SELECT
  s.*,
  CASE
    WHEN s.dorm_rooms IS NOT NULL AND s.dorm_residents IS NOT NULL AND s.dorm_area_m2 IS NOT NULL THEN
      CASE
        WHEN s.dorm_residents = 0 THEN TRUE
        WHEN s.dorm_rooms = 0 THEN FALSE
        ELSE s.dorm_residents <= 6 * s.dorm_rooms
             AND typed_decimal(s.dorm_area_m2) >= 2.5 * s.dorm_residents
      END
    ELSE coalesce(s.W5, FALSE)
  END AS W5_met
FROM submissions s;

-- The status report of every registry enterprise on every report date D: the accepted report
-- dated D (FRESH), else the latest dated D-1 .. D-(window-1) (CARRIED), else none (UNKNOWN).
CREATE OR REPLACE TEMP TABLE enterprise_status AS
SELECT
  d.report_date,
  e.uscc,
  e.county_code,
  coalesce(e.above_scale, FALSE) AS above_scale,
  coalesce(e.normal_employees, 0) AS normal_employees,
  coalesce(e.normal_daily_output, 0.0) AS normal_daily_output,
  r.report_date AS status_report_date,
  CASE
    WHEN r.report_date = d.report_date THEN 'FRESH'
    WHEN r.report_date IS NOT NULL THEN 'CARRIED'
    ELSE 'UNKNOWN'
  END AS status,
  coalesce(r.resumed, FALSE) AS resumed,
  r.employees_on_duty,
  r.output_value,
  coalesce(r.H1, FALSE) AS met_H1,
  coalesce(r.H2, FALSE) AS met_H2,
  coalesce(r.H3, FALSE) AS met_H3,
  coalesce(r.H4, FALSE) AS met_H4,
  coalesce(r.W1, FALSE) AS met_W1,
  coalesce(r.W2, FALSE) AS met_W2,
  coalesce(r.W3, FALSE) AS met_W3,
  coalesce(r.W4, FALSE) AS met_W4,
  W5_met AS met_W5,
  coalesce(r.W6, FALSE) AS met_W6,
  coalesce(r.W7, FALSE) AS met_W7,
  coalesce(r.W8, FALSE) AS met_W8,
  coalesce(r.P1, FALSE) AS met_P1,
  coalesce(r.P2, FALSE) AS met_P2,
  coalesce(r.E1, FALSE) AS met_E1,
  coalesce(r.E2, FALSE) AS met_E2,
  coalesce(r.E3, FALSE) AS met_E3,
  coalesce(r.E4, FALSE) AS met_E4,
  r.suspected,
  r.isolated,
  r.confirmed
FROM report_dates d
CROSS JOIN enterprises e
-- one candidate per day of the window (D, D-1, …), joined on equal dates: the work grows with
-- enterprises × dates × window, not with enterprises × dates² as a range condition would
CROSS JOIN range(0, CAST(getvariable('carry_window_days') AS BIGINT)) AS back(days)
LEFT JOIN judged_reports r
  ON r.uscc = e.uscc
 AND r.report_date = d.report_date - CAST(back.days AS INTEGER)
QUALIFY row_number() OVER (PARTITION BY d.report_date, e.uscc ORDER BY r.report_date DESC NULLS LAST) = 1;

-- One row per enterprise and D with its contribution (0/1 or an amount) to every count and sum.
CREATE OR REPLACE TEMP VIEW enterprise_contributions AS
SELECT
  report_date,
  uscc,
  county_code,
  1 AS enterprises,
  CASE WHEN status = 'FRESH' THEN 1 ELSE 0 END AS reported,
  CASE WHEN status = 'CARRIED' THEN 1 ELSE 0 END AS carried,
  CASE WHEN status = 'UNKNOWN' THEN 1 ELSE 0 END AS unknown,
  CASE WHEN resumed THEN 1 ELSE 0 END AS resumed,
  CASE WHEN above_scale THEN 1 ELSE 0 END AS above_scale_enterprises,
  CASE WHEN above_scale AND resumed THEN 1 ELSE 0 END AS above_scale_resumed,
  CASE WHEN resumed THEN coalesce(employees_on_duty, 0) ELSE 0 END AS employees_on_duty,
  CASE WHEN resumed THEN normal_employees ELSE 0 END AS normal_employees_of_resumed,
  CASE WHEN resumed AND typed_decimal(output_value) >= 0.9 * typed_decimal(normal_daily_output) THEN 1 ELSE 0 END AS full_load,
  CASE WHEN resumed AND typed_decimal(output_value) < 0.5 * typed_decimal(normal_daily_output) THEN 1 ELSE 0 END AS reduced,
  CASE WHEN resumed THEN 0 ELSE 1 END AS stopped,
  CASE WHEN resumed AND status = 'FRESH' THEN 1 ELSE 0 END AS assessed,
  CASE WHEN resumed AND status = 'FRESH' AND met_H1 AND met_H2 AND met_H3 AND met_H4 AND met_W1 AND met_W2 AND met_W3 AND met_W4 AND met_W5 AND met_W6 AND met_W7 AND met_W8 AND met_P1 AND met_P2 AND met_E1 AND met_E2 AND met_E3 AND met_E4 THEN 1 ELSE 0 END AS fully_compliant,
  CASE WHEN resumed AND status = 'FRESH' THEN CAST(met_H1 AS INTEGER) + CAST(met_H2 AS INTEGER) + CAST(met_H3 AS INTEGER) + CAST(met_H4 AS INTEGER) + CAST(met_W1 AS INTEGER) + CAST(met_W2 AS INTEGER) + CAST(met_W3 AS INTEGER) + CAST(met_W4 AS INTEGER) + CAST(met_W5 AS INTEGER) + CAST(met_W6 AS INTEGER) + CAST(met_W7 AS INTEGER) + CAST(met_W8 AS INTEGER) + CAST(met_P1 AS INTEGER) + CAST(met_P2 AS INTEGER) + CAST(met_E1 AS INTEGER) + CAST(met_E2 AS INTEGER) + CAST(met_E3 AS INTEGER) + CAST(met_E4 AS INTEGER) ELSE 0 END AS items_met,
  CASE WHEN resumed AND status = 'FRESH' AND met_H1 THEN 1 ELSE 0 END AS item_met_H1,
  CASE WHEN resumed AND status = 'FRESH' AND met_H2 THEN 1 ELSE 0 END AS item_met_H2,
  CASE WHEN resumed AND status = 'FRESH' AND met_H3 THEN 1 ELSE 0 END AS item_met_H3,
  CASE WHEN resumed AND status = 'FRESH' AND met_H4 THEN 1 ELSE 0 END AS item_met_H4,
  CASE WHEN resumed AND status = 'FRESH' AND met_W1 THEN 1 ELSE 0 END AS item_met_W1,
  CASE WHEN resumed AND status = 'FRESH' AND met_W2 THEN 1 ELSE 0 END AS item_met_W2,
  CASE WHEN resumed AND status = 'FRESH' AND met_W3 THEN 1 ELSE 0 END AS item_met_W3,
  CASE WHEN resumed AND status = 'FRESH' AND met_W4 THEN 1 ELSE 0 END AS item_met_W4,
  CASE WHEN resumed AND status = 'FRESH' AND met_W5 THEN 1 ELSE 0 END AS item_met_W5,
  CASE WHEN resumed AND status = 'FRESH' AND met_W6 THEN 1 ELSE 0 END AS item_met_W6,
  CASE WHEN resumed AND status = 'FRESH' AND met_W7 THEN 1 ELSE 0 END AS item_met_W7,
  CASE WHEN resumed AND status = 'FRESH' AND met_W8 THEN 1 ELSE 0 END AS item_met_W8,
  CASE WHEN resumed AND status = 'FRESH' AND met_P1 THEN 1 ELSE 0 END AS item_met_P1,
  CASE WHEN resumed AND status = 'FRESH' AND met_P2 THEN 1 ELSE 0 END AS item_met_P2,
  CASE WHEN resumed AND status = 'FRESH' AND met_E1 THEN 1 ELSE 0 END AS item_met_E1,
  CASE WHEN resumed AND status = 'FRESH' AND met_E2 THEN 1 ELSE 0 END AS item_met_E2,
  CASE WHEN resumed AND status = 'FRESH' AND met_E3 THEN 1 ELSE 0 END AS item_met_E3,
  CASE WHEN resumed AND status = 'FRESH' AND met_E4 THEN 1 ELSE 0 END AS item_met_E4,
  CASE WHEN status = 'FRESH' THEN coalesce(suspected, 0) ELSE 0 END AS suspected,
  CASE WHEN status = 'FRESH' THEN coalesce(isolated, 0) ELSE 0 END AS isolated,
  CASE WHEN status = 'FRESH' THEN coalesce(confirmed, 0) ELSE 0 END AS confirmed,
  CASE WHEN resumed THEN coalesce(output_value, 0.0) ELSE 0.0 END AS output_of_resumed,
  normal_daily_output AS normal_output
FROM enterprise_status;

-- Difficulty cases (一企一策), gaps and islands over each enterprise's accepted report dates: per
-- enterprise and code, a run of consecutive reports listing the code is one case; it opens on the
-- run's first report date and is resolved on the enterprise's next report date after the run
-- (which does not list the code), NULL while no such report exists.
CREATE OR REPLACE TEMP VIEW difficulty_marks AS
SELECT
  s.uscc,
  s.county_code,
  s.report_date,
  c.code,
  list_contains(coalesce(s.difficulties, []), c.code) AS listed
FROM submissions s
CROSS JOIN (VALUES ('D1'), ('D2'), ('D3'), ('D4'), ('D5'), ('D6'), ('D7'), ('D8'), ('D9')) AS c(code);

CREATE OR REPLACE TEMP VIEW difficulty_runs AS
SELECT
  *,
  lead(report_date) OVER (PARTITION BY uscc, code ORDER BY report_date) AS next_report_date,
  row_number() OVER (PARTITION BY uscc, code ORDER BY report_date)
    - row_number() OVER (PARTITION BY uscc, code, listed ORDER BY report_date) AS run_number
FROM difficulty_marks;

CREATE OR REPLACE TEMP TABLE duckdb_difficulty_cases AS
SELECT
  uscc,
  any_value(county_code) AS county_code,
  code,
  min(report_date) AS opened_on,
  -- arg_max_null keeps a NULL next report date (arg_max would skip it and resolve open cases).
  arg_max_null(next_report_date, report_date) AS resolved_on,
  CAST(coalesce(arg_max_null(next_report_date, report_date), (SELECT max(report_date) FROM report_dates)) - min(report_date) AS BIGINT) AS days_open
FROM difficulty_runs
WHERE listed
GROUP BY uscc, code, run_number;

-- Cases open on D: opened_on <= D and (resolved_on IS NULL or resolved_on > D).
CREATE OR REPLACE TEMP TABLE county_open_difficulties AS
SELECT
  d.report_date,
  c.county_code,
  CAST(count(*) AS BIGINT) AS open_difficulties,
  CAST(count(*) FILTER (WHERE c.code = 'D1') AS BIGINT) AS open_difficulties_D1,
  CAST(count(*) FILTER (WHERE c.code = 'D2') AS BIGINT) AS open_difficulties_D2,
  CAST(count(*) FILTER (WHERE c.code = 'D3') AS BIGINT) AS open_difficulties_D3,
  CAST(count(*) FILTER (WHERE c.code = 'D4') AS BIGINT) AS open_difficulties_D4,
  CAST(count(*) FILTER (WHERE c.code = 'D5') AS BIGINT) AS open_difficulties_D5,
  CAST(count(*) FILTER (WHERE c.code = 'D6') AS BIGINT) AS open_difficulties_D6,
  CAST(count(*) FILTER (WHERE c.code = 'D7') AS BIGINT) AS open_difficulties_D7,
  CAST(count(*) FILTER (WHERE c.code = 'D8') AS BIGINT) AS open_difficulties_D8,
  CAST(count(*) FILTER (WHERE c.code = 'D9') AS BIGINT) AS open_difficulties_D9
FROM report_dates d
JOIN duckdb_difficulty_cases c
  ON c.opened_on <= d.report_date AND (c.resolved_on IS NULL OR c.resolved_on > d.report_date)
GROUP BY d.report_date, c.county_code;

-- The assignment in force on D for every county (valid_to inclusive, NULL = open).
CREATE OR REPLACE TEMP TABLE county_leaders AS
SELECT d.report_date, a.county_code, a.leader, a.section
FROM report_dates d
JOIN assignments a
  ON a.valid_from <= d.report_date AND (a.valid_to IS NULL OR a.valid_to >= d.report_date);

-- Counts and sums per county and D (every county of the reference table on every report date).
CREATE OR REPLACE TEMP TABLE county_counts AS
WITH summed AS (
  SELECT
    report_date,
    county_code,
    CAST(sum(enterprises) AS BIGINT) AS enterprises,
    CAST(sum(reported) AS BIGINT) AS reported,
    CAST(sum(carried) AS BIGINT) AS carried,
    CAST(sum(unknown) AS BIGINT) AS unknown,
    CAST(sum(resumed) AS BIGINT) AS resumed,
    CAST(sum(above_scale_enterprises) AS BIGINT) AS above_scale_enterprises,
    CAST(sum(above_scale_resumed) AS BIGINT) AS above_scale_resumed,
    CAST(sum(employees_on_duty) AS BIGINT) AS employees_on_duty,
    CAST(sum(normal_employees_of_resumed) AS BIGINT) AS normal_employees_of_resumed,
    CAST(sum(full_load) AS BIGINT) AS full_load,
    CAST(sum(reduced) AS BIGINT) AS reduced,
    CAST(sum(stopped) AS BIGINT) AS stopped,
    CAST(sum(assessed) AS BIGINT) AS assessed,
    CAST(sum(fully_compliant) AS BIGINT) AS fully_compliant,
    CAST(sum(items_met) AS BIGINT) AS items_met,
    CAST(sum(item_met_H1) AS BIGINT) AS item_met_H1,
    CAST(sum(item_met_H2) AS BIGINT) AS item_met_H2,
    CAST(sum(item_met_H3) AS BIGINT) AS item_met_H3,
    CAST(sum(item_met_H4) AS BIGINT) AS item_met_H4,
    CAST(sum(item_met_W1) AS BIGINT) AS item_met_W1,
    CAST(sum(item_met_W2) AS BIGINT) AS item_met_W2,
    CAST(sum(item_met_W3) AS BIGINT) AS item_met_W3,
    CAST(sum(item_met_W4) AS BIGINT) AS item_met_W4,
    CAST(sum(item_met_W5) AS BIGINT) AS item_met_W5,
    CAST(sum(item_met_W6) AS BIGINT) AS item_met_W6,
    CAST(sum(item_met_W7) AS BIGINT) AS item_met_W7,
    CAST(sum(item_met_W8) AS BIGINT) AS item_met_W8,
    CAST(sum(item_met_P1) AS BIGINT) AS item_met_P1,
    CAST(sum(item_met_P2) AS BIGINT) AS item_met_P2,
    CAST(sum(item_met_E1) AS BIGINT) AS item_met_E1,
    CAST(sum(item_met_E2) AS BIGINT) AS item_met_E2,
    CAST(sum(item_met_E3) AS BIGINT) AS item_met_E3,
    CAST(sum(item_met_E4) AS BIGINT) AS item_met_E4,
    CAST(sum(suspected) AS BIGINT) AS suspected,
    CAST(sum(isolated) AS BIGINT) AS isolated,
    CAST(sum(confirmed) AS BIGINT) AS confirmed,
    CAST(sum(output_of_resumed) AS DOUBLE) AS output_of_resumed,
    CAST(sum(normal_output) AS DOUBLE) AS normal_output
  FROM enterprise_contributions
  GROUP BY report_date, county_code
)
SELECT
  d.report_date,
  k.county_code,
  k.county_name,
  l.leader,
  l.section,
  coalesce(s.enterprises, 0) AS enterprises,
  coalesce(s.reported, 0) AS reported,
  coalesce(s.carried, 0) AS carried,
  coalesce(s.unknown, 0) AS unknown,
  coalesce(s.resumed, 0) AS resumed,
  coalesce(s.above_scale_enterprises, 0) AS above_scale_enterprises,
  coalesce(s.above_scale_resumed, 0) AS above_scale_resumed,
  coalesce(s.employees_on_duty, 0) AS employees_on_duty,
  coalesce(s.normal_employees_of_resumed, 0) AS normal_employees_of_resumed,
  coalesce(s.full_load, 0) AS full_load,
  coalesce(s.reduced, 0) AS reduced,
  coalesce(s.stopped, 0) AS stopped,
  coalesce(s.assessed, 0) AS assessed,
  coalesce(s.fully_compliant, 0) AS fully_compliant,
  coalesce(s.items_met, 0) AS items_met,
  coalesce(s.item_met_H1, 0) AS item_met_H1,
  coalesce(s.item_met_H2, 0) AS item_met_H2,
  coalesce(s.item_met_H3, 0) AS item_met_H3,
  coalesce(s.item_met_H4, 0) AS item_met_H4,
  coalesce(s.item_met_W1, 0) AS item_met_W1,
  coalesce(s.item_met_W2, 0) AS item_met_W2,
  coalesce(s.item_met_W3, 0) AS item_met_W3,
  coalesce(s.item_met_W4, 0) AS item_met_W4,
  coalesce(s.item_met_W5, 0) AS item_met_W5,
  coalesce(s.item_met_W6, 0) AS item_met_W6,
  coalesce(s.item_met_W7, 0) AS item_met_W7,
  coalesce(s.item_met_W8, 0) AS item_met_W8,
  coalesce(s.item_met_P1, 0) AS item_met_P1,
  coalesce(s.item_met_P2, 0) AS item_met_P2,
  coalesce(s.item_met_E1, 0) AS item_met_E1,
  coalesce(s.item_met_E2, 0) AS item_met_E2,
  coalesce(s.item_met_E3, 0) AS item_met_E3,
  coalesce(s.item_met_E4, 0) AS item_met_E4,
  coalesce(s.suspected, 0) AS suspected,
  coalesce(s.isolated, 0) AS isolated,
  coalesce(s.confirmed, 0) AS confirmed,
  coalesce(o.open_difficulties, 0) AS open_difficulties,
  coalesce(o.open_difficulties_D1, 0) AS open_difficulties_D1,
  coalesce(o.open_difficulties_D2, 0) AS open_difficulties_D2,
  coalesce(o.open_difficulties_D3, 0) AS open_difficulties_D3,
  coalesce(o.open_difficulties_D4, 0) AS open_difficulties_D4,
  coalesce(o.open_difficulties_D5, 0) AS open_difficulties_D5,
  coalesce(o.open_difficulties_D6, 0) AS open_difficulties_D6,
  coalesce(o.open_difficulties_D7, 0) AS open_difficulties_D7,
  coalesce(o.open_difficulties_D8, 0) AS open_difficulties_D8,
  coalesce(o.open_difficulties_D9, 0) AS open_difficulties_D9,
  coalesce(s.output_of_resumed, 0.0) AS output_of_resumed,
  coalesce(s.normal_output, 0.0) AS normal_output
FROM report_dates d
CROSS JOIN counties k
LEFT JOIN summed s ON s.report_date = d.report_date AND s.county_code = k.county_code
LEFT JOIN county_open_difficulties o ON o.report_date = d.report_date AND o.county_code = k.county_code
LEFT JOIN county_leaders l ON l.report_date = d.report_date AND l.county_code = k.county_code;

-- Units: counties, leaders (summing the counties assigned on D) and the city (summing all).
CREATE OR REPLACE TEMP TABLE unit_counts AS
SELECT 'county' AS unit_type, county_code AS unit, report_date, * EXCLUDE (report_date, county_code, county_name, leader, section)
FROM county_counts
UNION ALL BY NAME
SELECT 'leader' AS unit_type, leader AS unit, report_date,
  CAST(sum(enterprises) AS BIGINT) AS enterprises,
  CAST(sum(reported) AS BIGINT) AS reported,
  CAST(sum(carried) AS BIGINT) AS carried,
  CAST(sum(unknown) AS BIGINT) AS unknown,
  CAST(sum(resumed) AS BIGINT) AS resumed,
  CAST(sum(above_scale_enterprises) AS BIGINT) AS above_scale_enterprises,
  CAST(sum(above_scale_resumed) AS BIGINT) AS above_scale_resumed,
  CAST(sum(employees_on_duty) AS BIGINT) AS employees_on_duty,
  CAST(sum(normal_employees_of_resumed) AS BIGINT) AS normal_employees_of_resumed,
  CAST(sum(full_load) AS BIGINT) AS full_load,
  CAST(sum(reduced) AS BIGINT) AS reduced,
  CAST(sum(stopped) AS BIGINT) AS stopped,
  CAST(sum(assessed) AS BIGINT) AS assessed,
  CAST(sum(fully_compliant) AS BIGINT) AS fully_compliant,
  CAST(sum(items_met) AS BIGINT) AS items_met,
  CAST(sum(item_met_H1) AS BIGINT) AS item_met_H1,
  CAST(sum(item_met_H2) AS BIGINT) AS item_met_H2,
  CAST(sum(item_met_H3) AS BIGINT) AS item_met_H3,
  CAST(sum(item_met_H4) AS BIGINT) AS item_met_H4,
  CAST(sum(item_met_W1) AS BIGINT) AS item_met_W1,
  CAST(sum(item_met_W2) AS BIGINT) AS item_met_W2,
  CAST(sum(item_met_W3) AS BIGINT) AS item_met_W3,
  CAST(sum(item_met_W4) AS BIGINT) AS item_met_W4,
  CAST(sum(item_met_W5) AS BIGINT) AS item_met_W5,
  CAST(sum(item_met_W6) AS BIGINT) AS item_met_W6,
  CAST(sum(item_met_W7) AS BIGINT) AS item_met_W7,
  CAST(sum(item_met_W8) AS BIGINT) AS item_met_W8,
  CAST(sum(item_met_P1) AS BIGINT) AS item_met_P1,
  CAST(sum(item_met_P2) AS BIGINT) AS item_met_P2,
  CAST(sum(item_met_E1) AS BIGINT) AS item_met_E1,
  CAST(sum(item_met_E2) AS BIGINT) AS item_met_E2,
  CAST(sum(item_met_E3) AS BIGINT) AS item_met_E3,
  CAST(sum(item_met_E4) AS BIGINT) AS item_met_E4,
  CAST(sum(suspected) AS BIGINT) AS suspected,
  CAST(sum(isolated) AS BIGINT) AS isolated,
  CAST(sum(confirmed) AS BIGINT) AS confirmed,
  CAST(sum(open_difficulties) AS BIGINT) AS open_difficulties,
  CAST(sum(open_difficulties_D1) AS BIGINT) AS open_difficulties_D1,
  CAST(sum(open_difficulties_D2) AS BIGINT) AS open_difficulties_D2,
  CAST(sum(open_difficulties_D3) AS BIGINT) AS open_difficulties_D3,
  CAST(sum(open_difficulties_D4) AS BIGINT) AS open_difficulties_D4,
  CAST(sum(open_difficulties_D5) AS BIGINT) AS open_difficulties_D5,
  CAST(sum(open_difficulties_D6) AS BIGINT) AS open_difficulties_D6,
  CAST(sum(open_difficulties_D7) AS BIGINT) AS open_difficulties_D7,
  CAST(sum(open_difficulties_D8) AS BIGINT) AS open_difficulties_D8,
  CAST(sum(open_difficulties_D9) AS BIGINT) AS open_difficulties_D9,
  CAST(sum(output_of_resumed) AS DOUBLE) AS output_of_resumed,
  CAST(sum(normal_output) AS DOUBLE) AS normal_output
FROM county_counts
WHERE leader IS NOT NULL
GROUP BY leader, report_date
UNION ALL BY NAME
SELECT 'city' AS unit_type, 'city' AS unit, report_date,
  CAST(sum(enterprises) AS BIGINT) AS enterprises,
  CAST(sum(reported) AS BIGINT) AS reported,
  CAST(sum(carried) AS BIGINT) AS carried,
  CAST(sum(unknown) AS BIGINT) AS unknown,
  CAST(sum(resumed) AS BIGINT) AS resumed,
  CAST(sum(above_scale_enterprises) AS BIGINT) AS above_scale_enterprises,
  CAST(sum(above_scale_resumed) AS BIGINT) AS above_scale_resumed,
  CAST(sum(employees_on_duty) AS BIGINT) AS employees_on_duty,
  CAST(sum(normal_employees_of_resumed) AS BIGINT) AS normal_employees_of_resumed,
  CAST(sum(full_load) AS BIGINT) AS full_load,
  CAST(sum(reduced) AS BIGINT) AS reduced,
  CAST(sum(stopped) AS BIGINT) AS stopped,
  CAST(sum(assessed) AS BIGINT) AS assessed,
  CAST(sum(fully_compliant) AS BIGINT) AS fully_compliant,
  CAST(sum(items_met) AS BIGINT) AS items_met,
  CAST(sum(item_met_H1) AS BIGINT) AS item_met_H1,
  CAST(sum(item_met_H2) AS BIGINT) AS item_met_H2,
  CAST(sum(item_met_H3) AS BIGINT) AS item_met_H3,
  CAST(sum(item_met_H4) AS BIGINT) AS item_met_H4,
  CAST(sum(item_met_W1) AS BIGINT) AS item_met_W1,
  CAST(sum(item_met_W2) AS BIGINT) AS item_met_W2,
  CAST(sum(item_met_W3) AS BIGINT) AS item_met_W3,
  CAST(sum(item_met_W4) AS BIGINT) AS item_met_W4,
  CAST(sum(item_met_W5) AS BIGINT) AS item_met_W5,
  CAST(sum(item_met_W6) AS BIGINT) AS item_met_W6,
  CAST(sum(item_met_W7) AS BIGINT) AS item_met_W7,
  CAST(sum(item_met_W8) AS BIGINT) AS item_met_W8,
  CAST(sum(item_met_P1) AS BIGINT) AS item_met_P1,
  CAST(sum(item_met_P2) AS BIGINT) AS item_met_P2,
  CAST(sum(item_met_E1) AS BIGINT) AS item_met_E1,
  CAST(sum(item_met_E2) AS BIGINT) AS item_met_E2,
  CAST(sum(item_met_E3) AS BIGINT) AS item_met_E3,
  CAST(sum(item_met_E4) AS BIGINT) AS item_met_E4,
  CAST(sum(suspected) AS BIGINT) AS suspected,
  CAST(sum(isolated) AS BIGINT) AS isolated,
  CAST(sum(confirmed) AS BIGINT) AS confirmed,
  CAST(sum(open_difficulties) AS BIGINT) AS open_difficulties,
  CAST(sum(open_difficulties_D1) AS BIGINT) AS open_difficulties_D1,
  CAST(sum(open_difficulties_D2) AS BIGINT) AS open_difficulties_D2,
  CAST(sum(open_difficulties_D3) AS BIGINT) AS open_difficulties_D3,
  CAST(sum(open_difficulties_D4) AS BIGINT) AS open_difficulties_D4,
  CAST(sum(open_difficulties_D5) AS BIGINT) AS open_difficulties_D5,
  CAST(sum(open_difficulties_D6) AS BIGINT) AS open_difficulties_D6,
  CAST(sum(open_difficulties_D7) AS BIGINT) AS open_difficulties_D7,
  CAST(sum(open_difficulties_D8) AS BIGINT) AS open_difficulties_D8,
  CAST(sum(open_difficulties_D9) AS BIGINT) AS open_difficulties_D9,
  CAST(sum(output_of_resumed) AS DOUBLE) AS output_of_resumed,
  CAST(sum(normal_output) AS DOUBLE) AS normal_output
FROM county_counts
GROUP BY report_date;

-- Rates from the summed numerators and denominators, NULL when the denominator is 0.
CREATE OR REPLACE TEMP TABLE unit_rates AS
SELECT
  *,
  ratio(reported, enterprises) AS coverage,
  ratio(resumed, enterprises) AS resumption_rate,
  ratio(above_scale_resumed, above_scale_enterprises) AS above_scale_resumption_rate,
  ratio(employees_on_duty, normal_employees_of_resumed) AS employee_return_rate,
  ratio(output_of_resumed, normal_output) AS capacity_recovery_rate,
  ratio(item_met_H1, assessed) AS checklist_item_rate_H1,
  ratio(item_met_H2, assessed) AS checklist_item_rate_H2,
  ratio(item_met_H3, assessed) AS checklist_item_rate_H3,
  ratio(item_met_H4, assessed) AS checklist_item_rate_H4,
  ratio(item_met_W1, assessed) AS checklist_item_rate_W1,
  ratio(item_met_W2, assessed) AS checklist_item_rate_W2,
  ratio(item_met_W3, assessed) AS checklist_item_rate_W3,
  ratio(item_met_W4, assessed) AS checklist_item_rate_W4,
  ratio(item_met_W5, assessed) AS checklist_item_rate_W5,
  ratio(item_met_W6, assessed) AS checklist_item_rate_W6,
  ratio(item_met_W7, assessed) AS checklist_item_rate_W7,
  ratio(item_met_W8, assessed) AS checklist_item_rate_W8,
  ratio(item_met_P1, assessed) AS checklist_item_rate_P1,
  ratio(item_met_P2, assessed) AS checklist_item_rate_P2,
  ratio(item_met_E1, assessed) AS checklist_item_rate_E1,
  ratio(item_met_E2, assessed) AS checklist_item_rate_E2,
  ratio(item_met_E3, assessed) AS checklist_item_rate_E3,
  ratio(item_met_E4, assessed) AS checklist_item_rate_E4,
  ratio(fully_compliant, assessed) AS full_compliance_rate,
  ratio(items_met, 18 * assessed) AS compliance_score
FROM unit_counts;

-- Changes against the same unit on D-1 and D-7 (calendar days), NULL when either rate is missing.
CREATE OR REPLACE TEMP TABLE unit_metrics AS
SELECT
  today.*,
  today.coverage - day_before.coverage AS coverage_change_1d,
  today.coverage - week_before.coverage AS coverage_change_7d,
  today.resumption_rate - day_before.resumption_rate AS resumption_rate_change_1d,
  today.resumption_rate - week_before.resumption_rate AS resumption_rate_change_7d,
  today.above_scale_resumption_rate - day_before.above_scale_resumption_rate AS above_scale_resumption_rate_change_1d,
  today.above_scale_resumption_rate - week_before.above_scale_resumption_rate AS above_scale_resumption_rate_change_7d,
  today.employee_return_rate - day_before.employee_return_rate AS employee_return_rate_change_1d,
  today.employee_return_rate - week_before.employee_return_rate AS employee_return_rate_change_7d,
  today.capacity_recovery_rate - day_before.capacity_recovery_rate AS capacity_recovery_rate_change_1d,
  today.capacity_recovery_rate - week_before.capacity_recovery_rate AS capacity_recovery_rate_change_7d,
  today.full_compliance_rate - day_before.full_compliance_rate AS full_compliance_rate_change_1d,
  today.full_compliance_rate - week_before.full_compliance_rate AS full_compliance_rate_change_7d,
  today.compliance_score - day_before.compliance_score AS compliance_score_change_1d,
  today.compliance_score - week_before.compliance_score AS compliance_score_change_7d
FROM unit_rates today
LEFT JOIN unit_rates day_before
  ON day_before.unit_type = today.unit_type AND day_before.unit = today.unit
 AND day_before.report_date = today.report_date - 1
LEFT JOIN unit_rates week_before
  ON week_before.unit_type = today.unit_type AND week_before.unit = today.unit
 AND week_before.report_date = today.report_date - 7;

-- Submission status, arrivals and quarantine per county and D. first_arrival is the earliest
-- arrival of any file (any version, readable or not); ON_TIME when it is at or before D 20:00:00
-- in Asia/Shanghai. arrived_at is read as a UTC TIMESTAMP, hence the two conversions.
CREATE OR REPLACE TEMP TABLE county_submissions AS
WITH arrivals AS (
  SELECT county_code, report_date, min(arrived_at) AS first_arrival
  FROM files
  WHERE county_code IS NOT NULL
  GROUP BY county_code, report_date
),
current_files AS (
  SELECT county_code, report_date, CAST(sum(rows_read) AS BIGINT) AS rows_read
  FROM files
  WHERE is_current
  GROUP BY county_code, report_date
),
quarantined AS (
  SELECT county_code, report_date, CAST(count(*) AS BIGINT) AS quarantined_rows
  FROM quarantine
  GROUP BY county_code, report_date
)
SELECT
  d.report_date,
  k.county_code,
  CASE
    WHEN a.first_arrival IS NULL THEN 'MISSING'
    WHEN timezone('Asia/Shanghai', timezone('UTC', a.first_arrival)) <= d.report_date + getvariable('deadline') THEN 'ON_TIME'
    ELSE 'LATE'
  END AS submission_status,
  a.first_arrival,
  coalesce(c.rows_read, 0) AS rows_read,
  coalesce(q.quarantined_rows, 0) AS quarantined_rows,
  ratio(coalesce(q.quarantined_rows, 0), coalesce(c.rows_read, 0)) AS quarantined_share
FROM report_dates d
CROSS JOIN counties k
LEFT JOIN arrivals a ON a.county_code = k.county_code AND a.report_date = d.report_date
LEFT JOIN current_files c ON c.county_code = k.county_code AND c.report_date = d.report_date
LEFT JOIN quarantined q ON q.county_code = k.county_code AND q.report_date = d.report_date;

CREATE OR REPLACE TEMP TABLE duckdb_county_daily AS
SELECT
  k.county_code,
  k.county_name,
  k.leader,
  k.section,
  m.* EXCLUDE (unit_type, unit, report_date),
  s.submission_status,
  s.first_arrival,
  s.rows_read,
  s.quarantined_rows,
  s.quarantined_share,
  k.report_date
FROM county_counts k
JOIN unit_metrics m ON m.unit_type = 'county' AND m.unit = k.county_code AND m.report_date = k.report_date
JOIN county_submissions s ON s.county_code = k.county_code AND s.report_date = k.report_date;

CREATE OR REPLACE TEMP TABLE duckdb_leader_daily AS
SELECT
  m.unit AS leader,
  l.counties,
  m.* EXCLUDE (unit_type, unit, report_date),
  m.report_date
FROM unit_metrics m
JOIN (
  SELECT leader, report_date, list_sort(list(county_code)) AS counties
  FROM county_leaders
  GROUP BY leader, report_date
) l ON l.leader = m.unit AND l.report_date = m.report_date
WHERE m.unit_type = 'leader';

CREATE OR REPLACE TEMP TABLE duckdb_city_daily AS
SELECT m.* EXCLUDE (unit_type, unit, report_date), m.report_date
FROM unit_metrics m
WHERE m.unit_type = 'city';

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

