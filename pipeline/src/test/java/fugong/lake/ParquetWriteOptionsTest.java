package fugong.lake;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lake file keeps the min/max statistics a reader can skip row groups by, and leaves out those
 * nobody reads: of the values inside a list or map.
 */
class ParquetWriteOptionsTest {
  @TempDir Path out;

  @Test
  void listsAndMapsHaveNoStatisticsWhileThePlainColumnsKeepTheirMinAndMax() throws IOException {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    String location = lake.write(LakeTable.QUARANTINE, quarantine(), "run-1");

    Map<String, ColumnChunkMetaData> columns = columnsOfOnlyFile(lake, location);
    assertThat(columns).containsKeys("cells.key_value.key", "cells.key_value.value", "uscc");
    ColumnChunkMetaData uscc = columns.get("uscc");
    assertThat(uscc.getStatistics().isEmpty()).as("a plain column keeps min and max").isFalse();
    assertThat(uscc.getStatistics().minAsString()).isEqualTo("911311000000000001");
    assertThat(uscc.getStatistics().maxAsString()).isEqualTo("911311000000000002");
    for (String cells :
        List.of(
            "cells.key_value.key",
            "cells.key_value.value",
            "reasons.list.element",
            "problems.list.element.code")) {
      assertThat(columns.get(cells).getStatistics().isEmpty())
          .as("%s has no min/max", cells)
          .isTrue();
    }
    assertThat(
            lake.readLocation(LakeTable.QUARANTINE, location)
                .orderBy("uscc")
                .collectAsList()
                .get(1)
                .getJavaMap(LakeSchemas.QUARANTINE.fieldIndex("cells")))
        .as("the cells read back whole")
        .containsExactly(Map.entry("企业名称", "乙厂"), Map.entry("人数", "12"));
  }

  @Test
  void onlyTheLeavesInsideListsAndMapsAreNamed() {
    assertThat(ParquetWriteOptions.of(LakeSchemas.COUNTIES)).isEmpty();
    String off = ParquetWriteOptions.COLUMN_STATISTICS + "#";
    assertThat(ParquetWriteOptions.of(LakeSchemas.QUARANTINE).keySet())
        .containsExactly(
            off + "reasons.list.element",
            off + "problems.list.element.column",
            off + "problems.list.element.code",
            off + "problems.list.element.cell",
            off + "problems.list.element.explanation",
            off + "cells.key_value.key",
            off + "cells.key_value.value");
    assertThat(ParquetWriteOptions.of(LakeSchemas.RAW_ROWS).keySet())
        .containsExactly(
            off + "cells.key_value.key",
            off + "cells.key_value.value",
            off + "cell_values.list.element");
  }

  private static Dataset<Row> quarantine() {
    return LocalSpark.session()
        .createDataFrame(
            List.of(row("911311000000000001", "甲厂", "7"), row("911311000000000002", "乙厂", "12")),
            LakeSchemas.QUARANTINE);
  }

  private static Row row(String uscc, String name, String people) {
    String[] names = LakeSchemas.QUARANTINE.fieldNames();
    Map<String, Object> values = new HashMap<>();
    values.put("uscc", uscc);
    values.put("county_code", "131102");
    values.put("source_file", "131102_20200301.csv");
    values.put("source_row", 2);
    values.put("report_date", LocalDate.of(2020, 3, 1));
    values.put("reasons", List.of("BAD_DATE"));
    values.put("problems", List.of(RowFactory.create("复工日期", "BAD_DATE", "2020-02-30", "没有这一天")));
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("企业名称", name);
    cells.put("人数", people);
    values.put("cells", cells);
    Object[] row = new Object[names.length];
    for (int field = 0; field < names.length; field++) {
      row[field] = values.get(names[field]);
    }
    return RowFactory.create(row);
  }

  private static Map<String, ColumnChunkMetaData> columnsOfOnlyFile(Lake lake, String location)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(lake.absolute(location).toString()))) {
      files = walk.filter(file -> file.toString().endsWith(".parquet")).toList();
    }
    assertThat(files).hasSize(1);
    Map<String, ColumnChunkMetaData> columns = new LinkedHashMap<>();
    try (ParquetFileReader reader =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(files.get(0).toUri()), new Configuration()))) {
      for (ColumnChunkMetaData column : reader.getFooter().getBlocks().get(0).getColumns()) {
        columns.put(column.getPath().toDotString(), column);
      }
    }
    return columns;
  }
}
