-- Independent DuckDB implementation of county_daily, leader_daily, city_daily and difficulty_cases,
-- written from DOMAIN.md §6 and docs/metrics.md (not from the Spark MetricsJob), so that the
-- cross-check test (MetricsCrossCheckTest) can compare the two engines column by column, and the
-- benchmark (bench/run-bench.sh, fugong.testing.DuckDbMetrics) can time both on the same files.
--
-- Expects views named like the lake tables: files, submissions, quarantine, enterprises, counties,
-- assignments (report_date as DATE, arrived_at as the TIMESTAMP DuckDB reads from Spark's Parquet,
-- which is the instant in UTC). Produces the tables enterprise_status (one row per registry
-- enterprise and report date), duckdb_county_daily, duckdb_leader_daily, duckdb_city_daily and
-- duckdb_difficulty_cases. alerts-forecasts.sql continues from these tables.
--
-- Steps used once (judged_reports, enterprise_contributions, difficulty_marks, difficulty_runs) are
-- views, so DuckDB streams them into the next step instead of holding them: as tables they took
-- 1.6 GB per million enterprise-days (the difficulty marks are every report × 9 codes).
--
-- Statements are separated by a semicolon at the end of a line.

SET VARIABLE carry_window_days = 3;
SET VARIABLE deadline = TIME '20:00:00';

CREATE OR REPLACE MACRO ratio(numerator, denominator) AS
  CASE WHEN denominator = 0 THEN NULL ELSE CAST(numerator AS DOUBLE) / CAST(denominator AS DOUBLE) END;

-- The decimal a clerk typed (万元, m²): the lake stores it as DECIMAL(24,6), so thresholds such as
-- "output >= 0.9 x normal" are judged exactly (1.98 is 0.9 x 2.2, although in binary doubles
-- 1.98 < 0.9 * 2.2 = 1.9800000000000002); widened so that products keep every digit.
CREATE OR REPLACE MACRO typed_decimal(value) AS CAST(value AS DECIMAL(38, 10));

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
    CAST(sum(output_of_resumed) AS DECIMAL(38, 6)) AS output_of_resumed,
    CAST(sum(normal_output) AS DECIMAL(38, 6)) AS normal_output
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
  coalesce(s.output_of_resumed, CAST(0 AS DECIMAL(38, 6))) AS output_of_resumed,
  coalesce(s.normal_output, CAST(0 AS DECIMAL(38, 6))) AS normal_output
FROM report_dates d
CROSS JOIN counties k
LEFT JOIN summed s ON s.report_date = d.report_date AND s.county_code = k.county_code
LEFT JOIN county_open_difficulties o ON o.report_date = d.report_date AND o.county_code = k.county_code
LEFT JOIN county_leaders l ON l.report_date = d.report_date AND l.county_code = k.county_code;

-- Units: counties, leaders (summing the counties assigned on D) and the city (summing all). The
-- leaders and the city are the two grouping sets of one sum; the group of the counties without a
-- leader on D (leader NULL) is no unit: they count towards the city only.
CREATE OR REPLACE TEMP TABLE unit_counts AS
SELECT 'county' AS unit_type, county_code AS unit, report_date, * EXCLUDE (report_date, county_code, county_name, leader, section)
FROM county_counts
UNION ALL BY NAME
SELECT * FROM (
  SELECT
    CASE WHEN GROUPING(leader) = 0 THEN 'leader' ELSE 'city' END AS unit_type,
    CASE WHEN GROUPING(leader) = 0 THEN leader ELSE 'city' END AS unit,
    report_date,
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
    CAST(sum(output_of_resumed) AS DECIMAL(38, 6)) AS output_of_resumed,
    CAST(sum(normal_output) AS DECIMAL(38, 6)) AS normal_output
  FROM county_counts
  GROUP BY GROUPING SETS ((leader, report_date), (report_date))
)
WHERE unit IS NOT NULL;

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
