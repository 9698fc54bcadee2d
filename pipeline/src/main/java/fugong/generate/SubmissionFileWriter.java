package fugong.generate;

import fugong.ingest.SubmissionColumn;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the file of one county-day into the inbox in its county's format — or CSV text named
 * {@code .xlsx} when the county-day is the unreadable one — and, for the corrected county-day, the
 * correction {@code _v2.csv}: the day's rows without injected errors or duplicates, with a few
 * staff and output figures revised. Independent of every other county-day, so files can be written
 * in parallel.
 */
final class SubmissionFileWriter {
  private final GeneratorConfig config;
  private final Path inbox;

  SubmissionFileWriter(GeneratorConfig config, Path inbox) {
    this.config = config;
    this.inbox = inbox;
  }

  /**
   * What to write for a county-day.
   *
   * @param rows the rows with injected errors and duplicates, as the file carries them
   * @param cleanRows the rows before injection, which the correction revises; null unless the
   *     county-day is corrected
   */
  record DayRows(CountyDay day, List<SubmissionRow> rows, List<SubmissionRow> cleanRows) {}

  /** Writes the county-day's file(s); nothing for the missing county-day. */
  void write(DayRows dayRows) {
    CountyDay day = dayRows.day();
    try {
      switch (day.scenario()) {
        case MISSING -> {}
        case UNREADABLE ->
            write(
                day.fileName(),
                SubmissionTable.of(null, day.style(), dayRows.rows()),
                FileFormat.CSV_UTF8,
                day);
        case CORRECTED -> {
          writeSubmission(day, dayRows.rows());
          SubmissionTable correction =
              SubmissionTable.of(null, day.style(), correctedRows(dayRows.cleanRows(), day));
          write(day.correctionFileName(), correction, FileFormat.CSV_UTF8, day);
        }
        case NONE -> writeSubmission(day, dayRows.rows());
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "cannot write " + day.fileName() + " to " + inbox + ": " + failure.getMessage(), failure);
    }
  }

  private void writeSubmission(CountyDay day, List<SubmissionRow> rows) throws IOException {
    CountyStyle style = day.style();
    String title =
        style.format() == FileFormat.XLSX_WITH_TITLE
            ? style.title(day.county(), day.reportDate())
            : null;
    write(day.fileName(), SubmissionTable.of(title, style, rows), style.format(), day);
  }

  private void write(String fileName, SubmissionTable table, FileFormat format, CountyDay day)
      throws IOException {
    try (OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(inbox.resolve(fileName)), 1 << 16)) {
      if (format.isWorkbook()) {
        XlsxSubmissionWriter.write(table, day.style().excelDates(), day.reportDate(), out);
      } else {
        CsvSubmissionWriter.write(table, format, out);
      }
    }
  }

  /**
   * The day's rows without injected errors or duplicates, with a few staff and output figures
   * revised.
   */
  private List<SubmissionRow> correctedRows(List<SubmissionRow> cleanRows, CountyDay day) {
    SplittableRandom random =
        Seeds.random(config.seed(), "correction", day.countyIndex(), day.dayIndex());
    List<SubmissionRow> rows = new ArrayList<>();
    int revised = 0;
    for (SubmissionRow clean : cleanRows) {
      SubmissionRow row = clean.copy();
      if (row.resumed() && revised < 3 && random.nextDouble() < 0.2) {
        long staff = row.get(SubmissionColumn.EMPLOYEES_ON_DUTY).number().longValue();
        BigDecimal output = row.get(SubmissionColumn.OUTPUT_VALUE).number();
        row.set(
            SubmissionColumn.EMPLOYEES_ON_DUTY,
            GeneratedCell.number(staff + 1 + random.nextInt(5)));
        row.set(
            SubmissionColumn.OUTPUT_VALUE,
            GeneratedCell.number(
                output
                    .multiply(BigDecimal.valueOf(1.05 + 0.15 * random.nextDouble()))
                    .setScale(2, RoundingMode.HALF_UP)));
        revised++;
      }
      rows.add(row);
    }
    return rows;
  }
}
