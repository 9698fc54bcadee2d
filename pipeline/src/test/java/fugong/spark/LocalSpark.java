package fugong.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One local SparkSession for the pipeline's Spark tests (local[2], small shuffles, UI off,
 * loopback, the product's zone), and hand fixtures as rows of a table's declared schema.
 */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.create("local[2]", "fugong pipeline tests");
      session.conf().set("spark.sql.shuffle.partitions", "2");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /**
   * Rows of {@code schema} given by column name; a column not given is NULL (an empty array or map
   * for array and map columns), so a fixture names only what the test is about.
   */
  @SafeVarargs
  public static Dataset<Row> rows(StructType schema, Map<String, Object>... rows) {
    List<Row> built = new ArrayList<>();
    for (Map<String, Object> values : rows) {
      for (String name : values.keySet()) {
        schema.fieldIndex(name); // fails on a misspelt column
      }
      List<Object> cells = new ArrayList<>();
      for (StructField field : schema.fields()) {
        Object value = values.get(field.name());
        if (value == null && field.dataType() instanceof ArrayType) {
          value = List.of();
        } else if (value == null && field.dataType() instanceof MapType) {
          value = Map.of();
        } else if (value instanceof Number number
            && !(value instanceof java.math.BigDecimal)
            && field.dataType() instanceof org.apache.spark.sql.types.DecimalType) {
          // fixtures write amounts as plain numbers (9.0); the column holds the decimal written
          value = new java.math.BigDecimal(number.toString());
        }
        cells.add(value);
      }
      built.add(RowFactory.create(cells.toArray()));
    }
    return session().createDataFrame(built, schema);
  }

  /** A row of a fixture: alternating column names and values (values may be null). */
  public static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int index = 0; index < namesAndValues.length; index += 2) {
      values.put((String) namesAndValues[index], namesAndValues[index + 1]);
    }
    return values;
  }
}
