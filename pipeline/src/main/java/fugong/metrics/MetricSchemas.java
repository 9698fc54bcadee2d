package fugong.metrics;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.lake.LakeSchemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schemas of the metric tables (docs/metrics.md), built from {@link MetricColumns}. */
public final class MetricSchemas {
  private MetricSchemas() {}

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  /** Keys first, then the shared metric columns, extras, run labels, and report_date last. */
  private static StructType unitDaily(List<StructField> keys, List<StructField> extras) {
    List<StructField> fields = new ArrayList<>(keys);
    MetricColumns.COUNTS.forEach(name -> fields.add(field(name, LongType)));
    MetricColumns.SUMS.forEach(name -> fields.add(field(name, LakeSchemas.AMOUNT_SUM)));
    MetricColumns.RATES.forEach(name -> fields.add(field(name, DoubleType)));
    for (String rate : MetricColumns.TRENDED_RATES) {
      fields.add(field(rate + "_change_1d", DoubleType));
      fields.add(field(rate + "_change_7d", DoubleType));
    }
    fields.addAll(extras);
    fields.add(field("rule_version", StringType));
    fields.add(field("run_id", StringType));
    fields.add(field("report_date", DateType));
    return new StructType(fields.toArray(StructField[]::new));
  }

  public static final StructType COUNTY_DAILY =
      unitDaily(
          List.of(
              field("county_code", StringType),
              field("county_name", StringType),
              field("leader", StringType),
              field("section", StringType)),
          List.of(
              field("submission_status", StringType),
              field("first_arrival", TimestampType),
              field("rows_read", LongType),
              field("quarantined_rows", LongType),
              field("quarantined_share", DoubleType)));

  public static final StructType LEADER_DAILY =
      unitDaily(
          List.of(field("leader", StringType), field("counties", createArrayType(StringType))),
          List.of());

  public static final StructType CITY_DAILY = unitDaily(List.of(), List.of());

  public static final StructType INDUSTRY_DAILY =
      unitDaily(List.of(field("industry_code", StringType)), List.of());

  public static final StructType SCALE_DAILY =
      unitDaily(List.of(field("above_scale", BooleanType)), List.of());

  /**
   * revisions: one row per figure of a unit-date that a run changed after it had been published
   * (docs/metrics.md, "Revisions"): the old and new value, the files that caused it and the kind of
   * cause. An append-only log: each run adds its rows.
   */
  public static final StructType REVISIONS =
      new StructType(
          new StructField[] {
            field("table_name", StringType),
            field("unit", StringType),
            field("report_date", DateType),
            field("figure", StringType),
            field("old_value", DoubleType),
            field("new_value", DoubleType),
            field("run_id", StringType),
            field("cause_files", createArrayType(StringType)),
            field("cause_kind", StringType),
            field("unit_name", StringType),
            field("published_through", DateType)
          });

  /**
   * resumption_flows: one row per unit, date, rate (metric) and flow ({@code ResumptionFlow}) that
   * occurs: its enterprises, their changes to the resumed count and the population, and its
   * contribution in points; the contributions of a unit-date-metric add up to 100 × (rate_after −
   * rate_before).
   */
  public static final StructType RESUMPTION_FLOWS =
      new StructType(
          new StructField[] {
            field("unit_type", StringType),
            field("unit", StringType),
            field("unit_name", StringType),
            field("metric", StringType),
            field("flow", StringType),
            field("enterprises", LongType),
            field("resumed_change", LongType),
            field("population_change", LongType),
            field("contribution_points", DoubleType),
            field("rate_before", DoubleType),
            field("rate_after", DoubleType),
            field("run_id", StringType),
            field("report_date", DateType)
          });

  /**
   * One row per registry enterprise and report date: its status and every value the metrics use.
   */
  public static final StructType ENTERPRISE_DAILY = enterpriseDaily();

  private static StructType enterpriseDaily() {
    List<StructField> fields =
        new ArrayList<>(
            List.of(
                field("uscc", StringType),
                field("county_code", StringType),
                field("leader", StringType),
                field("industry_code", StringType),
                field("above_scale", BooleanType),
                field("key_enterprise", BooleanType),
                field("normal_employees", LongType),
                field("normal_daily_output", LakeSchemas.AMOUNT),
                field("status", StringType),
                field("source_report_date", DateType),
                field("resumed", BooleanType),
                field("employees_on_duty", LongType),
                field("output_value", LakeSchemas.AMOUNT)));
    for (ChecklistItem item : ChecklistItem.values()) {
      fields.add(field(item.code(), BooleanType));
    }
    fields.addAll(
        List.of(
            field("w5_reported", BooleanType),
            field("w5_by_numbers", BooleanType),
            field("w5_contradicted", BooleanType),
            field("items_met", LongType),
            field("assessed", BooleanType),
            field("fully_compliant", BooleanType),
            field("full_load", BooleanType),
            field("reduced", BooleanType),
            field("output_over_3x", BooleanType),
            field("on_duty_over_2x", BooleanType),
            field("suspected", LongType),
            field("isolated", LongType),
            field("confirmed", LongType)));
    for (Difficulty difficulty : Difficulty.values()) {
      fields.add(field(MetricColumns.openDifficulties(difficulty), LongType));
    }
    fields.add(field("open_difficulties", LongType));
    fields.add(field("run_id", StringType));
    fields.add(field("report_date", DateType));
    return new StructType(fields.toArray(StructField[]::new));
  }

  public static final StructType CHECKLIST_DAILY =
      new StructType(
          new StructField[] {
            field("county_code", StringType),
            field("county_name", StringType),
            field("item_code", StringType),
            field("category", StringType),
            field("item_name", StringType),
            field("met", LongType),
            field("assessed", LongType),
            field("rate", DoubleType),
            field("run_id", StringType),
            field("report_date", DateType)
          });

  public static final StructType DIFFICULTY_CASES =
      new StructType(
          new StructField[] {
            field("uscc", StringType),
            field("enterprise_name", StringType),
            field("county_code", StringType),
            field("code", StringType),
            field("difficulty_name", StringType),
            field("opened_on", DateType),
            field("resolved_on", DateType),
            field("days_open", LongType),
            field("run_id", StringType)
          });

  public static final StructType ALERTS =
      new StructType(
          new StructField[] {
            field("severity", StringType),
            field("kind", StringType),
            field("county_code", StringType),
            field("county_name", StringType),
            field("leader", StringType),
            field("uscc", StringType),
            field("enterprise_name", StringType),
            field("value", DoubleType),
            field("message", StringType),
            field("run_id", StringType),
            field("report_date", DateType)
          });

  public static final StructType FORECASTS =
      new StructType(
          new StructField[] {
            field("unit_type", StringType),
            field("unit", StringType),
            field("unit_name", StringType),
            field("metric", StringType),
            field("value", DoubleType),
            field("target", DoubleType),
            field("slope_per_day", DoubleType),
            field("r2", DoubleType),
            field("projected_date", DateType),
            field("status", StringType),
            field("points", IntegerType),
            field("run_id", StringType),
            field("report_date", DateType)
          });
}
