package fugong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.LakeSchemaFileTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/submission-columns.csv} is the file copy of {@link SubmissionColumn}: one row per
 * column in enum order. The enum is the source; this test keeps the copy in step.
 */
class SubmissionColumnSchemaFileTest {
  static String render() {
    StringBuilder text = new StringBuilder("field,header,aliases,type,required_header\n");
    for (SubmissionColumn column : SubmissionColumn.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(column.field());
      cells.add(column.header());
      cells.add(String.join("|", column.aliases()));
      cells.add(column.type().name());
      cells.add(String.valueOf(column.requiredHeader()));
      text.append(SubmissionFixtures.csvLine(cells)).append('\n');
    }
    return text.toString();
  }

  @Test
  void schemaFileMatchesTheEnum() throws IOException {
    LakeSchemaFileTest.assertSchemaFileMatches(
        "submission-columns.csv", "enum", "fugong.ingest.SubmissionColumn", render());
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
