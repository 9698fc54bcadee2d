package fugong.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/lake-tables.csv} is the file copy of {@link LakeSchemas}: one row per column of
 * every table. The code is the source; this test keeps the copy in step.
 */
class LakeSchemaFileTest {
  private static final Path SCHEMA_FILE = Path.of("..", "schemas", "lake-tables.csv");
  private static final Path RENDERED_FILE = Path.of("target", "lake-tables.csv");
  private static final String HOW_TO_UPDATE =
      "if the schema change is intended, run this test and then copy the rendered file from the"
          + " repository root: cp pipeline/target/lake-tables.csv schemas/lake-tables.csv";

  static String render() {
    StringBuilder text = new StringBuilder("table,area,column,type,partition\n");
    for (LakeTable table : LakeTable.values()) {
      for (StructField field : table.schema().fields()) {
        boolean partition =
            table.partitionedByDate() && field.name().equals(LakeTable.PARTITION_COLUMN);
        String type = field.dataType().simpleString();
        text.append(table.tableName())
            .append(',')
            .append(table.restricted() ? "restricted" : "lake")
            .append(',')
            .append(field.name())
            .append(',')
            .append(type.contains(",") ? "\"" + type + "\"" : type)
            .append(',')
            .append(partition)
            .append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void schemaFileMatchesTheCode() throws IOException {
    String expected = render();
    Files.createDirectories(RENDERED_FILE.getParent());
    Files.writeString(RENDERED_FILE, expected, StandardCharsets.UTF_8);
    assertThat(SCHEMA_FILE)
        .as(
            "schema file %s is missing; %s",
            SCHEMA_FILE.toAbsolutePath().normalize(), HOW_TO_UPDATE)
        .exists();
    assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8))
        .as("schemas/lake-tables.csv differs from fugong.lake.LakeSchemas; %s", HOW_TO_UPDATE)
        .isEqualTo(expected);
  }

  @Test
  void personalColumnsOnlyInTheRestrictedTable() {
    for (LakeTable table : LakeTable.values()) {
      boolean personal = java.util.Arrays.asList(table.schema().fieldNames()).contains("phone");
      assertThat(personal).as(table.tableName()).isEqualTo(table.restricted());
    }
  }
}
