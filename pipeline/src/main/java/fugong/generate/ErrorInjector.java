package fugong.generate;

import fugong.domain.ChecklistItem;
import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.domain.ReasonCode;
import fugong.domain.UsccRules;
import fugong.ingest.SubmissionColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Puts one error into a share of the rows of a file, cycling through every {@link ReasonCode} a
 * cell can break: the k-th injected error of a whole run (counties in the order of DOMAIN.md §2.1,
 * then days) gets code k mod 13, so every such code occurs as soon as a run injects 13 errors.
 * ROW_WIDTH_MISMATCH is not injected: the generator writes well-formed files (ragged rows are
 * tested with hand-made files), and the committed sample stays what it is. Also adds the occasional
 * identical duplicate row, which is collapsed on ingest and is not an error.
 */
final class ErrorInjector {
  private static final double IDENTICAL_DUPLICATE_PROBABILITY = 0.008;
  private static final ReasonCode[] CODES =
      java.util.Arrays.stream(ReasonCode.values())
          .filter(code -> code != ReasonCode.ROW_WIDTH_MISMATCH)
          .toArray(ReasonCode[]::new);

  private final GeneratorConfig config;
  private final Set<String> registryCodes;

  ErrorInjector(GeneratorConfig config, Set<String> registryCodes) {
    this.config = config;
    this.registryCodes = registryCodes;
  }

  /** What happened to a file's rows. */
  record Result(List<SubmissionRow> rows, int injectedErrors, int identicalDuplicates) {}

  /**
   * @param errorsSoFar errors injected into earlier files of the run: where this file continues the
   *     cycle of codes
   * @param atLeastOne whether the file must get an error even when the draws give none (the
   *     corrected day)
   */
  Result inject(
      List<SubmissionRow> cleanRows,
      int countyIndex,
      int dayIndex,
      double errorRate,
      CountyStyle style,
      long errorsSoFar,
      boolean atLeastOne) {
    SplittableRandom random = Seeds.random(config.seed(), "errors", countyIndex, dayIndex);
    int forced = -1;
    if (atLeastOne) {
      for (int index = 0; index < cleanRows.size() && forced < 0; index++) {
        if (!cleanRows.get(index).keepClean()) {
          forced = index;
        }
      }
    }
    County county = CountyDirectory.HENGSHUI.get(countyIndex);
    LocalDate reportDate = config.date(dayIndex);
    List<SubmissionRow> rows = new ArrayList<>();
    List<SubmissionRow> appended = new ArrayList<>();
    int errors = 0;
    int duplicates = 0;
    for (int index = 0; index < cleanRows.size(); index++) {
      SubmissionRow row = cleanRows.get(index).copy();
      boolean inject = (random.nextDouble() < errorRate || index == forced) && !row.keepClean();
      boolean duplicate = random.nextDouble() < IDENTICAL_DUPLICATE_PROBABILITY && !row.keepClean();
      rows.add(row);
      if (inject) {
        ReasonCode code = CODES[(int) ((errorsSoFar + errors) % CODES.length)];
        errors++;
        SubmissionRow extra = apply(code, row, county, reportDate, style, random);
        if (extra != null) {
          rows.add(extra);
        }
      } else if (duplicate) {
        appended.add(row.copy());
        duplicates++;
      }
    }
    rows.addAll(appended);
    return new Result(rows, errors, duplicates);
  }

  /**
   * Breaks one rule in the row; returns a second row when the error needs one
   * (CONFLICTING_DUPLICATE).
   */
  private SubmissionRow apply(
      ReasonCode code,
      SubmissionRow row,
      County county,
      LocalDate reportDate,
      CountyStyle style,
      SplittableRandom random) {
    String uscc = row.profile().enterprise().uscc();
    switch (code) {
      case BAD_USCC_CHECKSUM -> {
        char check = uscc.charAt(17);
        int value = UsccRules.ALPHABET.indexOf(check);
        char wrong =
            UsccRules.ALPHABET.charAt(
                (value + 1 + random.nextInt(UsccRules.ALPHABET.length() - 1))
                    % UsccRules.ALPHABET.length());
        row.setText(SubmissionColumn.USCC, uscc.substring(0, 17) + wrong);
      }
      case UNKNOWN_ENTERPRISE ->
          row.setText(SubmissionColumn.USCC, unknownCode(county.code(), random));
      case COUNTY_MISMATCH -> {
        List<County> counties = CountyDirectory.HENGSHUI;
        County other =
            counties.get(
                (counties.indexOf(county) + 1 + random.nextInt(counties.size() - 1))
                    % counties.size());
        row.setText(SubmissionColumn.COUNTY, other.name());
      }
      case DATE_MISMATCH ->
          row.set(SubmissionColumn.REPORT_DATE, GeneratedCell.date(reportDate.minusDays(1)));
      case MISSING_REQUIRED -> {
        if (row.resumed()) {
          row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.EMPTY);
        } else {
          row.set(SubmissionColumn.RESUMED, GeneratedCell.EMPTY);
        }
      }
      case NEGATIVE_VALUE -> {
        long staff =
            row.resumed() ? row.get(SubmissionColumn.EMPLOYEES_ON_DUTY).number().longValue() : 3;
        row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.number(-staff));
      }
      case BAD_NUMBER -> row.setText(SubmissionColumn.EMPLOYEES_ON_DUTY, "十二");
      case BAD_DATE -> row.setText(SubmissionColumn.RESUMED_ON, reportDate.getYear() + "-02-30");
      case RESUMED_ON_AFTER_REPORT_DATE ->
          row.set(SubmissionColumn.RESUMED_ON, GeneratedCell.date(reportDate.plusDays(2)));
      case UNKNOWN_DIFFICULTY -> {
        String listed = row.get(SubmissionColumn.DIFFICULTIES).asText(style.dateSpelling());
        row.setText(SubmissionColumn.DIFFICULTIES, listed.isEmpty() ? "缺电" : listed + "、缺电");
      }
      case CONFLICTING_DUPLICATE -> {
        SubmissionRow second = row.copy();
        if (row.resumed()) {
          long staff = row.get(SubmissionColumn.EMPLOYEES_ON_DUTY).number().longValue();
          second.set(
              SubmissionColumn.EMPLOYEES_ON_DUTY,
              GeneratedCell.number(staff + 1 + random.nextInt(5)));
        } else {
          second.setText(SubmissionColumn.DIFFICULTY_NOTE, "补报：预计下周复工");
        }
        return second;
      }
      case BAD_VALUE -> {
        if (row.resumed()) {
          ChecklistItem item =
              ChecklistItem.values()[random.nextInt(ChecklistItem.values().length)];
          row.setText(SubmissionColumn.valueOf(item.code()), "有");
        } else {
          row.setText(SubmissionColumn.RESUMED, "有");
        }
      }
      case NOT_RESUMED_WITH_VALUES -> {
        if (row.resumed()) {
          row.setText(SubmissionColumn.RESUMED, style.spellResumed(false));
        } else {
          row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.number(1 + random.nextInt(20)));
        }
      }
    }
    return null;
  }

  private String unknownCode(String countyCode, SplittableRandom random) {
    while (true) {
      StringBuilder body = new StringBuilder("91").append(countyCode);
      for (int index = 0; index < 9; index++) {
        body.append(UsccRules.ALPHABET.charAt(random.nextInt(UsccRules.ALPHABET.length())));
      }
      String code = body.toString() + UsccRules.checkCharacter(body.toString());
      if (!registryCodes.contains(code)) {
        return code;
      }
    }
  }
}
