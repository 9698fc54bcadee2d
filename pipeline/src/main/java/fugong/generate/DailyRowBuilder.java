package fugong.generate;

import fugong.domain.ChecklistItem;
import fugong.domain.County;
import fugong.domain.Difficulty;
import fugong.ingest.SubmissionColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The error-free rows of one county's file for one day. Each enterprise reports with probability
 * 0.95; before its resumption it reports 是否复工 否 with no staff or output, afterwards staff ramp from
 * about 40% to 100% of normal and output towards the enterprise's capacity, with noise. Checklist
 * items are mostly 是; the chance of 否 depends on the county and the enterprise.
 */
final class DailyRowBuilder {
  private static final double REPORTING_PROBABILITY = 0.95;
  private static final List<String> REMARKS = List.of("已核实", "电话确认", "较昨日增加", "新增复工");

  private final GeneratorConfig config;

  DailyRowBuilder(GeneratorConfig config) {
    this.config = config;
  }

  /** The chance that one checklist item is 否 in a county (before the enterprise's laxity). */
  double countyLaxity(County county) {
    return 0.002 + 0.028 * Seeds.random(config.seed(), "county-laxity", county.code()).nextDouble();
  }

  /**
   * @param confirmedCase the enterprise whose row carries the sample's one confirmed case on this
   *     day, or null
   */
  List<SubmissionRow> rows(
      County county,
      CountyStyle style,
      List<EnterpriseProfile> profiles,
      int dayIndex,
      EnterpriseProfile confirmedCase) {
    LocalDate reportDate = config.date(dayIndex);
    double laxity = countyLaxity(county);
    FileCells cells = FileCells.of(county, style, reportDate);
    List<SubmissionRow> rows = new ArrayList<>();
    for (EnterpriseProfile profile : profiles) {
      SplittableRandom random =
          Seeds.random(config.seed(), "row", profile.enterprise().uscc(), dayIndex);
      boolean reports = random.nextDouble() < REPORTING_PROBABILITY;
      boolean isConfirmedCase = profile == confirmedCase;
      if (!reports && !isConfirmedCase) {
        continue;
      }
      rows.add(row(cells, style, profile, dayIndex, reportDate, laxity, random, isConfirmedCase));
    }
    return rows;
  }

  /** The cells that are the same on every row of a file, made once (cells are immutable). */
  private record FileCells(
      GeneratedCell reportDate,
      GeneratedCell county,
      GeneratedCell resumed,
      GeneratedCell notResumed,
      GeneratedCell yes,
      GeneratedCell no) {
    static FileCells of(County county, CountyStyle style, LocalDate reportDate) {
      return new FileCells(
          GeneratedCell.date(reportDate),
          GeneratedCell.text(style.spellCounty(county)),
          GeneratedCell.text(style.spellResumed(true)),
          GeneratedCell.text(style.spellResumed(false)),
          GeneratedCell.text(style.yesNo().spell(true)),
          GeneratedCell.text(style.yesNo().spell(false)));
    }
  }

