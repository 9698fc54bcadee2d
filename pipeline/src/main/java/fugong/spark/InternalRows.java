package fugong.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.types.UTF8String;
import scala.jdk.javaapi.CollectionConverters;

/**
 * External rows of one schema turned into Spark's internal rows by converters chosen once per
 * column, so that rows built on the executors reach Spark without its generic row encoder (which
 * checks and converts every value through the schema's expressions, row by row: as costly as
 * validating the row, profiled over 205,801 inbox rows). Covers the types of the lake's schemas:
 * strings, whole numbers, booleans, doubles, decimals, dates ({@link LocalDate}), timestamps
 * ({@link Instant}), binaries, arrays, maps and nested structs; arrays and maps may be Scala or
 * Java collections. A value of another type fails as the encoder would: with the column named.
 */
public final class InternalRows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Converts one non-null external value of a column to its internal form. */
  private interface Converter extends Serializable {
    Object convert(Object value);
  }

  private final String[] names;
  private final Converter[] converters;

  private InternalRows(StructType schema) {
    names = schema.fieldNames();
    converters = new Converter[names.length];
    for (int index = 0; index < names.length; index++) {
      converters[index] = converter(schema.fields()[index].dataType());
    }
  }

  /** The converter of rows of {@code schema}. */
  public static InternalRows of(StructType schema) {
    return new InternalRows(schema);
  }

  /** The internal row of an external row of this schema. */
  public InternalRow convert(Row row) {
    Object[] values = new Object[converters.length];
    for (int index = 0; index < converters.length; index++) {
      Object value = row.get(index);
      if (value != null) {
        try {
          values[index] = converters[index].convert(value);
        } catch (ClassCastException | ArithmeticException wrong) {
          throw new IllegalArgumentException(
              "column " + names[index] + ": " + wrong.getMessage(), wrong);
        }
      }
    }
    return new GenericInternalRow(values);
  }

  /** The internal rows of {@code rows}, converted one by one as they are asked for. */
  public Iterator<InternalRow> convert(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public InternalRow next() {
        return convert(rows.next());
      }
    };
  }

  private static Converter converter(DataType type) {
    if (type instanceof StringType) {
      return value -> UTF8String.fromString((String) value);
    }
    if (type instanceof IntegerType
        || type instanceof LongType
        || type instanceof BooleanType
        || type instanceof DoubleType
        || type instanceof BinaryType) {
      return value -> value;
    }
    if (type instanceof DateType) {
      return value ->
          value instanceof LocalDate date
              ? (Object) Math.toIntExact(date.toEpochDay())
              : (Object) DateTimeUtils.fromJavaDate((java.sql.Date) value);
    }
    if (type instanceof TimestampType) {
      return value ->
          value instanceof Instant instant
              ? (Object) DateTimeUtils.instantToMicros(instant)
              : (Object) DateTimeUtils.fromJavaTimestamp((java.sql.Timestamp) value);
    }
    if (type instanceof DecimalType decimal) {
      int precision = decimal.precision();
      int scale = decimal.scale();
      return value -> {
        Decimal internal = Decimal.apply((BigDecimal) value);
        if (!internal.changePrecision(precision, scale)) {
          throw new ArithmeticException(
              value + " does not fit DECIMAL(" + precision + ", " + scale + ")");
        }
        return internal;
      };
    }
    if (type instanceof ArrayType array) {
      Converter element = converter(array.elementType());
      return value -> new GenericArrayData(convertAll(elements(value), element));
    }
    if (type instanceof MapType map) {
      Converter key = converter(map.keyType());
      Converter mapped = converter(map.valueType());
      return value -> {
        Map<?, ?> entries =
            value instanceof scala.collection.Map<?, ?> scala
                ? CollectionConverters.asJava(scala)
                : (Map<?, ?>) value;
        Object[] keys = new Object[entries.size()];
        Object[] values = new Object[entries.size()];
        int index = 0;
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
          keys[index] = key.convert(entry.getKey());
          values[index] = entry.getValue() == null ? null : mapped.convert(entry.getValue());
          index++;
        }
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
      };
    }
    if (type instanceof StructType struct) {
      InternalRows nested = new InternalRows(struct);
      return value -> nested.convert((Row) value);
    }
    throw new IllegalArgumentException("no internal form for " + type.simpleString());
  }

  private static List<?> elements(Object value) {
    return value instanceof scala.collection.Seq<?> seq
        ? CollectionConverters.asJava(seq)
        : (List<?>) value;
  }

  private static Object[] convertAll(List<?> elements, Converter converter) {
    Object[] converted = new Object[elements.size()];
    int index = 0;
    for (Object element : elements) {
      converted[index++] = element == null ? null : converter.convert(element);
    }
    return converted;
  }
}
