package fugong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Checks that what a job wrote to the lake has exactly the table's declared schema. */
public final class LakeAssertions {
  private LakeAssertions() {}

  /**
   * Reads the published Parquet of a table without a schema and compares every column name and type
   * with the declaration; the partition column lives in the folder names, which are returned.
   */
  public static List<String> assertWrittenSchema(SparkSession spark, Lake lake, LakeTable table)
      throws IOException {
    String location = lake.absolute(lake.published().location(table).orElseThrow()).toString();
    StructType written = spark.read().option("basePath", location).parquet(location).schema();
    assertThat(written.fieldNames())
        .as(table.tableName())
        .containsExactlyInAnyOrder(table.schema().fieldNames());
    for (var field : table.schema().fields()) {
      if (table.partitionedByDate() && field.name().equals(LakeTable.PARTITION_COLUMN)) {
        continue;
      }
      assertThat(written.apply(field.name()).dataType())
          .as(table.tableName() + "." + field.name())
          .isEqualTo(field.dataType());
    }
    if (!table.partitionedByDate()) {
      return List.of();
    }
    try (var folders = Files.list(Path.of(location.replace("file:", "")))) {
      return folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .sorted()
          .toList();
    }
  }
}