  private SubmissionRow row(
      FileCells cells,
      CountyStyle style,
      EnterpriseProfile profile,
      int dayIndex,
      LocalDate reportDate,
      double countyLaxity,
      SplittableRandom random,
      boolean confirmedCase) {
    boolean resumed = profile.resumedBy(reportDate);
    SubmissionRow row = new SubmissionRow(profile, resumed);
    row.set(SubmissionColumn.REPORT_DATE, cells.reportDate());
    row.set(SubmissionColumn.COUNTY, cells.county());
    row.setText(SubmissionColumn.USCC, profile.enterprise().uscc());
    row.setText(SubmissionColumn.NAME, profile.enterprise().name());
    row.set(SubmissionColumn.RESUMED, resumed ? cells.resumed() : cells.notResumed());
    if (resumed) {
      long sinceResumption = ChronoUnit.DAYS.between(profile.resumedOn(), reportDate);
      double ramp = Math.min(1.0, (double) sinceResumption / profile.rampDays());
      double staffShare = Math.min(1.05, (0.4 + 0.6 * ramp) * (0.95 + 0.1 * random.nextDouble()));
      long staff = Math.max(1, Math.round(profile.enterprise().normalEmployees() * staffShare));
      double outputShare =
          profile.capacity() * (0.4 + 0.6 * ramp) * (0.94 + 0.12 * random.nextDouble());
      BigDecimal output =
          BigDecimal.valueOf(profile.enterprise().normalDailyOutput().doubleValue() * outputShare)
              .setScale(2, RoundingMode.HALF_UP);
      row.set(SubmissionColumn.RESUMED_ON, GeneratedCell.date(profile.resumedOn()));
      row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.number(staff));
      row.set(SubmissionColumn.OUTPUT_VALUE, GeneratedCell.number(output));
      double improvement = 1.0 - 0.5 * dayIndex / Math.max(1, config.days());
      for (SubmissionColumn column : SubmissionColumn.checklistColumns()) {
        boolean dormitoryItem =
            column.checklistItem().orElseThrow() == ChecklistItem.W5 && profile.reportsDormitory();
        boolean met =
            dormitoryItem || random.nextDouble() >= countyLaxity * profile.laxity() * improvement;
        row.set(column, met ? cells.yes() : cells.no());
      }
      if (profile.reportsDormitory()) {
        row.set(SubmissionColumn.DORM_ROOMS, GeneratedCell.number(profile.dormRooms()));
        row.set(SubmissionColumn.DORM_RESIDENTS, GeneratedCell.number(profile.dormResidents()));
        row.set(
            SubmissionColumn.DORM_AREA_M2, GeneratedCell.number(profile.dormAreaSquareMetres()));
      }
      boolean healthZeros = random.nextDouble() < 0.6;
      row.set(SubmissionColumn.SUSPECTED, healthCount(random, 0.008, 2, healthZeros));
      row.set(SubmissionColumn.ISOLATED, healthCount(random, 0.015, 5, healthZeros));
      row.set(
          SubmissionColumn.CONFIRMED,
          confirmedCase
              ? GeneratedCell.number(1)
              : healthZeros ? GeneratedCell.number(0) : GeneratedCell.EMPTY);
    } else if (random.nextDouble() < 0.5) {
      row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.number(0));
      row.set(SubmissionColumn.OUTPUT_VALUE, GeneratedCell.number(0));
    }
    if (confirmedCase) {
      row.markKeepClean();
    }
    if (profile.reportsDifficultiesOn(dayIndex)) {
      row.setText(SubmissionColumn.DIFFICULTIES, difficultyCell(profile));
      row.setText(SubmissionColumn.DIFFICULTY_NOTE, difficultyNote(profile.difficulties()));
    }
    row.setText(SubmissionColumn.REPORTER, profile.reporter());
    row.setText(SubmissionColumn.PHONE, profile.phone());
    if (style.extraColumn() && random.nextDouble() < 0.08) {
      row.setExtra(REMARKS.get(random.nextInt(REMARKS.size())));
    }
    return row;
  }

  private static GeneratedCell healthCount(
      SplittableRandom random, double probability, int maximum, boolean zeros) {
    if (random.nextDouble() < probability) {
      return GeneratedCell.number(1 + random.nextInt(maximum));
    }
    return zeros ? GeneratedCell.number(0) : GeneratedCell.EMPTY;
  }

  private static String difficultyCell(EnterpriseProfile profile) {
    List<String> parts = new ArrayList<>();
    for (int index = 0; index < profile.difficulties().size(); index++) {
      Difficulty difficulty = profile.difficulties().get(index);
      boolean asCode =
          profile.difficultySpelling() == 0 || profile.difficultySpelling() == 2 && index % 2 == 0;
      parts.add(asCode ? difficulty.code() : difficulty.chineseName());
    }
    return String.join(profile.difficultySeparator(), parts);
  }

  static String difficultyNote(List<Difficulty> difficulties) {
    List<String> notes = new ArrayList<>();
    for (Difficulty difficulty : difficulties) {
      notes.add(
          switch (difficulty) {
            case D1 -> "外地员工尚未返岗";
            case D2 -> "缺少熟练工人";
            case D3 -> "物流运输受限，车辆通行证办理慢";
            case D4 -> "上游配套企业未开工";
            case D5 -> "原材料库存不足，供应商未复工";
            case D6 -> "口罩、消毒液储备不足";
            case D7 -> "流动资金紧张，需贷款支持";
            case D8 -> "订单减少，外贸订单取消";
            case D9 -> "其他困难，已与属地沟通";
          });
    }
    return String.join("；", notes);
  }
}
