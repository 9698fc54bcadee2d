package fugong.power;

import fugong.domain.DateRules;
import fugong.domain.NumberRules;
import fugong.domain.PersonalDataMask;
import fugong.domain.ReasonCode;
import fugong.domain.TextNormalizer;
import fugong.domain.UsccRules;
import fugong.ingest.DistinctRows;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.ingest.SubmissionFileName;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceData;
import fugong.sheet.CsvSheetReader;
import fugong.sheet.HeaderRow;
import fugong.sheet.HeaderSearch;
import fugong.sheet.Problem;
import fugong.sheet.Sheet;
import fugong.sheet.SheetLimits;
import fugong.sheet.SheetRejectedException;
import fugong.sheet.SheetRow;
import fugong.sheet.XlsxSheetReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one meter file {@code {county_code}_{yyyyMMdd}[_v{n}].csv} (DOMAIN.md §3.2) with the same
 * strict reading as submissions: the name gives the county and date; the sheet is decoded (UTF-8
 * with or without BOM, GBK/GB18030) or read as a workbook; the header may sit under title rows and
 * use aliases. Each data row is accepted or quarantined with every reason that applies — a bad
 * credit code, an enterprise not in the registry or of another county, a missing or unreal date or
 * one other than the file's, a missing, non-numeric or negative amount, the same enterprise on
 * several different rows — and identical copies of a row collapse into one.
 *
 * <p>Only the three columns of {@link PowerColumn} are kept, for accepted and quarantined rows
 * alike; any other column of the file (a meter reader's name or telephone) is never stored.
 */
public final class PowerFileValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ReferenceData reference;
  private final SheetLimits limits;

  public PowerFileValidator(ReferenceData reference, SheetLimits limits) {
    this.reference = reference;
    this.limits = limits;
  }

  /**
   * A file that was not read at all (not a regular file, too large, an I/O error): rejected whole.
   */
  public PowerFileOutcome refused(String fileName, FileRejection reason, String message) {
    return PowerFileOutcome.rejected(
        fileName, SubmissionFileName.parse(fileName).orElse(null), reason, message, null);
  }

  public PowerFileOutcome validate(String fileName, byte[] content) {
    SubmissionFileName name = SubmissionFileName.parse(fileName).orElse(null);
    if (name == null) {
      return PowerFileOutcome.rejected(
          fileName,
          null,
          FileRejection.BAD_FILE_NAME,
          fileName
              + ": a meter file is named {county_code}_{yyyyMMdd}.csv, e.g. 131102_20200301.csv",
          null);
    }
    if (reference.county(name.countyCode()).isEmpty()) {
      return PowerFileOutcome.rejected(
          fileName,
          name,
          FileRejection.UNKNOWN_COUNTY,
          fileName + ": county code " + name.countyCode() + " is not one of counties.csv",
          null);
    }
    Sheet sheet;
    try {
      sheet =
          name.isWorkbook()
              ? XlsxSheetReader.read(fileName, content, limits)
              : CsvSheetReader.read(fileName, content, limits);
    } catch (SheetRejectedException rejection) {
      return PowerFileOutcome.rejected(
          fileName, name, FileRejection.of(rejection.reason()), rejection.getMessage(), null);
    }
    List<SheetRow> rows = sheet.rows();
    List<PowerColumn> required = Arrays.asList(PowerColumn.values());
    Optional<HeaderRow<PowerColumn>> found =
        HeaderSearch.locate(
            rows,
            HeaderSearch.firstNonBlank(rows),
            PowerColumn.class,
            PowerColumn::byHeader,
            header -> header.has(PowerColumn.USCC));
    if (found.isEmpty()) {
      return PowerFileOutcome.rejected(
          fileName,
          name,
          FileRejection.NO_HEADER,
          fileName
              + ": no header row naming 统一社会信用代码 among the first "
              + (HeaderSearch.MAX_TITLE_ROWS + 1)
              + " rows",
          sheet.encoding());
    }
    HeaderRow<PowerColumn> header = found.get();
    List<PowerColumn> missing = header.missing(required);
    if (!missing.isEmpty()) {
      return PowerFileOutcome.rejected(
          fileName,
          name,
          FileRejection.MISSING_COLUMNS,
          fileName
              + " row "
              + header.row().physicalRow()
              + ": the header lacks "
              + missing.stream().map(PowerColumn::header).collect(Collectors.joining("、")),
          sheet.encoding());
    }
    return readRows(
        fileName, name, sheet.encoding(), header, rows.subList(header.index() + 1, rows.size()));
  }

  private PowerFileOutcome readRows(
      String fileName,
      SubmissionFileName name,
      String encoding,
      HeaderRow<PowerColumn> header,
      List<SheetRow> rows) {
    List<SheetRow> dataRows = rows.stream().filter(row -> !row.isBlank()).toList();
    int rowsRead = dataRows.size();
    DistinctRows distinctRows =
        DistinctRows.of(
            dataRows,
            row -> cells(header, row).values().stream().toList(),
            row -> header.cell(row, PowerColumn.USCC));
    List<SheetRow> distinct = distinctRows.rows();
    int collapsed = distinctRows.collapsed();
    List<PowerReading> accepted = new ArrayList<>();
    List<QuarantinedRow> quarantined = new ArrayList<>();
    for (SheetRow row : distinct) {
      RowCheck check = new RowCheck(fileName, name, header, row);
      String uscc = check.uscc();
      LocalDate date = check.date();
      BigDecimal kilowattHours = check.kilowattHours();
      List<Integer> sameEnterprise = distinctRows.rowsOf(uscc);
      if (sameEnterprise.size() > 1) {
        String others =
            sameEnterprise.stream()
                .filter(other -> other != row.physicalRow())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        check.problem(
            PowerColumn.USCC, ReasonCode.CONFLICTING_DUPLICATE, " (also row " + others + ")");
      }
      if (check.problems.isEmpty()) {
        accepted.add(
            new PowerReading(
                date, name.countyCode(), uscc, kilowattHours, fileName, row.physicalRow()));
      } else {
        List<String> reasons = check.problems.stream().map(Problem::code).distinct().toList();
        quarantined.add(
            new QuarantinedRow(
                name.reportDate(),
                name.countyCode(),
                PersonalDataMask.mask(uscc),
                fileName,
                row.physicalRow(),
                reasons,
                List.copyOf(check.problems),
                cells(header, row)));
      }
    }
    return new PowerFileOutcome(
        fileName,
        name,
        FileStatus.READ,
        null,
        null,
        encoding,
        rowsRead,
        accepted,
        quarantined,
        collapsed);
  }

  /** The three known cells of a row by their standard headers; nothing else of the row. */
  private static Map<String, String> cells(HeaderRow<PowerColumn> header, SheetRow row) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (PowerColumn column : PowerColumn.values()) {
      cells.put(column.header(), PersonalDataMask.mask(header.cell(row, column)));
    }
    return cells;
  }

  /** The checks of one row, collecting its problems in column order. */
  private final class RowCheck {
    private final String fileName;
    private final SubmissionFileName name;
    private final HeaderRow<PowerColumn> header;
    private final SheetRow row;
    private final List<Problem> problems = new ArrayList<>();

    RowCheck(
        String fileName, SubmissionFileName name, HeaderRow<PowerColumn> header, SheetRow row) {
      this.fileName = fileName;
      this.name = name;
      this.header = header;
      this.row = row;
    }

    String uscc() {
      String cell = header.cell(row, PowerColumn.USCC);
      String uscc = UsccRules.normalize(cell);
      if (cell.isEmpty()) {
        problem(PowerColumn.USCC, ReasonCode.MISSING_REQUIRED, "");
      } else if (!UsccRules.isValid(uscc)) {
        problem(PowerColumn.USCC, ReasonCode.BAD_USCC_CHECKSUM, "");
      } else {
        Optional<Enterprise> enterprise = reference.enterprise(uscc);
        if (enterprise.isEmpty()) {
          problem(PowerColumn.USCC, ReasonCode.UNKNOWN_ENTERPRISE, "");
        } else if (!enterprise.get().countyCode().equals(name.countyCode())) {
          problem(
              PowerColumn.USCC,
              ReasonCode.COUNTY_MISMATCH,
              " (registered in " + enterprise.get().countyCode() + ")");
        }
      }
      return uscc;
    }

    LocalDate date() {
      String cell = header.cell(row, PowerColumn.DATE);
      if (cell.isEmpty()) {
        problem(PowerColumn.DATE, ReasonCode.MISSING_REQUIRED, "");
        return null;
      }
      Optional<LocalDate> date = DateRules.parse(cell);
      if (date.isEmpty()) {
        problem(PowerColumn.DATE, ReasonCode.BAD_DATE, "");
        return null;
      }
      if (!date.get().equals(name.reportDate())) {
        problem(
            PowerColumn.DATE,
            ReasonCode.DATE_MISMATCH,
            " (the file is of " + name.reportDate() + ")");
      }
      return date.get();
    }

    BigDecimal kilowattHours() {
      String cell = header.cell(row, PowerColumn.KILOWATT_HOURS);
      if (cell.isEmpty()) {
        problem(PowerColumn.KILOWATT_HOURS, ReasonCode.MISSING_REQUIRED, "");
        return null;
      }
      Optional<BigDecimal> amount = NumberRules.parseDecimal(cell);
      if (amount.isEmpty()) {
        problem(PowerColumn.KILOWATT_HOURS, ReasonCode.BAD_NUMBER, "");
        return null;
      }
      if (amount.get().signum() < 0) {
        problem(PowerColumn.KILOWATT_HOURS, ReasonCode.NEGATIVE_VALUE, "");
      }
      Optional<String> beyondPrecision = PowerRules.kilowattHoursBeyondPrecision(amount.get());
      if (beyondPrecision.isPresent()) {
        problem(
            PowerColumn.KILOWATT_HOURS, ReasonCode.BAD_NUMBER, " (" + beyondPrecision.get() + ")");
        return null;
      }
      return amount.get();
    }

    void problem(PowerColumn column, ReasonCode code, String detail) {
      problems.add(
          new Problem(
              fileName,
              row.physicalRow(),
              header.headerAsWritten(column),
              code.name(),
              TextNormalizer.trim(header.cell(row, column)),
              code.chineseExplanation() + " / " + code.englishExplanation() + detail,
              false));
    }
  }
}
