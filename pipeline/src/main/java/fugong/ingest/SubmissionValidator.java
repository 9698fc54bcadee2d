package fugong.ingest;

import fugong.domain.PersonalDataMask;
import fugong.domain.ReasonCode;
import fugong.domain.TextNormalizer;
import fugong.domain.UsccRules;
import fugong.reference.ReferenceData;
import fugong.sheet.CsvSheetReader;
import fugong.sheet.Problem;
import fugong.sheet.Sheet;
import fugong.sheet.SheetLimits;
import fugong.sheet.SheetRejectedException;
import fugong.sheet.SheetRow;
import fugong.sheet.XlsxSheetReader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns one submission file into its {@link FileOutcome}: reads it (CSV in any of the accepted
 * encodings, or XLSX), locates the header, applies the row rules, and settles duplicates — rows
 * identical in every trimmed cell count once; differing rows for one enterprise are all quarantined
 * as CONFLICTING_DUPLICATE. Plain Java: the same code serves {@code fugong validate} on a laptop
 * and the ingest job on Spark executors.
 */
public final class SubmissionValidator implements Serializable {
  private static final long serialVersionUID = 1L;
  private final ReferenceData reference;
  private final InboxLimits limits;

  public SubmissionValidator(ReferenceData reference) {
    this(reference, InboxLimits.DEFAULTS);
  }

  /** A validator reading files under the given caps (rows, columns, line and workbook sizes). */
  public SubmissionValidator(ReferenceData reference, InboxLimits limits) {
    this.reference = java.util.Objects.requireNonNull(reference, "reference is null");
    this.limits = java.util.Objects.requireNonNull(limits, "limits is null");
  }

  public InboxLimits limits() {
    return limits;
  }

  /**
   * A file that was not read at all (not a regular file, too large, an I/O error): rejected whole.
   */
  public FileOutcome refused(String fileName, FileRejection reason, String message) {
    return rejected(
        fileName, SubmissionFileName.parse(fileName).orElse(null), reason, message, null);
  }

  public FileOutcome validate(String fileName, byte[] content) {
    SubmissionFileName name = SubmissionFileName.parse(fileName).orElse(null);
    if (name == null) {
      return rejected(
          fileName,
          null,
          FileRejection.BAD_FILE_NAME,
          fileName
              + ": the name must be {county_code}_{yyyyMMdd}.csv|xlsx, or _v{n} (n ≥ 2) for a"
              + " correction, e.g. 131102_20200301.csv",
          null);
    }
    if (reference.county(name.countyCode()).isEmpty()) {
      return rejected(
          fileName,
          name,
          FileRejection.UNKNOWN_COUNTY,
          fileName + ": county code " + name.countyCode() + " is not one of counties.csv",
          null);
    }
    Sheet sheet;
    try {
      SheetLimits sheetLimits = limits.sheetLimits();
      sheet =
          name.isWorkbook()
              ? XlsxSheetReader.read(fileName, content, sheetLimits)
              : CsvSheetReader.read(fileName, content, sheetLimits);
    } catch (SheetRejectedException rejection) {
      return rejected(
          fileName, name, FileRejection.of(rejection.reason()), rejection.getMessage(), null);
    }
    List<SheetRow> rows = sheet.rows();
    String encoding = sheet.encoding();
    HeaderLayout layout;
    try {
      layout = HeaderLayout.locate(fileName, rows);
    } catch (FileRejectedException rejection) {
      return rejected(fileName, name, rejection.reason(), rejection.getMessage(), encoding);
    }
    return validateRows(fileName, name, encoding, layout, rows, !name.isWorkbook());
  }

