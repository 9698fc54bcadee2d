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
public class LakeSchemaFileTest {
  /**
   * Checks that {@code schemas/NAME} (from the repository root) is exactly {@code expected}, the
   * rendering of the code it copies. The rendering is first written to {@code
   * pipeline/target/NAME}, so that an intended change is one copy away; the failure says which
   * copy.
   *
   * @param name the file's name in {@code schemas/}
   * @param change what kind of change the copy follows ("enum", "schema"), for the hint
   * @param source the code the file copies, named when they differ
   * @param expected the file's text rendered from that code
   */
  public static void assertSchemaFileMatches(
      String name, String change, String source, String expected) throws IOException {
    Path schemaFile = Path.of("..", "schemas", name);
    Path renderedFile = Path.of("target", name);
    String howToUpdate =
        "if the "
            + change
            + " change is intended, run this test and then copy the rendered file from the"
            + " repository root: cp pipeline/target/"
            + name
            + " schemas/"
            + name;
    Files.createDirectories(renderedFile.getParent());
    Files.writeString(renderedFile, expected, StandardCharsets.UTF_8);
    assertThat(schemaFile)
        .as("schema file %s is missing; %s", schemaFile.toAbsolutePath().normalize(), howToUpdate)
        .exists();
    assertThat(Files.readString(schemaFile, StandardCharsets.UTF_8))
        .as("schemas/%s differs from %s; %s", name, source, howToUpdate)
        .isEqualTo(expected);
  }

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
    assertSchemaFileMatches("lake-tables.csv", "schema", "fugong.lake.LakeSchemas", render());
  }

  @Test
  void personalColumnsOnlyInTheRestrictedTable() {
    for (LakeTable table : LakeTable.values()) {
      boolean personal = java.util.Arrays.asList(table.schema().fieldNames()).contains("phone");
      assertThat(personal).as(table.tableName()).isEqualTo(table.restricted());
    }
  }
}
