package fugong.lake;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/** The order rows are written in within each file, so equal inputs give equal files. */
public final class LakeSortOrder {
  private LakeSortOrder() {}

  public static Column[] of(LakeTable table) {
    return switch (table) {
      case FILES -> new Column[] {col("source_file"), col("ingested_at")};
      case RAW_ROWS, QUARANTINE, WARNINGS -> new Column[] {col("county_code"), col("source_file"), col("source_row")};
      case SUBMISSIONS -> new Column[] {col("county_code"), col("uscc"), col("source_row")};
      case CONTACTS -> new Column[] {col("source_file"), col("source_row")};
      case COUNTIES -> new Column[] {col("county_code")};
      case ASSIGNMENTS -> new Column[] {col("county_code"), col("valid_from")};
      case ENTERPRISES -> new Column[] {col("county_code"), col("uscc")};
      case RUNS -> new Column[] {col("run_id")};
    };
  }
}
