package fugong.catalog;

import fugong.lake.LakeTable;

/** A view of the catalog: its name, the lake table it reads, and what an analyst finds in it. */
public record CatalogView(String name, LakeTable table, String description) {
  public static final java.util.List<CatalogView> ALL =
      java.util.List.of(
          new CatalogView(
              "counties", LakeTable.COUNTIES, "县市区 — the 13 counties: county_code, county_name"),
          new CatalogView(
              "assignments",
              LakeTable.ASSIGNMENTS,
              "领导包县 — which leader supervises which county, valid_from … valid_to (inclusive, NULL"
                  + " = open)"),
          new CatalogView(
              "enterprises",
              LakeTable.ENTERPRISES,
              "企业名录 — the enterprise registry (one row per enterprise)"),
          new CatalogView(
              "files",
              LakeTable.FILES,
              "报送文件 — every submission file ingested: arrival, status, rows"
                  + " read/accepted/quarantined, is_current version"),
          new CatalogView(
              "raw_rows",
              LakeTable.RAW_ROWS,
              "原始行 — every data row as read (cells as text, personal columns removed), all"
                  + " versions"),
          new CatalogView(
              "submissions",
              LakeTable.SUBMISSIONS,
              "有效报送 — accepted rows of the current file of each county-date, typed"),
          new CatalogView(
              "quarantine",
              LakeTable.QUARANTINE,
              "隔离行 — rejected rows with every reason code, the problems and the original cells"),
          new CatalogView(
              "warnings",
              LakeTable.WARNINGS,
              "提示 — warnings that did not reject a row (e.g. NAME_MISMATCH)"),
          new CatalogView(
              "enterprise_daily",
              LakeTable.ENTERPRISE_DAILY,
              "企业日状态 — each registry enterprise on each report date: FRESH/CARRIED/UNKNOWN status"
                  + " and the values used"),
          new CatalogView(
              "county_daily",
              LakeTable.COUNTY_DAILY,
              "县市区日指标 — every metric per county and report date, with submission status"),
          new CatalogView(
              "leader_daily",
              LakeTable.LEADER_DAILY,
              "局领导日指标 — every metric per supervising leader (counties assigned on that date)"),
          new CatalogView(
              "city_daily", LakeTable.CITY_DAILY, "全市日指标 — every metric for the whole city"),
          new CatalogView(
              "industry_daily",
              LakeTable.INDUSTRY_DAILY,
              "行业日指标 — every metric per industry division (GB/T 4754)"),
          new CatalogView(
              "scale_daily",
              LakeTable.SCALE_DAILY,
              "规模日指标 — every metric for above-scale (true) and below-scale (false) enterprises"),
          new CatalogView(
              "checklist_daily",
              LakeTable.CHECKLIST_DAILY,
              "防控措施落实 — county × checklist item × date: met, assessed, rate"),
          new CatalogView(
              "difficulty_cases",
              LakeTable.DIFFICULTY_CASES,
              "一企一策 — difficulty cases: opened_on, resolved_on (NULL while open), days_open"),
          new CatalogView(
              "alerts",
              LakeTable.ALERTS,
              "督导提醒 — alerts per report date with severity, kind, county, enterprise and the leader"
                  + " who must act"),
          new CatalogView(
              "forecasts",
              LakeTable.FORECASTS,
              "趋势预测 — 7-day least-squares trend and projected date to reach the target, per unit"
                  + " and metric"),
          new CatalogView(
              "power_baselines",
              LakeTable.POWER_BASELINES,
              "基准用电量 — reference/power_baseline.csv of the latest run: each enterprise's"
                  + " December-2019 daily mean kWh (empty without meter data)"),
          new CatalogView(
              "power_files",
              LakeTable.POWER_FILES,
              "电表文件 — every meter file of the power supply companies ingested: arrival, status,"
                  + " rows read/accepted/quarantined, is_current version"),
          new CatalogView(
              "meter_readings",
              LakeTable.METER_READINGS,
              "电表读数 — accepted meter rows of the current file of each county-date: kWh per"
                  + " enterprise and day"),
          new CatalogView(
              "power_quarantine",
              LakeTable.POWER_QUARANTINE,
              "电表隔离行 — rejected meter rows with every reason code, the problems and the three"
                  + " meter cells"),
          new CatalogView(
              "power_readings",
              LakeTable.POWER_READINGS,
              "电力核验读数 — each accepted meter reading of a report date with the enterprise's"
                  + " baseline, kWh / baseline, power_resumed (NULL without a baseline above 0) and"
                  + " its self-reported status that day"),
          new CatalogView(
              "power_daily",
              LakeTable.POWER_DAILY,
              "电力复工日指标 — per unit (county, leader, city, industry, scale) and date: 电力复工率, 用电恢复率,"
                  + " 复工电力指数, coverage with their numerators and denominators, beside the"
                  + " self-reported resumption_rate; join county_daily on unit_type = 'county' AND"
                  + " unit = county_code"),
          new CatalogView(
              "power_flags",
              LakeTable.POWER_FLAGS,
              "电力核验异常 — 复工存疑, 用电未报 and 产值电量背离 per enterprise and date (each also a"
                  + " MEDIUM alert for the supervising leader)"),
          new CatalogView(
              "resumption_flows",
              LakeTable.RESUMPTION_FLOWS,
              "复工率变动分解 — per unit, date and rate (复工率, 规上复工率): the day-over-day change split"
                  + " into flows (新复工, 停工, 沿用到期, …) with their enterprises and contributions in"
                  + " points, which add up to 100 × (rate_after − rate_before)"),
          new CatalogView(
              "revisions",
              LakeTable.REVISIONS,
              "数据修正记录 — every published figure (counts and rates of the unit tables) that a later"
                  + " run changed: old and new value, the run, the inbox files that caused it and"
                  + " the kind of cause (late_file, correction, reference_change, rule_change)"),
          new CatalogView(
              "runs",
              LakeTable.RUNS,
              "运行记录 — every pipeline run, also those that published nothing: times, final status"
                  + " (from the run manifest) and what failed, rows read/accepted/quarantined"));

  /** The view of that name, if the catalog has one. */
  public static java.util.Optional<CatalogView> named(String name) {
    return ALL.stream().filter(view -> view.name().equals(name)).findFirst();
  }
}
