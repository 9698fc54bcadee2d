package fugong.report;

import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import fugong.forecast.ForecastStatus;
import fugong.report.ActionGroup.CountyFindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorts the alerts of a briefing's scope, and the lagging figures that are not alerts (a late file,
 * key enterprises not resumed, stalled above-scale resumption), into one {@link ActionGroup} per
 * kind: most severe first, then in the order of {@link ActionKind}. Never one line per enterprise.
 */
public final class ActionGroups {
  private ActionGroups() {}

  public static List<ActionGroup> of(BriefingContext context) {
    Map<ActionKind, Map<String, List<String>>> findings = new EnumMap<>(ActionKind.class);
    Map<ActionKind, Severity> severities = new EnumMap<>(ActionKind.class);
    for (AlertRecord alert : context.alerts) {
      ActionKind item = alert.kind().item();
      findings
          .computeIfAbsent(item, kind -> new TreeMap<>())
          .computeIfAbsent(alert.countyCode(), code -> new ArrayList<>())
          .add(finding(context, alert));
      severities.merge(item, alert.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    for (UnitMetrics county : context.counties) {
      if (county.submission() == SubmissionStatus.LATE) {
        add(
            findings,
            severities,
            ActionKind.LATE_SUBMISSION,
            county.code(),
            Formats.clock(county.firstArrival()) + "到达");
      }
    }
    for (KeyEnterprise enterprise : context.keyEnterprises) {
      if (!enterprise.resumed()) {
        add(
            findings,
            severities,
            ActionKind.KEY_ENTERPRISES_NOT_RESUMED,
            enterprise.countyCode(),
            enterprise.name());
      }
    }
    for (ForecastRecord forecast : context.forecasts) {
      if (ForecastRecord.COUNTY.equals(forecast.unitType())
          && forecast.metric() == RateMetric.ABOVE_SCALE_RESUMPTION
          && forecast.outcome() == ForecastStatus.NO_PROGRESS) {
        add(
            findings,
            severities,
            ActionKind.ABOVE_SCALE_STALLED,
            forecast.unit(),
            "规上复工率" + Formats.percent(forecast.value()));
      }
    }
    List<ActionGroup> groups = new ArrayList<>();
    for (Map.Entry<ActionKind, Map<String, List<String>>> entry : findings.entrySet()) {
      groups.add(group(context, entry.getKey(), severities.get(entry.getKey()), entry.getValue()));
    }
    groups.sort(Comparator.comparing(ActionGroup::severity).thenComparing(ActionGroup::kind));
    return List.copyOf(groups);
  }

  private static void add(
      Map<ActionKind, Map<String, List<String>>> findings,
      Map<ActionKind, Severity> severities,
      ActionKind kind,
      String countyCode,
      String finding) {
    findings
        .computeIfAbsent(kind, key -> new TreeMap<>())
        .computeIfAbsent(countyCode, code -> new ArrayList<>())
        .add(finding);
    severities.putIfAbsent(kind, kind.severity());
  }

  /**
   * One alert as the appendix lists it, in Chinese, from the alert's fields rather than its
   * message.
   */
  private static String finding(BriefingContext context, AlertRecord alert) {
    String name = alert.enterpriseName() == null ? "" : alert.enterpriseName();
    long value = alert.value() == null ? 0 : Math.round(alert.value());
    UnitMetrics county = context.county(alert.countyCode()).orElse(null);
    return switch (alert.kind()) {
      case CONFIRMED_WHILE_RESUMED -> name + "确诊" + value + "例";
      case MISSING_SUBMISSION -> "未报送" + Formats.monthDay(context.date) + "日报";
      case REJECTED_FILE -> "报送文件无法读取";
      case QUARANTINE_SHARE ->
          county == null
              ? "未通过校验行偏多"
              : county.quarantinedRows() + "/" + county.rowsRead() + "行未通过校验";
      case RESUMPTION_DROP ->
          county == null
              ? "复工率下降"
              : "复工率"
                  + Formats.percent(county.resumptionRate())
                  + "，"
                  + Wording.changeFromPrevious(context.countyChange(county, RateMetric.RESUMPTION));
      case LOW_COMPLIANCE ->
          county == null ? "全部落实率偏低" : "全部落实率" + Formats.percent(county.fullComplianceRate());
      case STATISTICAL_ANOMALY ->
          county == null
              ? "复工率变化异常"
              : "复工率"
                  + Wording.changeFromPrevious(context.countyChange(county, RateMetric.RESUMPTION));
      case DIFFICULTY_OVERDUE -> name + "：" + quoted(alert.chineseMessage()) + value + "天";
      case DORMITORY_MISMATCH -> name;
      case OUTPUT_IMPLAUSIBLE -> name + "（产值" + Formats.amount(alert.value()) + "万元）";
      case STAFF_IMPLAUSIBLE -> name + "（到岗" + value + "人）";
      case POWER_DOUBTFUL_RESUMPTION, POWER_UNREPORTED_OPERATION, POWER_OUTPUT_DIVERGENCE ->
          name + "（" + alert.kind().title() + "）";
      default -> alert.chineseMessage();
    };
  }

  /** The difficulty's name, written between “ and ” in the overdue alert's message. */
  private static String quoted(String message) {
    int open = message.indexOf('“');
    int close = message.indexOf('”', open + 1);
    return open >= 0 && close > open ? message.substring(open + 1, close) : "困难";
  }

  private static ActionGroup group(
      BriefingContext context,
      ActionKind kind,
      Severity severity,
      Map<String, List<String>> byCounty) {
    List<CountyFindings> counties = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : byCounty.entrySet()) {
      UnitMetrics county = context.county(entry.getKey()).orElse(null);
      String leader = county == null ? "" : county.leader();
      String section = county == null ? "" : county.section();
      counties.add(
          new CountyFindings(
              entry.getKey(),
              context.countyName(entry.getKey()),
              leader,
              section,
              List.copyOf(entry.getValue())));
    }
    int findings = counties.stream().mapToInt(county -> county.findings().size()).sum();
    String unit =
        switch (kind) {
          case MISSING_SUBMISSION,
              REJECTED_FILE,
              QUARANTINE_SHARE,
              RESUMPTION_DROP,
              LOW_COMPLIANCE,
              STATISTICAL_ANOMALY,
              LATE_SUBMISSION,
              ABOVE_SCALE_STALLED ->
              "个县市区";
          case DIFFICULTY_OVERDUE, POWER_CHECK -> "项";
          default -> "家";
        };
    return new ActionGroup(
        kind, severity, findings, unit, text(context, kind, counties, findings, unit), counties);
  }

  /** The page-1 sentence of a group. */
  private static String text(
      BriefingContext context,
      ActionKind kind,
      List<CountyFindings> counties,
      int findings,
      String unit) {
    var metrics = context.settings.metrics();
    List<String> each = new ArrayList<>();
    for (CountyFindings county : counties) {
      each.add(county.county() + county.findings().get(0));
    }
    return switch (kind) {
      case CONFIRMED_WHILE_RESUMED -> {
        List<String> enterprises = new ArrayList<>();
        counties.forEach(
            county ->
                county.findings().forEach(finding -> enterprises.add(county.county() + finding)));
        yield Wording.list(enterprises) + "仍在生产，应立即督促停产并按预案处置";
      }
      case MISSING_SUBMISSION ->
          Wording.list(names(counties)) + "未报送" + Formats.monthDay(context.date) + "日报，请督促补报";
      case REJECTED_FILE -> Wording.list(names(counties)) + "报送的文件无法读取，请督促重新报送";
      case QUARANTINE_SHARE ->
          Wording.list(each) + "，超过" + Formats.threshold(metrics.quarantineShare()) + "，请督促更正后重报";
      case RESUMPTION_DROP ->
          Wording.list(each)
              + "，降幅超过"
              + Formats.decimal(Formats.tenths(metrics.resumptionDrop()))
              + "个百分点";
      case LOW_COMPLIANCE ->
          Wording.list(each.stream().map(text -> text.replace("全部落实率", "")).toList())
              + "，低于"
              + Formats.threshold(metrics.complianceThreshold())
              + "的要求";
      case STATISTICAL_ANOMALY -> Wording.list(each) + "，明显异于其他县市区，请核实数据";
      case LATE_SUBMISSION -> Wording.list(each) + "，迟于" + Formats.deadline(metrics.deadline());
      case ABOVE_SCALE_STALLED ->
          Wording.list(each) + "，近" + metrics.forecastWindowDays() + "日未见上升";
      case DIFFICULTY_OVERDUE ->
          findings
              + unit
              + "超过"
              + metrics.difficultyOverdueDays()
              + "天："
              + countsByCounty(counties)
              + longest(context);
      case POWER_CHECK ->
          findings
              + unit
              + "（"
              + powerFlagCounts(context)
              + "）："
              + countsByCounty(counties)
              + "，名单见附件"
              + PowerSection.APPENDIX_PART;
      case KEY_ENTERPRISES_NOT_RESUMED, DORMITORY_MISMATCH, OUTPUT_IMPLAUSIBLE, STAFF_IMPLAUSIBLE ->
          findings + unit + "：" + countsByCounty(counties);
      default -> findings + "条：" + countsByCounty(counties);
    };
  }

  private static List<String> names(List<CountyFindings> counties) {
    return counties.stream().map(CountyFindings::county).toList();
  }

  /**
   * "冀州 5、枣强 5、桃城 3": counties with most findings first, ties in code order; beyond {@link
   * BriefingSettings#MAXIMUM_COUNTIES_NAMED} the first ones and "等13个县市区".
   */
  static String countsByCounty(List<CountyFindings> counties) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counties.stream()
        .sorted(
            Comparator.comparing((CountyFindings county) -> -county.findings().size())
                .thenComparing(CountyFindings::countyCode))
        .forEach(
            county ->
                counts.put(Wording.shortCountyName(county.county()), county.findings().size()));
    List<String> parts = new ArrayList<>();
    counts.forEach((county, count) -> parts.add(county + " " + count));
    if (parts.size() <= BriefingSettings.MAXIMUM_COUNTIES_NAMED) {
      return Wording.list(parts);
    }
    return Wording.list(parts.subList(0, BriefingSettings.MAXIMUM_COUNTIES_NAMED))
        + "等"
        + parts.size()
        + "个县市区";
  }

  /** "用电未报15家、产值电量背离6家": the scope's electricity flags per kind, kinds without one left out. */
  private static String powerFlagCounts(BriefingContext context) {
    List<String> counts = new ArrayList<>();
    Map<ActionKind, Integer> flagged = new EnumMap<>(ActionKind.class);
    for (AlertRecord alert : context.alerts) {
      if (alert.kind() != ActionKind.POWER_CHECK && alert.kind().item() == ActionKind.POWER_CHECK) {
        flagged.merge(alert.kind(), 1, Integer::sum);
      }
    }
    flagged.forEach((kind, count) -> counts.add(kind.title() + count + "家"));
    return Wording.list(counts);
  }

  /** "（最长12天）": the longest-open overdue case of the scope. */
  private static String longest(BriefingContext context) {
    long longest = 0;
    for (AlertRecord alert : context.alerts) {
      if (alert.kind() == ActionKind.DIFFICULTY_OVERDUE && alert.value() != null) {
        longest = Math.max(longest, Math.round(alert.value()));
      }
    }
    return longest > 0 ? "（最长" + longest + "天）" : "";
  }
}
