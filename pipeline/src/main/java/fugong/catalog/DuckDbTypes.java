package fugong.catalog;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The DuckDB type that reads what Spark wrote for a Spark type (for typed empty views). */
public final class DuckDbTypes {
  private DuckDbTypes() {}

  public static String of(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return "VARCHAR";
    } else if (type.equals(DataTypes.LongType)) {
      return "BIGINT";
    } else if (type.equals(DataTypes.IntegerType)) {
      return "INTEGER";
    } else if (type.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    } else if (type.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    } else if (type.equals(DataTypes.DateType)) {
      return "DATE";
    } else if (type.equals(DataTypes.TimestampType)) {
      return "TIMESTAMP WITH TIME ZONE";
    } else if (type instanceof DecimalType decimal) {
      return "DECIMAL(" + decimal.precision() + ", " + decimal.scale() + ")";
    } else if (type instanceof ArrayType array) {
      return of(array.elementType()) + "[]";
    } else if (type instanceof MapType map) {
      return "MAP(" + of(map.keyType()) + ", " + of(map.valueType()) + ")";
    } else if (type instanceof StructType struct) {
      StringBuilder text = new StringBuilder("STRUCT(");
      StructField[] fields = struct.fields();
      for (int index = 0; index < fields.length; index++) {
        text.append(index > 0 ? ", " : "")
            .append('"')
            .append(fields[index].name())
            .append("\" ")
            .append(of(fields[index].dataType()));
      }
      return text.append(')').toString();
    }
    throw new IllegalArgumentException("no DuckDB type for " + type.simpleString());
  }
}
