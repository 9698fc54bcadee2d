package fugong.report;

import fugong.power.PowerFlagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 附件（八）电力核验 (DOMAIN.md §6.3): the scope's metered resumption beside its self-reported 复工率 in one
 * line and the counties that over-report most in another, a table of its counties (most
 * over-reported first) with the total last, one dot per county for the scatter chart (自报 across, 电力
 * up, the diagonal where they agree) and its text, and the flagged enterprises. (The front section
 * shows the 电力复工率 tile of {@link Overview} and the grouped 督办 item {@link ActionKind#POWER_CHECK}.)
 * Built only when power_daily has a row of the scope on the date; without meter data the briefing
 * has no such section and reads exactly as before.
 *
 * @param headline the one line a leader reads: rates, the gap, index, coverage, flags per kind
 * @param gaps the counties whose self-report exceeds the meters most (at most {@link
 *     #MOST_OVER_REPORTED}), in one sentence
 * @param rows the counties, ordered by how far 自报 exceeds 电力 (largest first, no data last), then
 *     the scope's total
 * @param flagCounts the scope's flagged enterprises per kind, every kind in its order
 * @param points one per county with both rates, in county code order
 * @param chartText the chart's text alternative: every dot's two figures
 * @param note what the table counts and how it is ordered; enterprises without a baseline
 * @param flagged the flagged enterprises, by kind, county and name
 */
public record PowerSection(
    String headline,
    String gaps,
    List<Row> rows,
    List<FlagCount> flagCounts,
    List<ScatterPoint> points,
    String chartText,
    String note,
    List<FlaggedEnterprise> flagged) {

  /** The chart's title and the file name part of its PNG. */
  public static final String CHART_TITLE = "自报复工率与电力复工率";

  public static final String CHART_NAME = "power";

  /** The appendix part that holds this section, and its heading. */
  public static final String APPENDIX_PART = "（八）";

  public static final String APPENDIX_HEADING = APPENDIX_PART + "电力核验";

  /** The title of the flagged enterprises' list in that part. */
  public static final String FLAGGED_HEADING = "电力核验异常企业名单";

  /** How many counties the section names where 自报 exceeds 电力 most. */
  public static final int MOST_OVER_REPORTED = 3;

  public PowerSection {
    rows = List.copyOf(rows);
    flagCounts = List.copyOf(flagCounts);
    points = List.copyOf(points);
    flagged = List.copyOf(flagged);
  }

  /**
   * One line of the table: rates in tenths of a percent (null: no data), the index in tenths of a
   * point, flagged enterprises per kind.
   *
   * @param total the scope's total (the last row), not a county
   */
  public record Row(
      String name,
      boolean total,
      Long selfReported,
      Long powerResumption,
      Long consumptionRecovery,
      Long index,
      Long coverage,
      long doubtful,
      long unreported,
      long divergence) {}

  /** How many enterprises of the scope one kind of flag names. */
  public record FlagCount(PowerFlagKind kind, long enterprises) {
    /** "复工存疑3家". */
    public String text() {
      return kind.label() + enterprises + "家";
    }
  }

  /**
   * One county's dot: x = self-reported 复工率, y = 电力复工率, fractions in [0,1].
   *
   * @param label the short county name written beside the dot
   */
  public record ScatterPoint(String label, double selfReported, double powerResumption) {
    /** The dot as the charts draw it: x = 自报, y = 电力. */
    public fugong.report.chart.LabelledPoint dot() {
      return new fugong.report.chart.LabelledPoint(label, selfReported, powerResumption);
    }
  }

  /**
   * A flagged enterprise as the appendix lists it: kWh and baseline as shown, and what the value
   * means in words.
   */
  public record FlaggedEnterprise(
      PowerFlagKind kind,
      String county,
      String enterprise,
      String kilowattHours,
      String baselineKilowattHours,
      String finding) {}

  /** The section of the context's scope and date, or null without meter data. */
  public static PowerSection of(BriefingContext context) {
    if (context.power.isEmpty()) {
      return null;
    }
    Optional<PowerDailyRecord> total = context.powerTotal();
    String totalName = context.cityWide() ? "全市" : "分包合计";

    List<Row> counties = new ArrayList<>();
    List<ScatterPoint> points = new ArrayList<>();
    List<String> pointTexts = new ArrayList<>();
    List<String> withoutData = new ArrayList<>();
    for (UnitMetrics county :
        context.counties.stream().sorted(Comparator.comparing(UnitMetrics::code)).toList()) {
      Optional<PowerDailyRecord> power = countyRow(context, county.code());
      Double selfReported =
          power.map(PowerDailyRecord::resumptionRate).orElse(county.resumptionRate());
      Double metered = power.map(PowerDailyRecord::powerResumptionRate).orElse(null);
      counties.add(
          row(
              county.name(),
              false,
              selfReported,
              power.orElse(null),
              context.powerFlags.stream()
                  .filter(flag -> flag.countyCode().equals(county.code()))
                  .toList()));
      String label = Wording.shortCountyName(county.name());
      if (selfReported != null && metered != null) {
        points.add(new ScatterPoint(label, selfReported, metered));
        pointTexts.add(
            county.name()
                + " 自报"
                + Formats.percent(selfReported)
                + "、电力"
                + Formats.percent(metered));
      } else {
        withoutData.add(county.name());
      }
    }
    List<Row> rows = new ArrayList<>(counties);
    // a stable sort: equal gaps stay in county code order
    rows.sort(
        Comparator.comparing(
            PowerSection::gap, Comparator.nullsLast(Comparator.<Long>reverseOrder())));
    Double totalSelf =
        total.map(PowerDailyRecord::resumptionRate).orElse(context.total.resumptionRate());
    rows.add(row(totalName, true, totalSelf, total.orElse(null), context.powerFlags));

    List<FlagCount> flagCounts = new ArrayList<>();
    for (PowerFlagKind kind : PowerFlagKind.values()) {
      flagCounts.add(
          new FlagCount(
              kind, context.powerFlags.stream().filter(flag -> flag.kind() == kind).count()));
    }

    Double metered = total.map(PowerDailyRecord::powerResumptionRate).orElse(null);
    StringBuilder headline =
        new StringBuilder(context.cityWide() ? "全市" : "分包县市区")
            .append("电力复工率")
            .append(Formats.percent(metered))
            .append("，自报复工率")
            .append(Formats.percent(totalSelf));
    Long difference = Formats.shownDifference(totalSelf, metered);
    if (difference != null) {
      headline.append(
          difference > 0
              ? "（自报高出" + Formats.decimal(difference) + "个百分点）"
              : difference < 0 ? "（自报低" + Formats.decimal(-difference) + "个百分点）" : "（两者相同）");
    }
    headline
        .append("；复工电力指数")
        .append(index(total.map(PowerDailyRecord::powerIndex).orElse(null)))
        .append("，电表覆盖率")
        .append(Formats.percent(total.map(PowerDailyRecord::coverage).orElse(null)))
        .append("；")
        .append(Wording.list(flagCounts.stream().map(FlagCount::text).toList()))
        .append("。");

    StringBuilder note = new StringBuilder("县市区按自报复工率高出电力复工率的幅度排列；复工存疑、用电未报、产值电量背离为企业家数，名单见下。");
    long withoutBaseline = total.map(PowerDailyRecord::enterprisesWithoutBaseline).orElse(0L);
    long readWithoutBaseline = total.map(PowerDailyRecord::readingsWithoutBaseline).orElse(0L);
    if (withoutBaseline > 0 || readWithoutBaseline > 0) {
      note.append("无用电基线企业")
          .append(withoutBaseline)
          .append("家（其中当日有电表读数")
          .append(readWithoutBaseline)
          .append("家），不计入电力比率。");
    }

    String chartText =
        CHART_TITLE
            + "（每点一个县市区；斜线上两者相等，斜线右下方电力复工率低于自报）："
            + (pointTexts.isEmpty() ? "无" : String.join("；", pointTexts))
            + "。"
            + (withoutData.isEmpty() ? "" : Wording.list(withoutData) + "当日无电力数据。");

    List<FlaggedEnterprise> flagged = new ArrayList<>();
    context.powerFlags.stream()
        .sorted(
            Comparator.comparing(PowerFlagRecord::kind)
                .thenComparing(PowerFlagRecord::countyCode)
                .thenComparing(
                    PowerFlagRecord::enterpriseName,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                    PowerFlagRecord::uscc, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(
            flag ->
                flagged.add(
                    new FlaggedEnterprise(
                        flag.kind(),
                        flag.countyName() == null
                            ? context.countyName(flag.countyCode())
                            : flag.countyName(),
                        flag.enterpriseName() == null ? flag.uscc() : flag.enterpriseName(),
                        Formats.kilowattHours(flag.kilowattHours()),
                        Formats.kilowattHours(flag.baselineKilowattHours()),
                        finding(flag))));
    return new PowerSection(
        headline.toString(),
        gaps(counties),
        rows,
        flagCounts,
        points,
        chartText,
        note.toString(),
        flagged);
  }

  private static Optional<PowerDailyRecord> countyRow(BriefingContext context, String code) {
    return context.power.stream()
        .filter(row -> row.unitType().equals(PowerDailyRecord.COUNTY) && row.unit().equals(code))
        .findFirst();
  }

  private static Row row(
      String name,
      boolean total,
      Double selfReported,
      PowerDailyRecord power,
      List<PowerFlagRecord> flags) {
    return new Row(
        name,
        total,
        Formats.tenths(selfReported),
        power == null ? null : Formats.tenths(power.powerResumptionRate()),
        power == null ? null : Formats.tenths(power.consumptionRecoveryRate()),
        power == null ? null : Formats.tenths(power.powerIndex()),
        power == null ? null : Formats.tenths(power.coverage()),
        flags.stream().filter(flag -> flag.kind() == PowerFlagKind.DOUBTFUL_RESUMPTION).count(),
        flags.stream().filter(flag -> flag.kind() == PowerFlagKind.UNREPORTED_OPERATION).count(),
        flags.stream()
            .filter(flag -> flag.kind() == PowerFlagKind.OUTPUT_POWER_DIVERGENCE)
            .count());
  }

  /**
   * "自报复工率高出电力复工率最多的是饶阳县（16.7个百分点）、景县（12.0个百分点）；明细见附件（八）。": the counties with the largest positive
   * gap, largest first (equal gaps in county code order), or that none exceeds when no county's
   * self-report is above its meters; then where the details are.
   */
  static String gaps(List<Row> counties) {
    List<String> largest =
        counties.stream()
            .filter(row -> gap(row) != null && gap(row) > 0)
            .sorted(Comparator.comparing(PowerSection::gap, Comparator.reverseOrder()))
            .limit(MOST_OVER_REPORTED)
            .map(row -> row.name() + "（" + Formats.decimal(gap(row)) + "个百分点）")
            .toList();
    return largest.isEmpty()
        ? "各县市区自报复工率均未高于电力复工率。"
        : "自报复工率高出电力复工率最多的是" + Wording.list(largest) + "。";
  }

  /** 自报 − 电力 as shown, in tenths of a point; null without either. */
  private static Long gap(Row row) {
    return row.selfReported() == null || row.powerResumption() == null
        ? null
        : row.selfReported() - row.powerResumption();
  }

  /** The index on a scale of 100 with one decimal: 0.6804 → "68.0"; null → "—". */
  public static String index(Double index) {
    Long tenths = Formats.tenths(index);
    return tenths == null ? "—" : Formats.decimal(tenths);
  }

  /** The index of a row as shown: 680 → "68.0"; null → "—". */
  public static String indexOfTenths(Long tenths) {
    return tenths == null ? "—" : Formats.decimal(tenths);
  }

  /** What the flag's value says: "用电为基线的12.0%" or "产值比与用电比相差45.0个百分点". */
  private static String finding(PowerFlagRecord flag) {
    if (flag.value() == null) {
      return flag.kind().label();
    }
    return flag.kind() == PowerFlagKind.OUTPUT_POWER_DIVERGENCE
        ? "产值比与用电比相差" + Formats.decimal(Formats.tenths(Math.abs(flag.value()))) + "个百分点"
        : "用电为基线的" + Formats.percent(flag.value());
  }
}