  private FileOutcome validateRows(
      String fileName,
      SubmissionFileName name,
      String encoding,
      HeaderLayout layout,
      List<SheetRow> rows,
      boolean delimitedText) {
    RowValidator rowValidator = new RowValidator(fileName, name, layout, reference);
    List<RawRow> rawRows = new ArrayList<>();
    List<SheetRow> dataRows = new ArrayList<>();
    List<QuarantinedRow> misaligned = new ArrayList<>();
    for (SheetRow row : rows.subList(layout.headerIndex() + 1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String reporter = layout.personalCells(row, SubmissionColumn.REPORTER);
      String phone = layout.personalCells(row, SubmissionColumn.PHONE);
      java.util.Optional<String> mismatch = layout.widthMismatch(row, delimitedText);
      if (mismatch.isPresent()) {
        // its cells may have shifted (a name in the phone column, a phone number in 备注): none is
        // trusted, so none reaches an open table; the restricted area keeps the row as read
        rawRows.add(new RawRow(row.physicalRow(), Map.of(), reporter, phone, layout.allCells(row)));
        ReasonCode code = ReasonCode.ROW_WIDTH_MISMATCH;
        Problem problem =
            new Problem(
                fileName,
                row.physicalRow(),
                "",
                code.name(),
                "",
                code.chineseExplanation()
                    + " / "
                    + code.englishExplanation()
                    + " ("
                    + mismatch.get()
                    + ")",
                false);
        misaligned.add(
            new QuarantinedRow(
                name.reportDate(),
                name.countyCode(),
                "",
                fileName,
                row.physicalRow(),
                List.of(code.name()),
                List.of(problem),
                Map.of()));
        continue;
      }
      dataRows.add(row);
      rawRows.add(
          new RawRow(
              row.physicalRow(), layout.cellsWithoutPersonalData(row), reporter, phone, null));
    }

    DistinctRows distinct =
        DistinctRows.of(
            dataRows,
            SubmissionValidator::signature,
            row -> layout.cell(row, SubmissionColumn.USCC));
    List<SheetRow> distinctRows = distinct.rows();
    int collapsed = distinct.collapsed();

    List<Submission> accepted = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>(misaligned);
    List<Problem> warnings = new ArrayList<>();
    for (SheetRow row : distinctRows) {
      RowVerdict verdict = rowValidator.validate(row);
      warnings.addAll(verdict.warnings());
      String uscc = UsccRules.normalize(layout.cell(row, SubmissionColumn.USCC));
      List<Problem> problems = new ArrayList<>(verdict.problems());
      List<Integer> sameEnterprise = distinct.rowsOf(uscc);
      if (sameEnterprise.size() > 1) {
        String others =
            sameEnterprise.stream()
                .filter(other -> other != row.physicalRow())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        ReasonCode code = ReasonCode.CONFLICTING_DUPLICATE;
        problems.add(
            new Problem(
                fileName,
                row.physicalRow(),
                layout.headerAsWritten(SubmissionColumn.USCC),
                code.name(),
                layout.cell(row, SubmissionColumn.USCC),
                code.chineseExplanation()
                    + " / "
                    + code.englishExplanation()
                    + " (also row "
                    + others
                    + ")",
                false));
      }
      if (problems.isEmpty()) {
        accepted.add(verdict.submission());
      } else {
        List<String> reasons = problems.stream().map(Problem::code).distinct().toList();
        quarantined.add(
            new QuarantinedRow(
                name.reportDate(),
                name.countyCode(),
                PersonalDataMask.mask(uscc),
                fileName,
                row.physicalRow(),
                reasons,
                List.copyOf(problems),
                layout.cellsWithoutPersonalData(row)));
      }
    }
    quarantined.sort(java.util.Comparator.comparingInt(QuarantinedRow::sourceRow));
    return new FileOutcome(
        fileName,
        name,
        FileStatus.READ,
        null,
        null,
        encoding,
        rawRows,
        accepted,
        quarantined,
        warnings,
        collapsed);
  }

  /**
   * All cells trimmed, trailing empty cells dropped: two rows are identical when these are equal.
   */
  private static List<String> signature(SheetRow row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row.cells()) {
      cells.add(TextNormalizer.trim(cell));
    }
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isEmpty()) {
      end--;
    }
    return List.copyOf(cells.subList(0, end));
  }

  private static FileOutcome rejected(
      String fileName,
      SubmissionFileName name,
      FileRejection reason,
      String message,
      String encoding) {
    return new FileOutcome(
        fileName,
        name,
        FileStatus.REJECTED,
        reason,
        message,
        encoding,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0);
  }

  /** The reason codes of a file's quarantined rows with their counts, most frequent first. */
  public static Map<String, Long> reasonCounts(FileOutcome outcome) {
    Map<String, Long> counts = new LinkedHashMap<>();
    outcome
        .quarantined()
        .forEach(row -> row.reasons().forEach(code -> counts.merge(code, 1L, Long::sum)));
    return counts;
  }
}
