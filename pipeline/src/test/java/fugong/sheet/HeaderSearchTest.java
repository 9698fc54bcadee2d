package fugong.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderSearchTest {
  /** The columns of a small made-up sheet: code and name required, note optional. */
  enum Column implements SheetColumn {
    CODE("代码", "code"),
    NAME("名称", "name"),
    NOTE("备注", "note");

    private static final ColumnNames<Column> NAMES = ColumnNames.of(Column.class);
    private final String header;
    private final String alias;

    Column(String header, String alias) {
      this.header = header;
      this.alias = alias;
    }

    @Override
    public String header() {
      return header;
    }

    @Override
    public List<String> names() {
      return List.of(header, alias);
    }

    static Optional<Column> byHeader(String cell) {
      return NAMES.find(cell);
    }
  }

  /**
   * Two columns that both answer to 名称: a mistake in the declaration, caught when the names are
   * built.
   */
  enum Clashing implements SheetColumn {
    FIRST,
    SECOND;

    @Override
    public String header() {
      return name();
    }

    @Override
    public List<String> names() {
      return List.of(name(), "名称");
    }
  }

  private static List<SheetRow> rows(String... lines) {
    List<SheetRow> rows = new ArrayList<>();
    for (int index = 0; index < lines.length; index++) {
      rows.add(
          new SheetRow(
              index + 1,
              lines[index].isEmpty() ? List.of() : List.of(lines[index].split(",", -1))));
    }
    return rows;
  }

  private static Optional<HeaderRow<Column>> locate(List<SheetRow> rows, int first) {
    return HeaderSearch.locate(
        rows,
        first,
        Column.class,
        Column::byHeader,
        header -> header.has(Column.CODE) && header.has(Column.NAME));
  }

  @Test
  void namesMatchAfterNormalisationWhateverTheCaseWidthAndSpaces() {
    assertThat(Column.byHeader(" 代 码 ")).contains(Column.CODE);
    assertThat(Column.byHeader("ＣＯＤＥ")).contains(Column.CODE);
    assertThat(Column.byHeader("Name")).contains(Column.NAME);
    assertThat(Column.byHeader("代码表")).isEmpty();
    assertThat(ColumnNames.key(" Ｎａｍｅ (万元) ")).isEqualTo("name(万元)");
  }

  @Test
  void aNameGivenToTwoColumnsIsRefusedWhenTheNamesAreBuilt() {
    assertThatThrownBy(() -> ColumnNames.of(Clashing.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("header 名称 names both FIRST and SECOND");
  }

  @Test
  void titleRowsAboveTheHeaderAreSkippedAndCellsReadByColumn() {
    List<SheetRow> rows = rows("衡水市企业名单", "", "序号,name,代码,备注", "1,甲厂,131102,", "2,乙厂,131103,新");

    HeaderRow<Column> header = locate(rows, 0).orElseThrow();

    assertThat(header.index()).isEqualTo(2);
    assertThat(header.row().physicalRow()).isEqualTo(3);
    assertThat(header.position(Column.CODE)).contains(2);
    assertThat(header.position(Column.NAME)).contains(1);
    assertThat(header.cell(rows.get(4), Column.NAME)).isEqualTo("乙厂");
    assertThat(header.cell(rows.get(4), Column.NOTE)).isEqualTo("新");
    assertThat(header.missing(List.of(Column.CODE, Column.NOTE))).isEmpty();
  }

  @Test
  void theHeaderMaySitBelowFiveTitleRowsButNotSix() {
    List<SheetRow> five = rows("t1", "t2", "t3", "t4", "t5", "代码,名称");
    List<SheetRow> six = rows("t1", "t2", "t3", "t4", "t5", "t6", "代码,名称");

    assertThat(HeaderSearch.MAX_TITLE_ROWS).isEqualTo(5);
    assertThat(locate(five, 0)).map(HeaderRow::index).contains(5);
    assertThat(locate(six, 0)).isEmpty();
    assertThat(HeaderSearch.searchEnd(six, 0)).isEqualTo(6);
    // searched from its first non-blank row, a sheet may start with blank lines as well
    assertThat(locate(six, 1)).map(HeaderRow::index).contains(6);
    assertThat(HeaderSearch.searchEnd(rows("代码,名称"), 0)).isEqualTo(1);
  }

  @Test
  void theFirstCellNamingAColumnHoldsItAndLaterOnesAreRepeats() {
    List<SheetRow> rows = rows("code,名称,代码,name,备注");

    HeaderRow<Column> header = HeaderSearch.read(rows, 0, Column.class, Column::byHeader);

    assertThat(header.position(Column.CODE)).contains(0);
    assertThat(header.position(Column.NAME)).contains(1);
    assertThat(header.repeated()).containsExactly(Column.CODE, Column.NAME);
  }

  @Test
  void aHeaderLackingAColumnSaysWhichAndBlankRowsAreSkippedToFindTheFirstRow() {
    List<SheetRow> rows = rows("", "", "名称,备注", "甲厂,");

    assertThat(HeaderSearch.firstNonBlank(rows)).isEqualTo(2);
    assertThat(HeaderSearch.firstNonBlank(rows("", ""))).isEqualTo(2);
    HeaderRow<Column> header = HeaderSearch.read(rows, 2, Column.class, Column::byHeader);
    assertThat(header.missing(List.of(Column.CODE, Column.NAME))).containsExactly(Column.CODE);
    assertThat(header.cell(rows.get(3), Column.CODE)).isEmpty();
  }
}
