package fugong.catalog;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.metrics.MetricColumns;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What each column means, as shown by {@code .schema} and stored as DuckDB column comments. */
public final class ColumnDescriptions {
  private static final Map<String, String> DESCRIPTIONS = new HashMap<>();

  static {
    put("report_date", "填报日期 report date (Asia/Shanghai)");
    put("county_code", "县市区代码 county division code");
    put("county_name", "县市区名称 county name");
    put("uscc", "统一社会信用代码 unified social credit code");
    put("name", "企业名称 enterprise name");
    put("leader", "局领导 supervising leader (assignment in force on report_date)");
    put("section", "责任科室 responsible section");
    put("resumed", "是否复工 resumed (UNKNOWN status counts as not resumed)");
    put("employees_on_duty", "到岗人数 staff on duty");
    put("output_value", "当日产值(万元) output of the day, 10k yuan");
    put("source_file", "the submission file the row came from");
    put("source_row", "1-based physical row in the file (title and header rows counted)");
    put("reasons", "reason codes why the row was quarantined");
    put("enterprises", "企业数 enterprises in the unit (registry)");
    put("reported", "报送企业数 enterprises with a report dated this day");
    put("carried", "enterprises whose status is carried from a report of the previous days");
    put("unknown", "enterprises with no report in the carry-forward window");
    put("above_scale_enterprises", "规上企业数");
    put("above_scale_resumed", "规上复工企业数");
    put("employees_on_duty", "Σ staff on duty over resumed enterprises");
    put("normal_employees_of_resumed", "Σ normal staff over resumed enterprises");
    put("output_of_resumed", "Σ output (万元) over resumed enterprises");
    put("normal_output", "Σ normal daily output (万元) over all enterprises");
    put("full_load", "满负荷企业数 resumed with output ≥ 90% of normal");
    put("reduced", "减产企业数 resumed with output < 50% of normal");
    put("stopped", "停产企业数 enterprises − resumed");
    put("assessed", "resumed enterprises with a report dated this day (checklist denominator)");
    put("fully_compliant", "assessed enterprises meeting all 18 items");
    put("items_met", "Σ items met over assessed enterprises");
    put("suspected", "可疑症状人数 (reports dated this day)");
    put("isolated", "隔离观察人数 (reports dated this day)");
    put("confirmed", "确诊病例数 (reports dated this day)");
    put("open_difficulties", "未解决困难 open difficulty cases, all codes");
    put("coverage", "报送率 reported / enterprises");
    put("resumption_rate", "复工率 resumed / enterprises");
    put("above_scale_resumption_rate", "规上复工率 above_scale_resumed / above_scale_enterprises");
    put("employee_return_rate", "复工企业到岗率 employees_on_duty / normal_employees_of_resumed");
    put("capacity_recovery_rate", "产能恢复率 output_of_resumed / normal_output");
    put("full_compliance_rate", "防控措施全部落实率 fully_compliant / assessed");
    put("compliance_score", "防控合规得分 items_met / (18 × assessed)");
    put("submission_status", "ON_TIME / LATE / MISSING against the 20:00 deadline");
    put("quarantined_rows", "rows of the current file that were quarantined");
    put("quarantined_share", "quarantined_rows / rows_read");
    put("severity", "HIGH / MEDIUM / LOW");
    put("kind", "alert kind (see docs/metrics.md)");
    put("slope_per_day", "least-squares slope, percentage points per day");
    put("r2", "coefficient of determination of the trend line");
    put("projected_date", "date the trend line reaches the target (NULL: no progress)");
    put("days_open", "resolved_on (or the latest report date) − opened_on");
    for (ChecklistItem item : ChecklistItem.values()) {
      put(item.code(), item.code() + " " + item.shortName() + " (" + item.category() + ")");
      put(
          MetricColumns.itemMet(item),
          "assessed enterprises meeting " + item.code() + " " + item.shortName());
      put(MetricColumns.itemRate(item), "单项落实率 " + item.code() + " " + item.shortName());
    }
    for (Difficulty difficulty : Difficulty.values()) {
      put(
          MetricColumns.openDifficulties(difficulty),
          "未解决困难 " + difficulty.code() + " " + difficulty.chineseName());
    }
    for (String rate : MetricColumns.TRENDED_RATES) {
      put(rate + "_change_1d", "day-over-day change of " + rate + " (fraction)");
      put(rate + "_change_7d", "7-day change of " + rate + " (fraction)");
    }
  }

  /** Descriptions of a column that means something else in one table, keyed table.column. */
  private static final Map<String, String> TABLE_DESCRIPTIONS = new HashMap<>();

