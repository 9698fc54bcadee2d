package fugong.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.ingest.spark.ParsedFileRows;
import fugong.lake.LakeSchemas;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Rows converted by {@link InternalRows} read back exactly as Spark's own row encoder gives them,
 * for every type of the lake's schemas: the submissions row (decimals, dates, an array of
 * difficulties), raw rows (a map of cells, in order, or a list of them), quarantine (an array of
 * structs) and files (timestamps), nested as the parser nests them.
 */
class InternalRowsTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 10);
  private static final Instant AT = Instant.parse("2020-03-10T21:15:30.123456Z");

  private static Row submission(BigDecimal output, BigDecimal area) {
    List<Object> values = new ArrayList<>();
    for (StructField field : LakeSchemas.SUBMISSIONS.fields()) {
      values.add(
          switch (field.name()) {
            case "county_code" -> "131102";
            case "uscc" -> "91131102MA0A000015";
            case "name" -> "衡水老白干酒业";
            case "resumed" -> Boolean.TRUE;
            case "resumed_on", "report_date" -> DAY;
            case "employees_on_duty" -> 120L;
            case "output_value" -> output;
            case "dorm_area_square_metres" -> area;
            case "difficulties" -> SparkValues.array(List.of("资金", "用工"));
            case "source_row" -> 7;
            default -> field.dataType().equals(DataTypes.StringType) ? "x" : null;
          });
    }
    return RowFactory.create(values.toArray());
  }

  private static Row slot(int slot, Row value) {
    Object[] values = new Object[ParsedFileRows.SCHEMA.size()];
    values[slot] = value;
    return RowFactory.create(values);
  }

  private static List<Row> parsedRows() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("统一社会信用代码", "91131102MA0A000015");
    cells.put("产值（万元）", "12.5");
    cells.put("备注", null);
    List<Object> file = new ArrayList<>();
    for (StructField field : ParsedFileRows.FILE_COLUMNS.fields()) {
      file.add(
          switch (field.name()) {
            case "source_file" -> "131102_20200310.csv";
            case "report_date" -> DAY;
            case "arrived_at", "modified_at", "ingested_at" -> AT;
            case "size_bytes", "rows_read" -> 4096L;
            case "version" -> 1;
            case "already_ingested", "is_current" -> Boolean.FALSE;
            default -> field.dataType().equals(DataTypes.StringType) ? "READ" : null;
          });
    }
    Row quarantined =
        RowFactory.create(
            "131102",
            "91131102MA0A000015",
            "131102_20200310.csv",
            "ab",
            9,
            SparkValues.array(List.of("BAD_DATE")),
            SparkValues.array(
                List.of(RowFactory.create("复工日期", "BAD_DATE", "2020-02-30", "没有这一天"))),
            SparkValues.map(cells),
            null,
            "run",
            DAY);
    return List.of(
        slot(0, RowFactory.create(file.toArray())),
        slot(
            1,
            RowFactory.create(
                "131102",
                "131102_20200310.csv",
                "ab",
                3,
                SparkValues.map(cells),
                null,
                "run",
                DAY)),
        slot(2, submission(new BigDecimal("12.345678"), new BigDecimal("0.5"))),
        slot(2, submission(null, new BigDecimal("123456789012345678.123456"))),
        slot(3, quarantined),
        slot(
            1,
            RowFactory.create(
                "131102",
                "131102_20200310.csv",
                "ab",
                4,
                null,
                SparkValues.array(List.of("91131102MA0A000015", "12.5", "")),
                "run",
                DAY)));
  }

  @Test
  void convertedRowsReadBackAsTheEncodersDo() {
    SparkSession spark = LocalSpark.session();
    StructType schema = ParsedFileRows.SCHEMA;
    List<Row> rows = parsedRows();
    JavaRDD<Row> external =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 2);
    InternalRows internal = InternalRows.of(schema);
    JavaRDD<InternalRow> converted = external.mapPartitions(internal::convert);
    Dataset<Row> direct =
        ((org.apache.spark.sql.classic.SparkSession) spark)
            .internalCreateDataFrame(converted.rdd(), schema, false);
    Dataset<Row> encoded = spark.createDataFrame(external, schema);

    List<Row> directRows = direct.collectAsList();
    assertThat(directRows).hasSize(rows.size()).isEqualTo(encoded.collectAsList());
    // and through the columns the lake writes, not only whole rows
    assertThat(direct.select("accepted.output_value", "accepted.report_date").collectAsList())
        .isEqualTo(encoded.select("accepted.output_value", "accepted.report_date").collectAsList());
    Row raw = directRows.get(1).getStruct(1);
    Map<String, String> rawCells = raw.getJavaMap(4);
    assertThat(rawCells.keySet()).containsExactly("统一社会信用代码", "产值（万元）", "备注");
    assertThat(rawCells).containsEntry("产值（万元）", "12.5").containsEntry("备注", null);
    assertThat(directRows.get(0).getStruct(0).<Instant>getAs("arrived_at")).isEqualTo(AT);
    assertThat(directRows.get(2).getStruct(2).<BigDecimal>getAs("output_value"))
        .isEqualByComparingTo("12.345678");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsColumn() {
    StructType schema =
        new StructType()
            .add("county_code", DataTypes.StringType)
            .add("output_value", LakeSchemas.AMOUNT);
    InternalRows internal = InternalRows.of(schema);
    assertThatThrownBy(() -> internal.convert(RowFactory.create(131102, null)))
        .hasMessageContaining("county_code");
    assertThatThrownBy(() -> internal.convert(RowFactory.create("131102", new BigDecimal("1e30"))))
        .hasMessageContaining("output_value")
        .hasMessageContaining("DECIMAL(24, 6)");
  }
}
