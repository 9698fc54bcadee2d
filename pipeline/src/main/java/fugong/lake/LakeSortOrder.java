package fugong.lake;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/** The order rows are written in within each file, so equal inputs give equal files. */
public final class LakeSortOrder {
  private LakeSortOrder() {}

  public static Column[] of(LakeTable table) {
    return switch (table) {
      case FILES, POWER_FILES -> new Column[] {col("source_file"), col("ingested_at")};
      case RAW_ROWS, QUARANTINE, WARNINGS, POWER_QUARANTINE, METER_READINGS ->
          new Column[] {col("county_code"), col("source_file"), col("source_row")};
      case SUBMISSIONS -> new Column[] {col("county_code"), col("uscc"), col("source_row")};
      case CONTACTS -> new Column[] {col("source_file"), col("source_row")};
      case COUNTIES -> new Column[] {col("county_code")};
      case ASSIGNMENTS -> new Column[] {col("county_code"), col("valid_from")};
      case ENTERPRISES -> new Column[] {col("county_code"), col("uscc")};
      case RUNS -> new Column[] {col("run_id")};
      case ENTERPRISE_DAILY -> new Column[] {col("county_code"), col("uscc")};
      case COUNTY_DAILY -> new Column[] {col("county_code")};
      case CHECKLIST_DAILY -> new Column[] {col("county_code"), col("item_code")};
      case LEADER_DAILY -> new Column[] {col("leader")};
      case CITY_DAILY -> new Column[] {col("report_date")};
      case INDUSTRY_DAILY -> new Column[] {col("industry_code")};
      case SCALE_DAILY -> new Column[] {col("above_scale")};
      case DIFFICULTY_CASES ->
          new Column[] {col("county_code"), col("uscc"), col("code"), col("opened_on")};
      case ALERTS -> new Column[] {col("kind"), col("county_code"), col("uscc"), col("message")};
      case FORECASTS -> new Column[] {col("unit_type"), col("unit"), col("metric")};
      case POWER_BASELINES -> new Column[] {col("county_code"), col("uscc")};
      case POWER_READINGS -> new Column[] {col("county_code"), col("uscc")};
      case POWER_DAILY -> new Column[] {col("unit_type"), col("unit")};
      case POWER_FLAGS -> new Column[] {col("kind"), col("county_code"), col("uscc")};
      case REVISIONS ->
          new Column[] {col("table_name"), col("unit"), col("report_date"), col("figure")};
      case RESUMPTION_FLOWS ->
          new Column[] {col("unit_type"), col("unit"), col("metric"), col("flow")};
    };
  }
}