  static {
    // The ingest bookkeeping of files/power_files and quarantine/power_quarantine.
    put(
        "source_sha256",
        "SHA-256 of the file's bytes (a file with the same name and hash is not ingested again)");
    put("version", "n of a _v{n} correction file (1 for the first file of a county-date)");
    put("file_version", "n of the _v{n} file the row came from (1 for the first file)");
    put("arrived_at", "when the file arrived (modification time, or _arrivals.csv)");
    put("modified_at", "the file's modification time when it was ingested (NULL: not known)");
    put("size_bytes", "size of the file in bytes");
    put("rejection", "why the whole file was rejected (NULL when it was read)");
    put("rejection_message", "what was wrong with the rejected file, naming it");
    put("encoding", "text encoding the file was read in (UTF-8, GB18030) or XLSX");
    put("rows_read", "data rows read (blank rows not counted)");
    put("rows_accepted", "rows accepted");
    put("rows_quarantined", "rows quarantined with reasons");
    put("duplicates_collapsed", "identical copies of an earlier row, counted once");
    put("warnings", "warnings that did not reject a row");
    put("ingest_run_id", "the run that ingested the row or file");
    put("ingested_at", "when the run that ingested the file started");
    put(
        "is_current",
        "the current version of its county-date (highest readable _v{n}); only its rows are kept");
    put("problems", "each problem of the row: column, code, cell text, explanation");
    put("cells", "the row's cells as text by standard header (personal columns removed)");
    put("run_id", "the run that computed the row");
    put("unit_type", "county / leader / city / industry / scale");
    put("unit", "the unit's key: county_code, leader, 'city', industry_code or above_scale");
    put("unit_name", "the unit's name as the reports show it");
    put("enterprise_name", "企业名称 enterprise name (registry)");
    put("industry_code", "国民经济行业门类/大类 industry division (GB/T 4754)");
    put("above_scale", "规上企业 above-scale enterprise (true) or below-scale (false)");

    // Electricity cross-check (DOMAIN.md §3.2, §6.3): power_baselines, power_files,
    // meter_readings, power_quarantine (ingest); power_readings, power_daily, power_flags
    // (metrics).
    String meterFile = "the meter file the row came from";
    putFor("power_baselines", "baseline_kwh", "基准日均用电量(千瓦时) December-2019 daily mean, kWh");
    putFor("power_baselines", "source_row", "1-based physical row in power_baseline.csv");
    putFor("power_files", "source_file", "the meter file ({county_code}_{yyyyMMdd}[_vN].csv)");
    putFor("power_files", "status", "READ or REJECTED (rejected whole, see rejection)");
    putFor("power_files", "warnings", "always 0: meter files have no warnings");
    putFor("files", "status", "READ or REJECTED (rejected whole, see rejection)");
    putFor(
        "files",
        "raw_headers",
        "the file's header as written (personal columns removed), in column order: the names of"
            + " its raw rows' cells (NULL for files ingested before it was kept, and for meter"
            + " files)");
    putFor(
        "power_files",
        "raw_headers",
        "NULL: a meter file's rows are not kept raw (the same columns as files)");
    String meteredKwh = "日用电量(千瓦时) the enterprise's metered kWh on report_date";
    putFor("meter_readings", "kwh", meteredKwh);
    putFor("meter_readings", "source_file", meterFile);
    putFor("power_quarantine", "source_file", meterFile);
    putFor("power_quarantine", "cells", "the row's three meter cells as text by standard header");
    putFor("power_readings", "source_file", meterFile);
    putFor("power_readings", "kwh", meteredKwh);
    putFor("power_readings", "baseline_kwh", "基准日均用电量(千瓦时) (NULL: no usable baseline)");
    putFor("power_readings", "consumption_ratio", "kwh / baseline_kwh (NULL: no usable baseline)");
    putFor(
        "power_readings",
        "power_resumed",
        "用电复工 kwh ≥ power.threshold × baseline_kwh, decided exactly (NULL: no usable baseline)");
    putFor(
        "power_readings",
        "status",
        "the enterprise's status on report_date as in enterprise_daily (NULL: no report in the"
            + " window)");
    putFor("power_readings", "resumed", "是否复工 by that status (NULL: no report in the window)");
    putFor(
        "power_daily",
        "enterprises_with_baseline",
        "enterprises of the unit with a usable baseline");
    putFor(
        "power_daily",
        "enterprises_read",
        "of those, enterprises with an accepted reading on report_date");
    putFor("power_daily", "power_resumed", "of those read, enterprises at or above the threshold");
    putFor("power_daily", "kwh", "Σ kWh over the enterprises read (with a baseline)");
    putFor("power_daily", "baseline_kwh", "Σ baseline kWh over the same enterprises");
    putFor("power_daily", "power_resumption_rate", "电力复工率 power_resumed / enterprises_read");
    putFor("power_daily", "consumption_recovery_rate", "用电恢复率 kwh / baseline_kwh");
    putFor(
        "power_daily",
        "power_index",
        "复工电力指数 (power_resumption_rate + consumption_recovery_rate) / 2");
    putFor("power_daily", "coverage", "电表覆盖率 enterprises_read / enterprises_with_baseline");
    putFor(
        "power_daily",
        "enterprises_without_baseline",
        "enterprises of the unit without a usable baseline (counted and listed, in no rate)");
    putFor(
        "power_daily",
        "readings_without_baseline",
        "accepted readings on report_date of enterprises without a usable baseline");
    putFor("power_daily", "resumption_rate", "复工率 the unit's self-reported rate, for comparison");
    putFor(
        "power_flags",
        "kind",
        "DOUBTFUL_RESUMPTION 复工存疑 / UNREPORTED_OPERATION 用电未报 / OUTPUT_POWER_DIVERGENCE 产值电量背离");
    putFor("power_flags", "kwh", "the enterprise's metered kWh on report_date");
    putFor("power_flags", "baseline_kwh", "the enterprise's baseline kWh");
    putFor(
        "power_flags",
        "value",
        "kwh / baseline_kwh, or for OUTPUT_POWER_DIVERGENCE |output ratio − kWh ratio|");
    putFor("power_flags", "message", "what the leader reads in the alert");
    putFor("revisions", "table_name", "the unit table revised: county_daily, leader_daily, …");
    putFor(
        "revisions",
        "unit",
        "county_code, leader, 衡水市, industry_code, or above / below for the scale");
    putFor("revisions", "report_date", "the report date whose figure changed");
    putFor("revisions", "figure", "the column of the unit table that changed");
    putFor("revisions", "old_value", "the value published before this run");
    putFor("revisions", "new_value", "the value this run published");
    putFor("revisions", "run_id", "the run that made the revision (see the runs view)");
    putFor(
        "revisions",
        "cause_files",
        "the county files ingested since the figure was computed, of the unit's counties and dated"
            + " on or before report_date");
    putFor(
        "revisions",
        "cause_kind",
        "correction (a _v2 file) / late_file / reference_change / rule_change, the first that"
            + " applies");
    putFor("revisions", "unit_name", "the county's name, else as unit");
    putFor(
        "revisions",
        "published_through",
        "the latest report date after the run; that date's briefing carries the 数据修正说明");
    putFor("resumption_flows", "unit_type", "county / leader / city / industry / scale");
    putFor(
        "resumption_flows",
        "unit",
        "county_code, leader, 衡水市, industry_code, or above / below for the scale");
    putFor("resumption_flows", "unit_name", "the county's name, else as unit (规上 / 规下 for scale)");
    putFor(
        "resumption_flows",
        "metric",
        "resumption_rate (all enterprises) or above_scale_resumption_rate (above-scale ones)");
    putFor(
        "resumption_flows",
        "flow",
        "newly_resumed 新复工 / stopped_again 停工 / entered_register 新纳入 / left_register 移出 /"
            + " reported_again 中断后恢复报送 / carried_forward 沿用前报 / expired_from_carry_forward"
            + " 沿用到期 / not_reported 未报送 / reported_unchanged 状态未变");
    putFor("resumption_flows", "enterprises", "enterprises of the unit in this flow");
    putFor(
        "resumption_flows",
        "resumed_change",
        "the flow's change to the resumed count from report_date − 1 to report_date");
    putFor(
        "resumption_flows",
        "population_change",
        "the flow's change to the unit's enterprises (the rate's denominator)");
    putFor(
        "resumption_flows",
        "contribution_points",
        "percentage points of the change: (resumed_change − rate_before × population_change) /"
            + " enterprises on report_date × 100; they add up to 100 × (rate_after − rate_before)");
    putFor("resumption_flows", "rate_before", "the unit's rate on report_date − 1");
    putFor("resumption_flows", "rate_after", "the unit's rate on report_date");
  }

  private ColumnDescriptions() {}

  private static void put(String column, String description) {
    DESCRIPTIONS.put(column, description);
  }

  private static void putFor(String table, String column, String description) {
    TABLE_DESCRIPTIONS.put(table + "." + column, description);
  }

  /** What a column means wherever it appears. */
  public static Optional<String> of(String column) {
    return Optional.ofNullable(DESCRIPTIONS.get(column));
  }

  /** What a column of a table means: the table's own description of it, else {@link #of}. */
  public static Optional<String> of(String table, String column) {
    String own = TABLE_DESCRIPTIONS.get(table + "." + column);
    return own != null ? Optional.of(own) : of(column);
  }
}
