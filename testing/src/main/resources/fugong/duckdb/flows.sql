-- Independent DuckDB implementation of resumption_flows (docs/metrics.md, "Why a rate moved"),
-- written from the definitions rather than from the Spark ResumptionFlowTable, for the cross-check
-- test (MetricsCrossCheckTest). It runs after metrics.sql, in the same connection, from that
-- script's tables (enterprise_status, county_leaders, report_dates) and the lake's views
-- (enterprises, counties). Produces duckdb_resumption_flows.
--
-- Where Spark pairs each enterprise's two days and then names its units on either day, this script
-- lists each enterprise's unit memberships per day and pairs the memberships of D-1 and D with a
-- full outer join on the unit: a membership only on D is an entry, one only on D-1 a departure.
--
-- Statements are separated by a semicolon at the end of a line.

-- every unit an enterprise belongs to on a report date, with its status and resumption that day
CREATE OR REPLACE TEMP TABLE flow_memberships AS
WITH days AS (
  SELECT s.report_date, s.uscc, s.county_code, l.leader, e.industry_code, s.above_scale, s.status,
         s.resumed
  FROM enterprise_status s
  JOIN enterprises e ON e.uscc = s.uscc
  LEFT JOIN county_leaders l ON l.report_date = s.report_date AND l.county_code = s.county_code
), units AS (
  SELECT *, 'county' AS unit_type, county_code AS unit FROM days
  UNION ALL SELECT *, 'leader', leader FROM days WHERE leader IS NOT NULL
  UNION ALL SELECT *, 'city', '衡水市' FROM days
  UNION ALL SELECT *, 'industry', industry_code FROM days
  UNION ALL SELECT *, 'scale', CASE WHEN above_scale THEN 'above' ELSE 'below' END FROM days
)
SELECT report_date, uscc, unit_type, unit, 'resumption_rate' AS metric, status, resumed FROM units
UNION ALL
SELECT report_date, uscc, unit_type, unit, 'above_scale_resumption_rate', status, resumed
FROM units WHERE above_scale;

-- memberships of D-1 and of D paired, for every D whose previous calendar day is a report date
CREATE OR REPLACE TEMP TABLE flow_pairs AS
WITH after AS (
  SELECT * FROM flow_memberships
  WHERE report_date - 1 IN (SELECT report_date FROM report_dates)
), before AS (
  SELECT * FROM flow_memberships
  WHERE report_date + 1 IN (SELECT report_date FROM report_dates)
)
SELECT
  coalesce(a.report_date, b.report_date + 1) AS report_date,
  coalesce(a.unit_type, b.unit_type) AS unit_type,
  coalesce(a.unit, b.unit) AS unit,
  coalesce(a.metric, b.metric) AS metric,
  b.uscc IS NOT NULL AS in_before,
  a.uscc IS NOT NULL AS in_after,
  b.status AS status_before,
  a.status AS status_after,
  b.uscc IS NOT NULL AND b.resumed AS resumed_before,
  a.uscc IS NOT NULL AND a.resumed AS resumed_after
FROM after a
FULL OUTER JOIN before b
  ON a.uscc = b.uscc AND a.unit_type = b.unit_type AND a.unit = b.unit AND a.metric = b.metric
 AND a.report_date = b.report_date + 1;

CREATE OR REPLACE TEMP TABLE duckdb_resumption_flows AS
WITH named AS (
  SELECT *,
    CASE
      WHEN NOT in_before THEN 'entered_register'
      WHEN NOT in_after THEN 'left_register'
      WHEN status_after = 'UNKNOWN' AND status_before = 'UNKNOWN' THEN 'not_reported'
      WHEN status_after = 'UNKNOWN' THEN 'expired_from_carry_forward'
      WHEN status_after = 'FRESH' AND status_before = 'UNKNOWN' THEN 'reported_again'
      WHEN resumed_after AND NOT resumed_before THEN 'newly_resumed'
      WHEN resumed_before AND NOT resumed_after THEN 'stopped_again'
      WHEN status_after = 'CARRIED' THEN 'carried_forward'
      ELSE 'reported_unchanged'
    END AS flow
  FROM flow_pairs
), per_flow AS (
  SELECT unit_type, unit, metric, report_date, flow,
    count(*) AS enterprises,
    CAST(count(*) FILTER (WHERE resumed_after) - count(*) FILTER (WHERE resumed_before) AS BIGINT)
      AS resumed_change,
    CAST(count(*) FILTER (WHERE in_after) - count(*) FILTER (WHERE in_before) AS BIGINT)
      AS population_change
  FROM named
  GROUP BY ALL
), totals AS (
  SELECT unit_type, unit, metric, report_date,
    count(*) FILTER (WHERE in_before) AS population_before,
    count(*) FILTER (WHERE resumed_before) AS resumed_before,
    count(*) FILTER (WHERE in_after) AS population_after,
    count(*) FILTER (WHERE resumed_after) AS resumed_after
  FROM named
  GROUP BY ALL
)
SELECT
  f.unit_type,
  f.unit,
  CASE
    WHEN f.unit_type = 'county' THEN c.county_name
    WHEN f.unit_type = 'scale' THEN CASE WHEN f.unit = 'above' THEN '规上' ELSE '规下' END
    ELSE f.unit
  END AS unit_name,
  f.metric,
  f.flow,
  f.enterprises,
  f.resumed_change,
  f.population_change,
  -- (ΔR − r₀·ΔN) / N₁ in points, with r₀ = R₀ / N₀
  100.0 * (f.resumed_change - ratio(t.resumed_before, t.population_before) * f.population_change)
    / t.population_after AS contribution_points,
  ratio(t.resumed_before, t.population_before) AS rate_before,
  ratio(t.resumed_after, t.population_after) AS rate_after,
  f.report_date
FROM per_flow f
JOIN totals t USING (unit_type, unit, metric, report_date)
LEFT JOIN counties c ON f.unit_type = 'county' AND c.county_code = f.unit
WHERE t.population_before > 0 AND t.population_after > 0;
