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

  private ColumnDescriptions() {}

  private static void put(String column, String description) {
    DESCRIPTIONS.put(column, description);
  }

  public static Optional<String> of(String column) {
    return Optional.ofNullable(DESCRIPTIONS.get(column));
  }
}
