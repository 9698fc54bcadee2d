package fugong.reference;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.domain.DateRules;
import fugong.domain.IndustryRules;
import fugong.domain.NumberRules;
import fugong.domain.TextNormalizer;
import fugong.domain.UsccRules;
import fugong.domain.YesNoRules;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.power.PowerRules;
import fugong.sheet.CsvSheetReader;
import fugong.sheet.DecodedText;
import fugong.sheet.HeaderRow;
import fugong.sheet.HeaderSearch;
import fugong.sheet.Problem;
import fugong.sheet.SheetLimits;
import fugong.sheet.SheetRejectedException;
import fugong.sheet.SheetRow;
import fugong.sheet.TextDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads {@code counties.csv}, {@code assignments.csv} and {@code enterprises.csv} from a reference
 * folder (DOMAIN.md §2). Every bad row is reported at once as a {@link Problem} naming file, row,
 * column, cell and reason code; reference data with any problem is refused whole, since every
 * figure depends on it.
 */
public final class ReferenceLoader {
  public static final String COUNTIES_FILE = "counties.csv";
  public static final String ASSIGNMENTS_FILE = "assignments.csv";
  public static final String ENTERPRISES_FILE = "enterprises.csv";

  /** The optional meter baselines (DOMAIN.md §3.2). */
  public static final String POWER_BASELINE_FILE = "power_baseline.csv";

  private static final int MAX_LISTED_PROBLEMS = 30;

  private ReferenceLoader() {}

  public static ReferenceData load(Path folder) {
    List<Problem> problems = new ArrayList<>();
    CountyDirectory counties = loadCounties(folder.resolve(COUNTIES_FILE), problems);
    List<Assignment> assignments =
        loadAssignments(folder.resolve(ASSIGNMENTS_FILE), counties, problems);
    List<Enterprise> enterprises =
        loadEnterprises(folder.resolve(ENTERPRISES_FILE), counties, problems);
    refuseIfAny(folder, problems);
    return new ReferenceData(counties, assignments, enterprises);
  }

  /**
   * The meter baselines of {@code power_baseline.csv}: kWh per day by credit code, or empty when
   * the folder has no such file (a run without meter data). A baseline of 0 is kept (the enterprise
   * then has no usable baseline); a bad code, an enterprise not in the registry, a code written
   * twice or an amount that is not a number ≥ 0 refuses the file, like every reference problem.
   */
  public static Optional<Map<String, BigDecimal>> loadPowerBaselines(
      Path folder, ReferenceData reference) {
    return loadPowerBaselineRows(folder, reference)
        .map(
            rows -> {
              Map<String, BigDecimal> baselines = new LinkedHashMap<>();
              rows.forEach(row -> baselines.put(row.uscc(), row.kilowattHours()));
              return baselines;
            });
  }

  /**
   * The rows of {@code power_baseline.csv} in file order, each with its enterprise's county and its
   * physical row, or empty when the folder has no such file; refused as {@link #loadPowerBaselines}
   * says. An amount that the lake's decimal(24,6) cannot hold exactly (more than 6 decimal places)
   * refuses the file too: it is never rounded.
   */
  public static Optional<List<PowerBaseline>> loadPowerBaselineRows(
      Path folder, ReferenceData reference) {
    Path file = folder.resolve(POWER_BASELINE_FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Table<PowerBaselineColumn> table =
        read(file, PowerBaselineColumn.class, PowerBaselineColumn::byHeader);
    List<Problem> problems = new ArrayList<>();
    List<PowerBaseline> baselines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String usccCell = table.cell(row, PowerBaselineColumn.USCC);
      String uscc = UsccRules.normalize(usccCell);
      int before = problems.size();
      if (!UsccRules.isValid(uscc)) {
        problems.add(
            table.problem(
                row,
                PowerBaselineColumn.USCC,
                ReferenceProblemCode.BAD_USCC_CHECKSUM,
                "'" + usccCell + "' is not a valid code (GB 32100-2015 check digit)"));
      } else if (reference.enterprise(uscc).isEmpty()) {
        problems.add(
            table.problem(
                row,
                PowerBaselineColumn.USCC,
                ReferenceProblemCode.UNKNOWN_ENTERPRISE,
                "'" + uscc + "' is not an enterprise of " + ENTERPRISES_FILE));
      } else if (!seen.add(uscc)) {
        problems.add(
            table.problem(
                row,
                PowerBaselineColumn.USCC,
                ReferenceProblemCode.DUPLICATE_KEY,
                "'" + uscc + "' appears twice"));
      }
      String amountCell = table.cell(row, PowerBaselineColumn.BASELINE);
      Optional<BigDecimal> amount = NumberRules.parseDecimal(amountCell);
      if (amount.isEmpty() || amount.get().signum() < 0) {
        problems.add(
            table.problem(
                row,
                PowerBaselineColumn.BASELINE,
                ReferenceProblemCode.BAD_NUMBER,
                "'" + amountCell + "' is not a number ≥ 0"));
      } else {
        Optional<String> beyondPrecision = PowerRules.kilowattHoursBeyondPrecision(amount.get());
        if (beyondPrecision.isPresent()) {
          problems.add(
              table.problem(
                  row,
                  PowerBaselineColumn.BASELINE,
                  ReferenceProblemCode.BAD_NUMBER,
                  "'" + amountCell + "' has " + beyondPrecision.get()));
        }
      }
      if (problems.size() == before) {
        baselines.add(
            new PowerBaseline(
                uscc,
                reference.enterprise(uscc).get().countyCode(),
                amount.get(),
                row.physicalRow()));
      }
    }
    refuseIfAny(folder, problems);
    return Optional.of(baselines);
  }

