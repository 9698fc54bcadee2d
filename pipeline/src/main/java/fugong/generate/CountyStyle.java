package fugong.generate;

import fugong.domain.County;
import fugong.ingest.SubmissionColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How one county's clerk fills the daily file: format and encoding, header spelling (short names or
 * item codes, half- or full-width), column order, an unknown extra column, the 县市区 cell, yes/no and
 * date spellings, and (XLSX) real Excel dates or text dates. Rotated over the 13 counties by their
 * position in {@link fugong.domain.CountyDirectory#HENGSHUI}, so every variant of DOMAIN.md §3
 * occurs; the same county always gets the same style.
 */
record CountyStyle(
    FileFormat format,
    boolean checklistHeadersAsCodes,
    boolean fullWidthHeaders,
    boolean shuffledColumns,
    boolean extraColumn,
    CountyCellSpelling countyCell,
    YesNoSpelling yesNo,
    boolean resumedAsWords,
    DateSpelling dateSpelling,
    boolean excelDates,
    List<ColumnSlot> columns) {

  /** The header of the unknown column some counties add. */
  static final String EXTRA_COLUMN_HEADER = "备注";

  static CountyStyle forCounty(int countyIndex, long seed) {
    FileFormat format = FileFormat.values()[countyIndex % FileFormat.values().length];
    boolean codes = countyIndex % 3 == 2;
    boolean fullWidth = countyIndex % 3 == 1;
    boolean shuffled = countyIndex % 4 == 2;
    boolean extra = countyIndex % 3 == 0;
    CountyCellSpelling countyCell =
        CountyCellSpelling.values()[(countyIndex + 1) % CountyCellSpelling.values().length];
    YesNoSpelling yesNo =
        YesNoSpelling.values()[(countyIndex + countyIndex / 5) % YesNoSpelling.values().length];
    boolean resumedAsWords = countyIndex % 4 == 1;
    DateSpelling dateSpelling = DateSpelling.values()[countyIndex % DateSpelling.values().length];
    boolean excelDates = format.isWorkbook() && countyIndex % 2 == 0;
    List<ColumnSlot> columns = new ArrayList<>();
    for (SubmissionColumn column : SubmissionColumn.values()) {
      columns.add(new ColumnSlot(column, header(column, codes, fullWidth)));
    }
    if (extra) {
      columns.add(new ColumnSlot(null, EXTRA_COLUMN_HEADER));
    }
    if (shuffled) {
      Collections.shuffle(
          columns, new Random(Seeds.random(seed, "column-order", countyIndex).nextLong()));
    }
    return new CountyStyle(
        format,
        codes,
        fullWidth,
        shuffled,
        extra,
        countyCell,
        yesNo,
        resumedAsWords,
        dateSpelling,
        excelDates,
        List.copyOf(columns));
  }

  /**
   * The same clerk writing plain UTF-8 CSV ({@link OutputFormat#CSV}): no title row, dates as text
   * in the county's date spelling, every other spelling and the column order kept.
   */
  CountyStyle asPlainCsv() {
    return new CountyStyle(
        FileFormat.CSV_UTF8,
        checklistHeadersAsCodes,
        fullWidthHeaders,
        shuffledColumns,
        extraColumn,
        countyCell,
        yesNo,
        resumedAsWords,
        dateSpelling,
        false,
        columns);
  }

  private static String header(SubmissionColumn column, boolean codes, boolean fullWidth) {
    if (codes && column.checklistItem().isPresent()) {
      return column.field();
    }
    String header = column.header();
    return fullWidth ? header.replace('(', '（').replace(')', '）') : header;
  }

  String spellResumed(boolean resumed) {
    return resumedAsWords ? (resumed ? "已复工" : "未复工") : yesNo.spell(resumed);
  }

  String spellCounty(County county) {
    return countyCell.spell(county);
  }

  /** The title row above the header in XLSX_WITH_TITLE files, e.g. 桃城区工业企业复工复产日报表（2020年2月26日）. */
  String title(County county, java.time.LocalDate reportDate) {
    return county.name() + "工业企业复工复产日报表（" + DateSpelling.CHINESE.format(reportDate) + "）";
  }

  /** A one-line description for the sample's README. */
  String describe() {
    return format
        + ", headers "
        + (checklistHeadersAsCodes ? "with item codes" : "with short names")
        + (fullWidthHeaders ? " (full-width brackets)" : "")
        + (shuffledColumns ? ", shuffled columns" : "")
        + (extraColumn ? ", extra column " + EXTRA_COLUMN_HEADER : "")
        + ", county cell "
        + countyCell
        + ", yes/no "
        + yesNo.spell(true)
        + "/"
        + yesNo.spell(false)
        + (resumedAsWords ? " (是否复工 as 已复工/未复工)" : "")
        + ", dates "
        + dateSpelling.format(java.time.LocalDate.of(2020, 3, 1))
        + (format.isWorkbook() ? (excelDates ? " (Excel date cells)" : " (text cells)") : "");
  }
}
