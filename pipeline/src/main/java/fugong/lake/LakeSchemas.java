package fugong.lake;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import fugong.domain.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every lake table, declared once. {@code schemas/lake-tables.csv} is a copy that a
 * test keeps equal. The partition column (report_date) is last, as Spark writes it.
 */
public final class LakeSchemas {
  /**
   * An amount as written (万元, m²): exact to 6 decimal places, never rounded (a cell with more is
   * quarantined: {@link fugong.domain.NumberRules#beyondStoredPrecision}).
   */
  public static final DataType AMOUNT = createDecimalType(24, 6);

  /** A sum of amounts: room for any number of them, the same 6 places. */
  public static final DataType AMOUNT_SUM = createDecimalType(38, 6);

  private LakeSchemas() {}

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  /** One problem of a quarantined row or a warning: column, code, cell text, explanation. */
  public static final StructType PROBLEM =
      struct(
          field("column", StringType),
          field("code", StringType),
          field("cell", StringType),
          field("explanation", StringType));

  public static final StructType FILES =
      struct(
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("county_code", StringType),
          field("report_date", DateType),
          field("version", IntegerType),
          field("arrived_at", TimestampType),
          field("modified_at", TimestampType),
          field("size_bytes", LongType),
          field("status", StringType),
          field("rejection", StringType),
          field("rejection_message", StringType),
          field("encoding", StringType),
          field("rows_read", LongType),
          field("rows_accepted", LongType),
          field("rows_quarantined", LongType),
          field("duplicates_collapsed", LongType),
          field("warnings", LongType),
          field("ingest_run_id", StringType),
          field("ingested_at", TimestampType),
          field("is_current", BooleanType),
          field("raw_headers", createArrayType(StringType)));

  public static final StructType RAW_ROWS =
      struct(
          field("county_code", StringType),
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("source_row", IntegerType),
          field("cells", createMapType(StringType, StringType)),
          field("cell_values", createArrayType(StringType)),
          field("ingest_run_id", StringType),
          field("report_date", DateType));

  public static final StructType SUBMISSIONS = submissions();

  private static StructType submissions() {
    List<StructField> fields = new ArrayList<>();
    fields.add(field("county_code", StringType));
    fields.add(field("uscc", StringType));
    fields.add(field("name", StringType));
    fields.add(field("resumed", BooleanType));
    fields.add(field("resumed_on", DateType));
    fields.add(field("employees_on_duty", LongType));
    fields.add(field("output_value", AMOUNT));
    for (ChecklistItem item : ChecklistItem.values()) {
      fields.add(field(item.code(), BooleanType));
    }
    fields.add(field("dorm_rooms", LongType));
    fields.add(field("dorm_residents", LongType));
    fields.add(field("dorm_area_m2", AMOUNT));
    fields.add(field("suspected", LongType));
    fields.add(field("isolated", LongType));
    fields.add(field("confirmed", LongType));
    fields.add(field("difficulties", createArrayType(StringType)));
    fields.add(field("difficulty_note", StringType));
    fields.add(field("source_file", StringType));
    fields.add(field("source_sha256", StringType));
    fields.add(field("source_row", IntegerType));
    fields.add(field("file_version", IntegerType));
    fields.add(field("ingest_run_id", StringType));
    fields.add(field("report_date", DateType));
    return new StructType(fields.toArray(StructField[]::new));
  }

  public static final StructType QUARANTINE =
      struct(
          field("county_code", StringType),
          field("uscc", StringType),
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("source_row", IntegerType),
          field("reasons", createArrayType(StringType)),
          field("problems", createArrayType(PROBLEM)),
          field("cells", createMapType(StringType, StringType)),
          field("file_version", IntegerType),
          field("ingest_run_id", StringType),
          field("report_date", DateType));

  public static final StructType WARNINGS =
      struct(
          field("county_code", StringType),
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("source_row", IntegerType),
          field("column", StringType),
          field("code", StringType),
          field("cell", StringType),
          field("explanation", StringType),
          field("ingest_run_id", StringType),
          field("report_date", DateType));

  /** Personal data (填报人, 联系电话): only in the restricted area, never in the open lake. */
  public static final StructType CONTACTS =
      struct(
          field("source_file", StringType),
          field("source_sha256", StringType),
          field("source_row", IntegerType),
          field("reporter", StringType),
          field("phone", StringType),
          field("ingest_run_id", StringType),
          field("untrusted_cells", createMapType(StringType, StringType)));

  public static final StructType COUNTIES =
      struct(field("county_code", StringType), field("county_name", StringType));

  public static final StructType ASSIGNMENTS =
      struct(
          field("leader", StringType),
          field("county_code", StringType),
          field("section", StringType),
          field("valid_from", DateType),
          field("valid_to", DateType));

  public static final StructType ENTERPRISES =
      struct(
          field("uscc", StringType),
          field("name", StringType),
          field("county_code", StringType),
          field("industry_code", StringType),
          field("above_scale", BooleanType),
          field("key_enterprise", BooleanType),
          field("env_whitelist", BooleanType),
          field("normal_employees", LongType),
          field("normal_daily_output", AMOUNT));

  public static final StructType RUNS =
      struct(
          field("run_id", StringType),
          field("started_at", TimestampType),
          field("finished_at", TimestampType),
          field("status", StringType),
          field("rule_version", StringType),
          field("files_seen", LongType),
          field("files_new", LongType),
          field("files_rejected", LongType),
          field("rows_read", LongType),
          field("rows_accepted", LongType),
          field("rows_quarantined", LongType),
          field("duplicates_collapsed", LongType),
          field("identity_holds", BooleanType));
}
