package fugong.lake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet writer's settings for a lake table, beyond Spark's defaults: no min/max statistics on
 * the values inside a list or map ({@code raw_rows.cell_values}, a quarantined row's {@code cells},
 * reason codes, …). A reader skips a row group by the min/max of a column it filters on; neither
 * Spark nor DuckDB skips by the elements of a list or map, and nobody filters on "some cell of some
 * row sorts after X". Keeping them compared every cell with the chunk's min and max as it was
 * written. Every plain column keeps its statistics. (Parquet's size statistics cannot be switched
 * off this way: Parquet 1.17's Hadoop writer never reads {@code parquet.size.statistics.enabled}.)
 */
public final class ParquetWriteOptions {
  static final String COLUMN_STATISTICS = "parquet.column.statistics.enabled";

  private ParquetWriteOptions() {}

  /** The writer options for a table of {@code schema}. */
  public static Map<String, String> of(StructType schema) {
    Map<String, String> options = new LinkedHashMap<>();
    for (StructField field : schema.fields()) {
      addLeaves(options, field.name(), field.dataType(), false);
    }
    return options;
  }

  /**
   * Adds the option for every leaf column under {@code path} inside a list or map, by the names
   * Spark's Parquet writer gives them (the standard layouts: {@code NAME.list.element}, {@code
   * NAME.key_value.key} and {@code NAME.key_value.value}).
   */
  private static void addLeaves(
      Map<String, String> options, String path, DataType type, boolean inCollection) {
    if (type instanceof ArrayType array) {
      addLeaves(options, path + ".list.element", array.elementType(), true);
    } else if (type instanceof MapType map) {
      addLeaves(options, path + ".key_value.key", map.keyType(), true);
      addLeaves(options, path + ".key_value.value", map.valueType(), true);
    } else if (type instanceof StructType struct) {
      for (StructField field : struct.fields()) {
        addLeaves(options, path + "." + field.name(), field.dataType(), inCollection);
      }
    } else if (inCollection) {
      options.put(COLUMN_STATISTICS + "#" + path, "false");
    }
  }
}
