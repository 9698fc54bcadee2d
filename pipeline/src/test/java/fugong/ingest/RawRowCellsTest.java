package fugong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.sheet.CsvSheetReader;
import fugong.sheet.Sheet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The open cells of a raw row, by header as written: personal columns left out, the first of two
 * columns with one name kept, a column without a header named 列N, numbers masked, cells right of
 * the header kept when not empty; in header order, equal to the same cells in a hash map.
 */
class RawRowCellsTest {
  private static final String HEADER = "统一社会信用代码,是否复工,填报人,联系电话,备注,,备注";

  /** The other columns a header must have, after the test's own, with empty cells in the rows. */
  private static final List<String> OTHERS =
      java.util.Arrays.stream(SubmissionColumn.values())
          .map(SubmissionColumn::header)
          .filter(header -> !HEADER.contains(header))
          .toList();

  private static Sheet sheet(String... rows) throws Exception {
    StringBuilder text = new StringBuilder(HEADER + "," + String.join(",", OTHERS) + "\n");
    for (String row : rows) {
      String[] parts = row.split("\\|", -1);
      text.append(parts[0]).append(",".repeat(OTHERS.size()));
      if (parts.length > 1) {
        text.append(',').append(parts[1]);
      }
      text.append('\n');
    }
    return CsvSheetReader.read(
        "131102_20200301.csv", text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theCellsOfARowAreTheOpenColumnsInHeaderOrder() throws Exception {
    Sheet sheet =
        sheet(
            "91131102MA0A000015, 是 ,张三,13912345678,联系13912345678,无名,第二备注",
            "91131102MA0A000028,否,,,,,",
            "91131102MA0A000028,否,,,,,|右侧多出");
    HeaderLayout layout = HeaderLayout.locate("131102_20200301.csv", sheet.rows());
    List<Map<String, String>> cells = new ArrayList<>();
    for (var row : sheet.rows().subList(1, sheet.rows().size())) {
      cells.add(layout.cellsWithoutPersonalData(row));
    }

    Map<String, String> first = new LinkedHashMap<>();
    first.put("统一社会信用代码", "91131102MA0A000015");
    first.put("是否复工", "是");
    first.put("备注", cells.get(0).get("备注"));
    first.put("列6", "无名");
    OTHERS.forEach(header -> first.put(header, ""));
    assertThat(cells.get(0)).isEqualTo(first);
    assertThat(first).isEqualTo(cells.get(0));
    assertThat(List.copyOf(cells.get(0).keySet()).subList(0, 4))
        .as("in header order, personal columns and the second 备注 left out")
        .containsExactly("统一社会信用代码", "是否复工", "备注", "列6");
    assertThat(cells.get(0).get("备注")).as("a phone number is masked").doesNotContain("13912345678");
    assertThat(cells.get(0)).doesNotContainKeys("填报人", "联系电话");

    assertThat(List.copyOf(cells.get(1).keySet()).subList(0, 4))
        .containsExactly("统一社会信用代码", "是否复工", "备注", "列6");
    assertThat(cells.get(1)).hasSize(4 + OTHERS.size()).containsEntry("备注", "");
    assertThat(cells.get(1).hashCode()).isEqualTo(new LinkedHashMap<>(cells.get(1)).hashCode());
    assertThat(cells.get(2))
        .as("a cell right of the header")
        .containsEntry("列" + (8 + OTHERS.size()), "右侧多出");
  }
}
