package fugong.ingest;

import fugong.domain.ChecklistItem;
import fugong.domain.County;
import fugong.domain.DateRules;
import fugong.domain.Difficulty;
import fugong.domain.NumberRules;
import fugong.domain.PersonalDataMask;
import fugong.domain.ReasonCode;
import fugong.domain.TextNormalizer;
import fugong.domain.UsccRules;
import fugong.domain.YesNoRules;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceData;
import fugong.sheet.Problem;
import fugong.sheet.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The row rules of DOMAIN.md §3.1 for one data row. A row collects every reason that applies,
 * except that a USCC failing its check digit is not also looked up in the registry, and an
 * unreadable 填报日期 is BAD_DATE only.
 */
public final class RowValidator {
  private final String fileName;
  private final SubmissionFileName name;
  private final HeaderLayout layout;
  private final ReferenceData reference;

  public RowValidator(
      String fileName, SubmissionFileName name, HeaderLayout layout, ReferenceData reference) {
    this.fileName = fileName;
    this.name = name;
    this.layout = layout;
    this.reference = reference;
  }

  private String countyLabel(String code) {
    return code + reference.county(code).map(county -> " " + county.name()).orElse("");
  }

  /** Collects the problems of one row while its values are read. */
  private final class Checker {
    private final SheetRow row;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Checker(SheetRow row) {
      this.row = row;
    }

    String cell(SubmissionColumn column) {
      return layout.cell(row, column);
    }

    void problem(SubmissionColumn column, ReasonCode code, String detail) {
      String explanation =
          code.chineseExplanation()
              + " / "
              + code.englishExplanation()
              + (detail.isEmpty() ? "" : " (" + detail + ")");
      problems.add(
          new Problem(
              fileName,
              row.physicalRow(),
              layout.headerAsWritten(column),
              code.name(),
              cell(column),
              explanation,
              false));
    }

    void warning(SubmissionColumn column, String code, String explanation) {
      warnings.add(
          new Problem(
              fileName,
              row.physicalRow(),
              layout.headerAsWritten(column),
              code,
              cell(column),
              explanation,
              true));
    }

    LocalDate date(SubmissionColumn column, boolean required) {
      String text = cell(column);
      if (text.isEmpty()) {
        if (required) {
          problem(column, ReasonCode.MISSING_REQUIRED, "");
        }
        return null;
      }
      Optional<LocalDate> date = DateRules.parse(text);
      if (date.isEmpty()) {
        problem(column, ReasonCode.BAD_DATE, "");
        return null;
      }
      return date.get();
    }

    Boolean yesNo(SubmissionColumn column, boolean required) {
      String text = cell(column);
      if (text.isEmpty()) {
        if (required) {
          problem(column, ReasonCode.MISSING_REQUIRED, "");
        }
        return null;
      }
      Optional<Boolean> value = YesNoRules.parse(text);
      if (value.isEmpty()) {
        problem(column, ReasonCode.BAD_VALUE, "");
        return null;
      }
      return value.get();
    }

    Long whole(SubmissionColumn column, boolean required) {
      String text = cell(column);
      if (text.isEmpty()) {
        if (required) {
          problem(column, ReasonCode.MISSING_REQUIRED, "");
        }
        return null;
      }
      Optional<BigDecimal> decimal = NumberRules.parseDecimal(text);
      if (decimal.isPresent() && decimal.get().signum() < 0) {
        problem(column, ReasonCode.NEGATIVE_VALUE, "");
        return null;
      }
      Optional<Long> value = decimal.flatMap(NumberRules::whole);
      if (value.isEmpty()) {
        problem(column, ReasonCode.BAD_NUMBER, "");
        return null;
      }
      return value.get();
    }

    BigDecimal decimal(SubmissionColumn column, boolean required) {
      String text = cell(column);
      if (text.isEmpty()) {
        if (required) {
          problem(column, ReasonCode.MISSING_REQUIRED, "");
        }
        return null;
      }
      Optional<BigDecimal> value = NumberRules.parseDecimal(text);
      if (value.isEmpty()) {
        problem(column, ReasonCode.BAD_NUMBER, "");
        return null;
      }
      if (value.get().signum() < 0) {
        problem(column, ReasonCode.NEGATIVE_VALUE, "");
        return null;
      }
      Optional<String> beyondPrecision =
          NumberRules.beyondStoredPrecision(
              value.get(), column == SubmissionColumn.DORM_AREA_M2 ? "areas (m²)" : "amounts (万元)");
      if (beyondPrecision.isPresent()) {
        problem(column, ReasonCode.BAD_NUMBER, beyondPrecision.get());
        return null;
      }
      return value.get();
    }
  }

