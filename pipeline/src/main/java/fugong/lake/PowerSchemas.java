package fugong.lake;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the electricity cross-check's lake tables (DOMAIN.md §3.2, §6.3). Amounts of
 * energy are decimals, so that the threshold is judged on the number as written: one reading or
 * baseline in kWh with up to 6 decimal places, a unit's sum with room for any number of them.
 * {@code schemas/lake-tables.csv} is a copy that a test keeps equal.
 */
public final class PowerSchemas {
  private PowerSchemas() {}

  /** One enterprise's reading or baseline in kWh. */
  public static final DataType KILOWATT_HOURS = createDecimalType(24, 6);

  /** A sum of readings or baselines in kWh. */
  public static final DataType KILOWATT_HOURS_SUM = createDecimalType(38, 6);

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  /** power_baselines: reference/power_baseline.csv, one row per enterprise (ingest). */
  public static final StructType POWER_BASELINES =
      struct(
          field("uscc", StringType),
          field("county_code", StringType),
          field("baseline_kwh", KILOWATT_HOURS),
          field("source_row", IntegerType));

  /** meter_readings: the accepted rows of the current meter files (ingest). */
  public static final StructType METER_READINGS =
      struct(
          field("county_code", StringType),
          field("uscc", StringType),
          field("kwh", KILOWATT_HOURS),
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("source_row", IntegerType),
          field("file_version", IntegerType),
          field("ingest_run_id", StringType),
          field("report_date", DateType));

  /**
   * power_readings: each accepted reading with its baseline and whether it reached the threshold
   * (metrics). baseline_kwh, consumption_ratio and power_resumed are null without a usable
   * baseline; status and resumed are the enterprise's §6 state on the date (null: no report in the
   * window).
   */
  public static final StructType POWER_READINGS =
      struct(
          field("county_code", StringType),
          field("uscc", StringType),
          field("enterprise_name", StringType),
          field("leader", StringType),
          field("industry_code", StringType),
          field("above_scale", BooleanType),
          field("kwh", KILOWATT_HOURS),
          field("baseline_kwh", KILOWATT_HOURS),
          field("consumption_ratio", DoubleType),
          field("power_resumed", BooleanType),
          field("status", StringType),
          field("resumed", BooleanType),
          field("source_file", StringType),
          field("source_row", IntegerType),
          field("run_id", StringType),
          field("report_date", DateType));

  /**
   * power_daily: the §6.3 figures of each unit (unit_type county, leader, city, industry, scale)
   * and date, from summed counts, beside the unit's self-reported resumption_rate (metrics).
   */
  public static final StructType POWER_DAILY =
      struct(
          field("unit_type", StringType),
          field("unit", StringType),
          field("unit_name", StringType),
          field("enterprises_with_baseline", LongType),
          field("enterprises_read", LongType),
          field("power_resumed", LongType),
          field("kwh", KILOWATT_HOURS_SUM),
          field("baseline_kwh", KILOWATT_HOURS_SUM),
          field("power_resumption_rate", DoubleType),
          field("consumption_recovery_rate", DoubleType),
          field("power_index", DoubleType),
          field("coverage", DoubleType),
          field("enterprises_without_baseline", LongType),
          field("readings_without_baseline", LongType),
          field("resumption_rate", DoubleType),
          field("run_id", StringType),
          field("report_date", DateType));

  /**
   * power_flags: one row per enterprise, date and flag (kind = a {@code PowerFlagKind} name); value
   * is kWh / baseline, or for OUTPUT_POWER_DIVERGENCE the gap between the two ratios (metrics).
   */
  public static final StructType POWER_FLAGS =
      struct(
          field("kind", StringType),
          field("county_code", StringType),
          field("county_name", StringType),
          field("leader", StringType),
          field("uscc", StringType),
          field("enterprise_name", StringType),
          field("kwh", KILOWATT_HOURS),
          field("baseline_kwh", KILOWATT_HOURS),
          field("value", DoubleType),
          field("message", StringType),
          field("run_id", StringType),
          field("report_date", DateType));
}
