package fugong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/submission-columns.csv} is the file copy of {@link SubmissionColumn}: one row per
 * column in enum order. The enum is the source; this test keeps the copy in step.
 */
class SubmissionColumnSchemaFileTest {
  private static final Path SCHEMA_FILE = Path.of("..", "schemas", "submission-columns.csv");
  private static final Path RENDERED_FILE = Path.of("target", "submission-columns.csv");
  private static final String HOW_TO_UPDATE =
      "if the enum change is intended, run this test and then copy the rendered file from the"
          + " repository root: cp pipeline/target/submission-columns.csv"
          + " schemas/submission-columns.csv";

  static String render() {
    StringBuilder text = new StringBuilder("field,header,aliases,type,required_header\n");
    for (SubmissionColumn column : SubmissionColumn.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(column.field());
      cells.add(column.header());
      cells.add(String.join("|", column.aliases()));
      cells.add(column.type().name());
      cells.add(String.valueOf(column.requiredHeader()));
      List<String> quoted = new ArrayList<>();
      for (String cell : cells) {
        quoted.add(
            cell.contains(",") || cell.contains("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell);
      }
      text.append(String.join(",", quoted)).append('\n');
    }
    return text.toString();
  }

  @Test
  void schemaFileMatchesTheEnum() throws IOException {
    String expected = render();
    Files.createDirectories(RENDERED_FILE.getParent());
    Files.writeString(RENDERED_FILE, expected, StandardCharsets.UTF_8);
    assertThat(SCHEMA_FILE)
        .as(
            "schema file %s is missing; %s",
            SCHEMA_FILE.toAbsolutePath().normalize(), HOW_TO_UPDATE)
        .exists();

    String actual = Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8);

    assertThat(actual)
        .as(
            "schemas/submission-columns.csv differs from fugong.ingest.SubmissionColumn; %s",
            HOW_TO_UPDATE)
        .isEqualTo(expected);
  }

  @Test
  void oneRowPerColumnInEnumOrder() {
    List<String> lines = render().lines().toList();
    assertThat(lines).hasSize(SubmissionColumn.values().length + 1);
    assertThat(lines.get(1)).isEqualTo("report_date,填报日期,报送日期|日期,DATE,true");
    assertThat(lines.get(9)).isEqualTo("H1,返岗员工健康卡制度,,YES_NO,true");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("phone,联系电话,电话|手机|手机号|手机号码|联系方式|移动电话|固定电话|办公电话,PERSONAL,false");
  }
}