  public RowVerdict validate(SheetRow row) {
    Checker checker = new Checker(row);

    LocalDate reportDate = checker.date(SubmissionColumn.REPORT_DATE, true);
    if (reportDate != null && !reportDate.equals(name.reportDate())) {
      checker.problem(
          SubmissionColumn.REPORT_DATE,
          ReasonCode.DATE_MISMATCH,
          "文件名为 / the file name says " + name.reportDate());
    }

    String countyText = checker.cell(SubmissionColumn.COUNTY);
    if (countyText.isEmpty()) {
      checker.problem(SubmissionColumn.COUNTY, ReasonCode.MISSING_REQUIRED, "");
    } else {
      Optional<County> county = reference.counties().resolve(countyText);
      if (county.isEmpty() || !county.get().code().equals(name.countyCode())) {
        checker.problem(
            SubmissionColumn.COUNTY,
            ReasonCode.COUNTY_MISMATCH,
            "文件名为 / the file name says " + countyLabel(name.countyCode()));
      }
    }

    String uscc = UsccRules.normalize(checker.cell(SubmissionColumn.USCC));
    Enterprise enterprise = null;
    if (uscc.isEmpty()) {
      checker.problem(SubmissionColumn.USCC, ReasonCode.MISSING_REQUIRED, "");
    } else if (!UsccRules.isValid(uscc)) {
      checker.problem(SubmissionColumn.USCC, ReasonCode.BAD_USCC_CHECKSUM, "");
    } else {
      enterprise = reference.enterprise(uscc).orElse(null);
      if (enterprise == null) {
        checker.problem(SubmissionColumn.USCC, ReasonCode.UNKNOWN_ENTERPRISE, "");
      } else if (!enterprise.countyCode().equals(name.countyCode())) {
        checker.problem(
            SubmissionColumn.USCC,
            ReasonCode.COUNTY_MISMATCH,
            "名录中属于 / registered under " + countyLabel(enterprise.countyCode()));
      }
    }

    String submittedName = checker.cell(SubmissionColumn.NAME);
    if (enterprise != null
        && !submittedName.isEmpty()
        && !TextNormalizer.key(submittedName).equals(TextNormalizer.key(enterprise.name()))) {
      checker.warning(
          SubmissionColumn.NAME,
          "NAME_MISMATCH",
          "企业名称与名录不一致，名录为“" + enterprise.name() + "” / the name differs from the registry's");
    }

    Boolean resumed = checker.yesNo(SubmissionColumn.RESUMED, true);
    boolean requiredWhenResumed = Boolean.TRUE.equals(resumed);

    LocalDate resumedOn = checker.date(SubmissionColumn.RESUMED_ON, requiredWhenResumed);
    LocalDate comparedDate = reportDate != null ? reportDate : name.reportDate();
    if (resumedOn != null && resumedOn.isAfter(comparedDate)) {
      checker.problem(
          SubmissionColumn.RESUMED_ON,
          ReasonCode.RESUMED_ON_AFTER_REPORT_DATE,
          "report date " + comparedDate);
    }

    Long employeesOnDuty = checker.whole(SubmissionColumn.EMPLOYEES_ON_DUTY, requiredWhenResumed);
    BigDecimal outputValue = checker.decimal(SubmissionColumn.OUTPUT_VALUE, requiredWhenResumed);
    if (Boolean.FALSE.equals(resumed)) {
      if (employeesOnDuty != null && employeesOnDuty > 0) {
        checker.problem(SubmissionColumn.EMPLOYEES_ON_DUTY, ReasonCode.NOT_RESUMED_WITH_VALUES, "");
      }
      if (outputValue != null && outputValue.signum() > 0) {
        checker.problem(SubmissionColumn.OUTPUT_VALUE, ReasonCode.NOT_RESUMED_WITH_VALUES, "");
      }
    }

    Map<String, Boolean> checklist = new LinkedHashMap<>();
    for (SubmissionColumn column : SubmissionColumn.checklistColumns()) {
      ChecklistItem item = column.checklistItem().orElseThrow();
      checklist.put(item.code(), checker.yesNo(column, requiredWhenResumed));
    }

    Long dormRooms = checker.whole(SubmissionColumn.DORM_ROOMS, false);
    Long dormResidents = checker.whole(SubmissionColumn.DORM_RESIDENTS, false);
    BigDecimal dormArea = checker.decimal(SubmissionColumn.DORM_AREA_M2, false);
    Long suspected = checker.whole(SubmissionColumn.SUSPECTED, false);
    Long isolated = checker.whole(SubmissionColumn.ISOLATED, false);
    Long confirmed = checker.whole(SubmissionColumn.CONFIRMED, false);

    Difficulty.Parsed difficulties =
        Difficulty.parseList(checker.cell(SubmissionColumn.DIFFICULTIES));
    if (!difficulties.unknownParts().isEmpty()) {
      checker.problem(
          SubmissionColumn.DIFFICULTIES,
          ReasonCode.UNKNOWN_DIFFICULTY,
          "not known: " + String.join("、", difficulties.unknownParts()));
    }

    if (!checker.problems.isEmpty()) {
      return new RowVerdict(null, List.copyOf(checker.problems), List.copyOf(checker.warnings));
    }
    Submission submission =
        new Submission(
            reportDate,
            name.countyCode(),
            uscc,
            PersonalDataMask.mask(submittedName),
            resumed,
            resumedOn,
            employeesOnDuty,
            outputValue,
            checklist,
            dormRooms,
            dormResidents,
            dormArea,
            suspected == null ? 0 : suspected,
            isolated == null ? 0 : isolated,
            confirmed == null ? 0 : confirmed,
            difficulties.difficulties().stream().map(Difficulty::code).toList(),
            PersonalDataMask.mask(checker.cell(SubmissionColumn.DIFFICULTY_NOTE)),
            fileName,
            row.physicalRow());
    return new RowVerdict(submission, List.of(), List.copyOf(checker.warnings));
  }
}