  /** Refuses the reference folder, listing its first problems, when there are any. */
  private static void refuseIfAny(Path folder, List<Problem> problems) {
    if (!problems.isEmpty()) {
      List<String> shown =
          problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)).stream()
              .map(ReferenceLoader::describe)
              .toList();
      String more =
          problems.size() > shown.size()
              ? "\n  … and " + (problems.size() - shown.size()) + " more"
              : "";
      throw new FugongException(
          ErrorCode.REFERENCE_INVALID,
          "reference data in "
              + folder
              + " has "
              + problems.size()
              + " problem(s); nothing was run:\n  "
              + String.join("\n  ", shown)
              + more);
    }
  }

  /**
   * A problem as a line of the refusal: {@code file row N column C: what is wrong with the cell}.
   */
  static String describe(Problem problem) {
    return problem.file()
        + (problem.row() > 0 ? " row " + problem.row() : "")
        + (problem.column().isEmpty() ? "" : " column " + problem.column())
        + ": "
        + problem.explanation();
  }

  /** A reference table: its header row and the data rows below it. */
  private record Table<C extends Enum<C> & ReferenceColumn>(
      String fileName, HeaderRow<C> header, List<SheetRow> rows) {
    String cell(SheetRow row, C column) {
      return header.cell(row, column);
    }

    /** A problem with a column's cell of a row; the explanation says what is wrong. */
    Problem problem(SheetRow row, C column, ReferenceProblemCode code, String explanation) {
      return new Problem(
          fileName,
          row.physicalRow(),
          column.header(),
          code.name(),
          cell(row, column),
          explanation,
          false);
    }
  }

  private static <C extends Enum<C> & ReferenceColumn> Table<C> read(
      Path file, Class<C> type, Function<String, Optional<C>> byHeader) {
    if (!Files.isRegularFile(file)) {
      throw new FugongException(
          ErrorCode.REFERENCE_MISSING, "reference file " + file + " does not exist");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot read reference file " + file + ": " + failure.getMessage(),
          failure);
    }
    Optional<DecodedText> decoded = TextDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      throw new FugongException(
          ErrorCode.REFERENCE_INVALID, file + ": neither UTF-8 nor GBK/GB18030 text");
    }
    List<SheetRow> rows;
    try {
      rows = CsvSheetReader.parse(decoded.get().text(), SheetLimits.REFERENCE);
    } catch (SheetRejectedException malformed) {
      throw new FugongException(ErrorCode.REFERENCE_INVALID, file + ": " + malformed.getMessage());
    }
    int first = HeaderSearch.firstNonBlank(rows);
    if (first == rows.size()) {
      throw new FugongException(ErrorCode.REFERENCE_INVALID, file + ": the file has no header row");
    }
    List<C> required =
        Arrays.stream(type.getEnumConstants()).filter(ReferenceColumn::required).toList();
    // A title line above the header (as in the published annex) is skipped.
    HeaderRow<C> header =
        HeaderSearch.locate(rows, first, type, byHeader, found -> found.missing(required).isEmpty())
            .orElseGet(() -> HeaderSearch.read(rows, first, type, byHeader));
    List<C> missing = header.missing(required);
    if (!missing.isEmpty()) {
      throw new FugongException(
          ErrorCode.REFERENCE_INVALID,
          file
              + " row "
              + header.row().physicalRow()
              + ": the header lacks the column "
              + missing.get(0).header()
              + " (header found: "
              + String.join(",", header.row().cells())
              + ")");
    }
    return new Table<>(
        file.getFileName().toString(), header, rows.subList(header.index() + 1, rows.size()));
  }

  static CountyDirectory loadCounties(Path file, List<Problem> problems) {
    Table<CountyColumn> table = read(file, CountyColumn.class, CountyColumn::byHeader);
    List<County> counties = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String code = table.cell(row, CountyColumn.CODE);
      String name = table.cell(row, CountyColumn.NAME);
      if (!code.matches("\\d{6}")) {
        problems.add(
            table.problem(
                row,
                CountyColumn.CODE,
                ReferenceProblemCode.BAD_COUNTY_CODE,
                "'" + code + "' is not a 6-digit division code"));
        continue;
      }
      if (name.isEmpty()) {
        problems.add(
            table.problem(
                row, CountyColumn.NAME, ReferenceProblemCode.MISSING_NAME, "the name is empty"));
        continue;
      }
      if (!codes.add(code)) {
        problems.add(
            table.problem(
                row,
                CountyColumn.CODE,
                ReferenceProblemCode.DUPLICATE_KEY,
                "'" + code + "' appears twice"));
        continue;
      }
      counties.add(new County(code, name));
    }
    if (counties.isEmpty()) {
      problems.add(
          new Problem(
              table.fileName(),
              0,
              "",
              ReferenceProblemCode.NO_COUNTY_ROWS.name(),
              "",
              "no county rows",
              false));
    }
    return new CountyDirectory(counties);
  }

  static List<Assignment> loadAssignments(
      Path file, CountyDirectory counties, List<Problem> problems) {
    Table<AssignmentColumn> table = read(file, AssignmentColumn.class, AssignmentColumn::byHeader);
    List<Assignment> assignments = new ArrayList<>();
    String leader = "";
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String leaderCell = table.cell(row, AssignmentColumn.LEADER);
      if (!leaderCell.isEmpty()) {
        leader = TextNormalizer.key(leaderCell);
      }
      String countyCell = table.cell(row, AssignmentColumn.COUNTY);
      String section = table.cell(row, AssignmentColumn.SECTION);
      if (leader.isEmpty()) {
        problems.add(
            table.problem(
                row,
                AssignmentColumn.LEADER,
                ReferenceProblemCode.NO_LEADER,
                "no leader on this row or any row above it"));
        continue;
      }
      Optional<County> county = counties.resolve(countyCell);
      if (county.isEmpty()) {
        problems.add(
            table.problem(
                row,
                AssignmentColumn.COUNTY,
                ReferenceProblemCode.UNKNOWN_COUNTY,
                "'" + countyCell + "' is not a county of counties.csv"));
        continue;
      }
      LocalDate validFrom = null;
      LocalDate validTo = null;
      String fromCell = table.cell(row, AssignmentColumn.VALID_FROM);
      String toCell = table.cell(row, AssignmentColumn.VALID_TO);
      if (!fromCell.isEmpty()) {
        validFrom = DateRules.parse(fromCell).orElse(null);
        if (validFrom == null) {
          problems.add(
              table.problem(
                  row,
                  AssignmentColumn.VALID_FROM,
                  ReferenceProblemCode.BAD_DATE,
                  "'" + fromCell + "' is not a date (write 2020-02-26)"));
          continue;
        }
      }
      if (!toCell.isEmpty()) {
        validTo = DateRules.parse(toCell).orElse(null);
        if (validTo == null) {
          problems.add(
              table.problem(
                  row,
                  AssignmentColumn.VALID_TO,
                  ReferenceProblemCode.BAD_DATE,
                  "'" + toCell + "' is not a date (write 2020-03-31)"));
          continue;
        }
      }
      if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
        problems.add(
            table.problem(
                row,
                AssignmentColumn.VALID_TO,
                ReferenceProblemCode.PERIOD_ENDS_BEFORE_START,
                validTo + " is before valid_from " + validFrom));
        continue;
      }
      Assignment assignment =
          new Assignment(leader, county.get().code(), section, validFrom, validTo);
      for (Assignment other : assignments) {
        if (other.countyCode().equals(assignment.countyCode()) && overlap(other, assignment)) {
          problems.add(
              table.problem(
                  row,
                  AssignmentColumn.VALID_FROM,
                  ReferenceProblemCode.OVERLAPPING_ASSIGNMENT,
                  county.get().name()
                      + " is already assigned to "
                      + other.leader()
                      + " in an overlapping period (each county has one leader on any date)"));
        }
      }
      assignments.add(assignment);
    }
    return assignments;
  }

  private static boolean overlap(Assignment first, Assignment second) {
    LocalDate firstStart = first.validFrom() == null ? LocalDate.MIN : first.validFrom();
    LocalDate firstEnd = first.validTo() == null ? LocalDate.MAX : first.validTo();
    LocalDate secondStart = second.validFrom() == null ? LocalDate.MIN : second.validFrom();
    LocalDate secondEnd = second.validTo() == null ? LocalDate.MAX : second.validTo();
    return !firstEnd.isBefore(secondStart) && !secondEnd.isBefore(firstStart);
  }

  static List<Enterprise> loadEnterprises(
      Path file, CountyDirectory counties, List<Problem> problems) {
    Table<EnterpriseColumn> table = read(file, EnterpriseColumn.class, EnterpriseColumn::byHeader);
    List<Enterprise> enterprises = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      int before = problems.size();
      String usccCell = table.cell(row, EnterpriseColumn.USCC);
      String uscc = UsccRules.normalize(usccCell);
      if (!UsccRules.isValid(uscc)) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.USCC,
                ReferenceProblemCode.BAD_USCC_CHECKSUM,
                "'" + usccCell + "' is not a valid code (GB 32100-2015 check digit)"));
      } else if (!seen.add(uscc)) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.USCC,
                ReferenceProblemCode.DUPLICATE_KEY,
                "'" + uscc + "' appears twice"));
      }
      String name = table.cell(row, EnterpriseColumn.NAME);
      if (name.isEmpty()) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.NAME,
                ReferenceProblemCode.MISSING_NAME,
                "the name is empty"));
      }
      String countyCell = table.cell(row, EnterpriseColumn.COUNTY_CODE);
      Optional<County> county = counties.resolve(countyCell);
      if (county.isEmpty()) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.COUNTY_CODE,
                ReferenceProblemCode.UNKNOWN_COUNTY,
                "'" + countyCell + "' is not a county of counties.csv"));
      }
      String industry =
          TextNormalizer.key(table.cell(row, EnterpriseColumn.INDUSTRY_CODE))
              .toUpperCase(Locale.ROOT);
      if (!IndustryRules.isIndustrialDivision(industry)) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.INDUSTRY_CODE,
                ReferenceProblemCode.NOT_INDUSTRIAL_DIVISION,
                "'" + industry + "' is not an industrial division (B06–B12, C13–C43, D44–D46)"));
      }
      Boolean aboveScale = yesNo(table, row, problems, EnterpriseColumn.ABOVE_SCALE);
      Boolean key = yesNo(table, row, problems, EnterpriseColumn.KEY_ENTERPRISE);
      Boolean whitelist = yesNo(table, row, problems, EnterpriseColumn.ENV_WHITELIST);
      String employeesCell = table.cell(row, EnterpriseColumn.NORMAL_EMPLOYEES);
      Optional<Long> employees = NumberRules.parseWhole(employeesCell);
      if (employees.isEmpty() || employees.get() < 0) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.NORMAL_EMPLOYEES,
                ReferenceProblemCode.BAD_NUMBER,
                "'" + employeesCell + "' is not a whole number ≥ 0"));
      }
      String outputCell = table.cell(row, EnterpriseColumn.NORMAL_DAILY_OUTPUT);
      Optional<BigDecimal> output = NumberRules.parseDecimal(outputCell);
      if (output.isEmpty() || output.get().signum() < 0) {
        problems.add(
            table.problem(
                row,
                EnterpriseColumn.NORMAL_DAILY_OUTPUT,
                ReferenceProblemCode.BAD_NUMBER,
                "'" + outputCell + "' is not a number ≥ 0"));
      } else {
        NumberRules.beyondStoredPrecision(output.get(), "amounts (万元)")
            .ifPresent(
                why ->
                    problems.add(
                        table.problem(
                            row,
                            EnterpriseColumn.NORMAL_DAILY_OUTPUT,
                            ReferenceProblemCode.BAD_NUMBER,
                            "'" + outputCell + "': " + why)));
      }
      if (problems.size() == before) {
        enterprises.add(
            new Enterprise(
                uscc,
                name,
                county.get().code(),
                industry,
                aboveScale,
                key != null && key,
                whitelist != null && whitelist,
                employees.get(),
                output.get()));
      }
    }
    return enterprises;
  }

  /** A 是/否 cell; an empty cell of an optional column means 否. */
  private static Boolean yesNo(
      Table<EnterpriseColumn> table,
      SheetRow row,
      List<Problem> problems,
      EnterpriseColumn column) {
    String cell = table.cell(row, column);
    if (cell.isEmpty() && !column.required()) {
      return Boolean.FALSE;
    }
    Optional<Boolean> value = YesNoRules.parse(cell);
    if (value.isEmpty()) {
      problems.add(
          table.problem(row, column, ReferenceProblemCode.BAD_YES_NO, "'" + cell + "' is not 是/否"));
      return Boolean.FALSE;
    }
    return value.get();
  }
}
