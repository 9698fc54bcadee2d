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
import fugong.ingest.CsvSheetReader;
import fugong.ingest.DecodedText;
import fugong.ingest.FileRejectedException;
import fugong.ingest.SheetRow;
import fugong.ingest.TextDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code counties.csv}, {@code assignments.csv} and {@code enterprises.csv} from a reference
 * folder (DOMAIN.md §2). Every bad row is reported at once, naming file, row, column and cell;
 * reference data with any error is refused whole, since every figure depends on it.
 */
public final class ReferenceLoader {
  public static final String COUNTIES_FILE = "counties.csv";
  public static final String ASSIGNMENTS_FILE = "assignments.csv";
  public static final String ENTERPRISES_FILE = "enterprises.csv";
  private static final int MAX_LISTED_PROBLEMS = 30;
  private static final int MAX_TITLE_ROWS = 5;

  private ReferenceLoader() {}

  public static ReferenceData load(Path folder) {
    List<String> problems = new ArrayList<>();
    CountyDirectory counties = loadCounties(folder.resolve(COUNTIES_FILE), problems);
    List<Assignment> assignments = loadAssignments(folder.resolve(ASSIGNMENTS_FILE), counties, problems);
    List<Enterprise> enterprises = loadEnterprises(folder.resolve(ENTERPRISES_FILE), counties, problems);
    if (!problems.isEmpty()) {
      List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS));
      String more = problems.size() > shown.size() ? "\n  … and " + (problems.size() - shown.size()) + " more" : "";
      throw new FugongException(
          ErrorCode.REFERENCE_INVALID,
          "reference data in " + folder + " has " + problems.size() + " problem(s); nothing was run:\n  "
              + String.join("\n  ", shown) + more);
    }
    return new ReferenceData(counties, assignments, enterprises);
  }

  /** A reference table: header keys to positions, and the data rows. */
  private record Table(String fileName, Map<String, Integer> columns, List<SheetRow> rows) {
    String cell(SheetRow row, String... names) {
      for (String name : names) {
        Integer position = columns.get(TextNormalizer.key(name).toLowerCase(Locale.ROOT));
        if (position != null) {
          return TextNormalizer.trim(row.cell(position));
        }
      }
      return "";
    }

    boolean has(String... names) {
      for (String name : names) {
        if (columns.containsKey(TextNormalizer.key(name).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
  }

  private static Table read(Path file, String[][] requiredColumns) {
    if (!Files.isRegularFile(file)) {
      throw new FugongException(ErrorCode.REFERENCE_MISSING, "reference file " + file + " does not exist");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot read reference file " + file + ": " + failure.getMessage(), failure);
    }
    Optional<DecodedText> decoded = TextDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      throw new FugongException(ErrorCode.REFERENCE_INVALID, file + ": neither UTF-8 nor GBK/GB18030 text");
    }
    List<SheetRow> rows;
    try {
      rows = CsvSheetReader.parse(decoded.get().text());
    } catch (FileRejectedException malformed) {
      throw new FugongException(ErrorCode.REFERENCE_INVALID, file + ": " + malformed.getMessage());
    }
    int headerIndex = 0;
    while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
      headerIndex++;
    }
    if (headerIndex == rows.size()) {
      throw new FugongException(ErrorCode.REFERENCE_INVALID, file + ": the file has no header row");
    }
    // A title line above the header (as in the published annex) is skipped.
    for (int index = headerIndex; index < Math.min(rows.size(), headerIndex + MAX_TITLE_ROWS + 1); index++) {
      if (hasColumns(rows.get(index), requiredColumns)) {
        headerIndex = index;
        break;
      }
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> headerCells = rows.get(headerIndex).cells();
    for (int index = 0; index < headerCells.size(); index++) {
      columns.putIfAbsent(TextNormalizer.key(headerCells.get(index)).toLowerCase(Locale.ROOT), index);
    }
    Table table = new Table(file.getFileName().toString(), columns, rows.subList(headerIndex + 1, rows.size()));
    for (String[] alternatives : requiredColumns) {
      if (!table.has(alternatives)) {
        throw new FugongException(
            ErrorCode.REFERENCE_INVALID,
            file + " row " + rows.get(headerIndex).physicalRow() + ": the header lacks the column " + alternatives[0]
                + " (header found: " + String.join(",", headerCells) + ")");
      }
    }
    return table;
  }

  private static boolean hasColumns(SheetRow row, String[][] requiredColumns) {
    Set<String> keys = new HashSet<>();
    for (String cell : row.cells()) {
      keys.add(TextNormalizer.key(cell).toLowerCase(Locale.ROOT));
    }
    for (String[] alternatives : requiredColumns) {
      boolean found = false;
      for (String name : alternatives) {
        found |= keys.contains(TextNormalizer.key(name).toLowerCase(Locale.ROOT));
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static String where(Table table, SheetRow row, String column) {
    return table.fileName() + " row " + row.physicalRow() + " column " + column;
  }

  static CountyDirectory loadCounties(Path file, List<String> problems) {
    Table table = read(file, new String[][] {{"县市区代码", "county_code"}, {"县市区名称", "county_name"}});
    List<County> counties = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String code = table.cell(row, "县市区代码", "county_code");
      String name = table.cell(row, "县市区名称", "county_name");
      if (!code.matches("\\d{6}")) {
        problems.add(where(table, row, "县市区代码") + ": '" + code + "' is not a 6-digit division code");
        continue;
      }
      if (name.isEmpty()) {
        problems.add(where(table, row, "县市区名称") + ": the name is empty");
        continue;
      }
      if (!codes.add(code)) {
        problems.add(where(table, row, "县市区代码") + ": '" + code + "' appears twice");
        continue;
      }
      counties.add(new County(code, name));
    }
    if (counties.isEmpty()) {
      problems.add(table.fileName() + ": no county rows");
    }
    return new CountyDirectory(counties);
  }

  static List<Assignment> loadAssignments(Path file, CountyDirectory counties, List<String> problems) {
    Table table = read(file, new String[][] {{"局领导", "leader"}, {"县市区", "分包县市区", "county"}});
    List<Assignment> assignments = new ArrayList<>();
    String leader = "";
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String leaderCell = table.cell(row, "局领导", "leader");
      if (!leaderCell.isEmpty()) {
        leader = TextNormalizer.key(leaderCell);
      }
      String countyCell = table.cell(row, "县市区", "分包县市区", "county");
      String section = table.cell(row, "责任科室", "section");
      if (leader.isEmpty()) {
        problems.add(where(table, row, "局领导") + ": no leader on this row or any row above it");
        continue;
      }
      Optional<County> county = counties.resolve(countyCell);
      if (county.isEmpty()) {
        problems.add(where(table, row, "县市区") + ": '" + countyCell + "' is not a county of counties.csv");
        continue;
      }
      LocalDate validFrom = null;
      LocalDate validTo = null;
      String fromCell = table.cell(row, "valid_from", "生效日期");
      String toCell = table.cell(row, "valid_to", "失效日期");
      if (!fromCell.isEmpty()) {
        validFrom = DateRules.parse(fromCell).orElse(null);
        if (validFrom == null) {
          problems.add(where(table, row, "valid_from") + ": '" + fromCell + "' is not a date (write 2020-02-26)");
          continue;
        }
      }
      if (!toCell.isEmpty()) {
        validTo = DateRules.parse(toCell).orElse(null);
        if (validTo == null) {
          problems.add(where(table, row, "valid_to") + ": '" + toCell + "' is not a date (write 2020-03-31)");
          continue;
        }
      }
      if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
        problems.add(where(table, row, "valid_to") + ": " + validTo + " is before valid_from " + validFrom);
        continue;
      }
      Assignment assignment = new Assignment(leader, county.get().code(), section, validFrom, validTo);
      for (Assignment other : assignments) {
        if (other.countyCode().equals(assignment.countyCode()) && overlap(other, assignment)) {
          problems.add(
              where(table, row, "valid_from") + ": " + county.get().name() + " is already assigned to " + other.leader()
                  + " in an overlapping period (each county has one leader on any date)");
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

  static List<Enterprise> loadEnterprises(Path file, CountyDirectory counties, List<String> problems) {
    Table table =
        read(
            file,
            new String[][] {
              {"统一社会信用代码", "uscc"}, {"企业名称", "name"}, {"县市区代码", "county_code"}, {"行业代码", "industry_code"},
              {"是否规上", "above_scale"}, {"正常用工人数", "normal_employees"}, {"正常日产值(万元)", "normal_daily_output"}
            });
    List<Enterprise> enterprises = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      int before = problems.size();
      String usccCell = table.cell(row, "统一社会信用代码", "uscc");
      String uscc = UsccRules.normalize(usccCell);
      if (!UsccRules.isValid(uscc)) {
        problems.add(where(table, row, "统一社会信用代码") + ": '" + usccCell + "' is not a valid code (GB 32100-2015 check digit)");
      } else if (!seen.add(uscc)) {
        problems.add(where(table, row, "统一社会信用代码") + ": '" + uscc + "' appears twice");
      }
      String name = table.cell(row, "企业名称", "name");
      if (name.isEmpty()) {
        problems.add(where(table, row, "企业名称") + ": the name is empty");
      }
      String countyCell = table.cell(row, "县市区代码", "county_code");
      Optional<County> county = counties.resolve(countyCell);
      if (county.isEmpty()) {
        problems.add(where(table, row, "县市区代码") + ": '" + countyCell + "' is not a county of counties.csv");
      }
      String industry = TextNormalizer.key(table.cell(row, "行业代码", "industry_code")).toUpperCase(Locale.ROOT);
      if (!IndustryRules.isIndustrialDivision(industry)) {
        problems.add(
            where(table, row, "行业代码") + ": '" + industry + "' is not an industrial division (B06–B12, C13–C43, D44–D46)");
      }
      Boolean aboveScale = yesNo(table, row, problems, "是否规上", "above_scale");
      Boolean key = yesNo(table, row, problems, "是否重点企业", "key_enterprise");
      Boolean whitelist = yesNo(table, row, problems, "是否环保白名单", "env_whitelist");
      String employeesCell = table.cell(row, "正常用工人数", "normal_employees");
      Optional<Long> employees = NumberRules.parseWhole(employeesCell);
      if (employees.isEmpty() || employees.get() < 0) {
        problems.add(where(table, row, "正常用工人数") + ": '" + employeesCell + "' is not a whole number ≥ 0");
      }
      String outputCell = table.cell(row, "正常日产值(万元)", "normal_daily_output");
      Optional<BigDecimal> output = NumberRules.parseDecimal(outputCell);
      if (output.isEmpty() || output.get().signum() < 0) {
        problems.add(where(table, row, "正常日产值(万元)") + ": '" + outputCell + "' is not a number ≥ 0");
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
                output.get().doubleValue()));
      }
    }
    return enterprises;
  }

  private static Boolean yesNo(Table table, SheetRow row, List<String> problems, String header, String field) {
    String cell = table.cell(row, header, field);
    if (cell.isEmpty() && !header.equals("是否规上")) {
      return Boolean.FALSE;
    }
    Optional<Boolean> value = YesNoRules.parse(cell);
    if (value.isEmpty()) {
      problems.add(where(table, row, header) + ": '" + cell + "' is not 是/否");
      return Boolean.FALSE;
    }
    return value.get();
  }
}
