package fugong.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of one briefing, narrowed to its date and scope: the scope's total and counties today
 * and the day before, the whole city's counties and leaders (for ranks and comparisons), and the
 * alerts, forecasts, enterprises and cases of the scope. Each section is built from it.
 */
public final class BriefingContext {
  /** Counties ranked by resumption rate, highest first, then by code. */
  static final Comparator<UnitMetrics> BY_RESUMPTION =
      Comparator.comparing(
              UnitMetrics::resumptionRate, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(UnitMetrics::code);

  final Edition edition;
  final String scopeName;
  final LocalDate date;
  final BriefingInputs inputs;
  final BriefingSettings settings;
  final UnitMetrics total;
  final UnitMetrics previousTotal;
  final UnitMetrics city;
  final UnitMetrics previousCity;
  final List<UnitMetrics> counties;
  final List<UnitMetrics> allCounties;
  final Map<String, UnitMetrics> previousCounties = new LinkedHashMap<>();
  final List<UnitMetrics> leaders;
  final Map<String, UnitMetrics> previousLeaders = new LinkedHashMap<>();
  final Map<String, Integer> cityRanks = new LinkedHashMap<>();
  final Map<String, Integer> leaderRanks = new LinkedHashMap<>();
  final List<AlertRecord> alerts;
  final List<ForecastRecord> forecasts;
  final List<KeyEnterprise> keyEnterprises;
  final List<DifficultyCaseRecord> openCases;
  final List<QuarantineCount> quarantine;

  /** power_daily of the date: the scope's total (city or leader row) and its counties. */
  final List<PowerDailyRecord> power;

  /** power_flags of the date in the scope's counties. */
  final List<PowerFlagRecord> powerFlags;

  /** The flows of the scope's 复工率 from the day before to the date (city or leader). */
  final List<FlowRecord> flows;

  /**
   * The revisions of the scope's figures (its total and its counties) made by the runs that
   * published through the date.
   */
  final List<RevisionRecord> revisions;

  private BriefingContext(
      Edition edition,
      String scopeName,
      LocalDate date,
      BriefingInputs inputs,
      UnitMetrics total,
      UnitMetrics previousTotal) {
    this.edition = edition;
    this.scopeName = scopeName;
    this.date = date;
    this.inputs = inputs;
    this.settings = inputs.settings();
    this.total = total;
    this.previousTotal = previousTotal;
    this.city =
        onDate(inputs.city(), date).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no city figures on " + date));
    this.previousCity = onDate(inputs.city(), date.minusDays(1)).stream().findFirst().orElse(null);
    this.allCounties = onDate(inputs.counties(), date).stream().sorted(BY_RESUMPTION).toList();
    onDate(inputs.counties(), date.minusDays(1))
        .forEach(county -> previousCounties.put(county.code(), county));
    for (int index = 0; index < allCounties.size(); index++) {
      cityRanks.put(allCounties.get(index).code(), index + 1);
    }
    this.leaders = onDate(inputs.leaders(), date).stream().sorted(BY_RESUMPTION).toList();
    onDate(inputs.leaders(), date.minusDays(1))
        .forEach(leader -> previousLeaders.put(leader.name(), leader));
    for (int index = 0; index < leaders.size(); index++) {
      leaderRanks.put(leaders.get(index).name(), index + 1);
    }
    List<String> codes =
        edition == Edition.CITY
            ? allCounties.stream().map(UnitMetrics::code).toList()
            : total.counties();
    this.counties = allCounties.stream().filter(county -> codes.contains(county.code())).toList();
    this.alerts =
        inputs.alerts().stream()
            .filter(alert -> date.equals(alert.date()) && codes.contains(alert.countyCode()))
            .toList();
    this.forecasts =
        inputs.forecasts().stream()
            .filter(forecast -> date.equals(forecast.date()))
            .filter(
                forecast ->
                    switch (forecast.unitType()) {
                      case ForecastRecord.CITY -> edition == Edition.CITY;
                      case ForecastRecord.LEADER ->
                          edition == Edition.LEADER && forecast.unit().equals(scopeName);
                      default -> codes.contains(forecast.unit());
                    })
            .toList();
    this.keyEnterprises =
        inputs.keyEnterprises().stream()
            .filter(
                enterprise ->
                    date.equals(enterprise.date()) && codes.contains(enterprise.countyCode()))
            .toList();
    this.openCases =
        inputs.cases().stream()
            .filter(found -> codes.contains(found.countyCode()) && found.openOn(date))
            .toList();
    this.quarantine =
        inputs.quarantine().stream()
            .filter(count -> date.equals(count.date()) && codes.contains(count.countyCode()))
            .toList();
    this.power =
        inputs.power().stream()
            .filter(row -> date.equals(row.date()))
            .filter(
                row ->
                    switch (row.unitType()) {
                      case PowerDailyRecord.CITY -> edition == Edition.CITY;
                      case PowerDailyRecord.LEADER ->
                          edition == Edition.LEADER && row.unit().equals(scopeName);
                      case PowerDailyRecord.COUNTY -> codes.contains(row.unit());
                      default -> false;
                    })
            .toList();
    this.powerFlags =
        inputs.powerFlags().stream()
            .filter(flag -> date.equals(flag.date()) && codes.contains(flag.countyCode()))
            .toList();
    String totalType = edition == Edition.CITY ? "city" : "leader";
    this.flows =
        inputs.flows().stream()
            .filter(
                flow ->
                    date.equals(flow.date())
                        && flow.unitType().equals(totalType)
                        && (edition == Edition.CITY || flow.unit().equals(scopeName)))
            .toList();
    this.revisions =
        inputs.revisions().stream()
            .filter(revision -> date.equals(revision.publishedThrough()))
            .filter(
                revision ->
                    switch (revision.tableName()) {
                      case "city_daily" -> edition == Edition.CITY;
                      case "leader_daily" ->
                          edition == Edition.LEADER && revision.unit().equals(scopeName);
                      case "county_daily" -> codes.contains(revision.unit());
                      default -> false;
                    })
            .toList();
  }

  /** The scope's own power_daily row (the city's, or the leader's): empty without meter data. */
  java.util.Optional<PowerDailyRecord> powerTotal() {
    String totalType = cityWide() ? PowerDailyRecord.CITY : PowerDailyRecord.LEADER;
    return power.stream().filter(row -> row.unitType().equals(totalType)).findFirst();
  }

  /** The city briefing's context. */
  public static BriefingContext city(BriefingInputs inputs, LocalDate date) {
    UnitMetrics total =
        onDate(inputs.city(), date).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no city figures on " + date));
    UnitMetrics previous =
        onDate(inputs.city(), date.minusDays(1)).stream().findFirst().orElse(null);
    return new BriefingContext(Edition.CITY, "全市", date, inputs, total, previous);
  }

  /** A leader's briefing context: the counties assigned to him on the date. */
  public static BriefingContext leader(BriefingInputs inputs, LocalDate date, String leader) {
    UnitMetrics total =
        onDate(inputs.leaders(), date).stream()
            .filter(row -> row.name().equals(leader))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no figures of " + leader + " on " + date));
    UnitMetrics previous =
        onDate(inputs.leaders(), date.minusDays(1)).stream()
            .filter(row -> row.name().equals(leader))
            .findFirst()
            .orElse(null);
    return new BriefingContext(Edition.LEADER, leader, date, inputs, total, previous);
  }

  private static List<UnitMetrics> onDate(List<UnitMetrics> rows, LocalDate date) {
    List<UnitMetrics> found = new ArrayList<>();
    for (UnitMetrics row : rows) {
      if (date.equals(row.date())) {
        found.add(row);
      }
    }
    return found;
  }

  boolean cityWide() {
    return edition == Edition.CITY;
  }

  /** 全市, or 赵振川同志分包县市区. */
  String scopeLabel() {
    return cityWide() ? "全市" : scopeName + "同志分包县市区";
  }

  Optional<UnitMetrics> county(String code) {
    return allCounties.stream().filter(county -> county.code().equals(code)).findFirst();
  }

  String countyName(String code) {
    return county(code).map(UnitMetrics::name).orElse(code);
  }

  /** A county's shown day-on-day change of a rate, in tenths of a point. */
  Long countyChange(UnitMetrics county, RateMetric metric) {
    UnitMetrics previous = previousCounties.get(county.code());
    return previous == null
        ? null
        : Formats.shownDifference(metric.of(county), metric.of(previous));
  }

  Long totalChange(RateMetric metric) {
    return previousTotal == null
        ? null
        : Formats.shownDifference(metric.of(total), metric.of(previousTotal));
  }

  Long leaderChange(UnitMetrics leader, RateMetric metric) {
    UnitMetrics previous = previousLeaders.get(leader.name());
    return previous == null
        ? null
        : Formats.shownDifference(metric.of(leader), metric.of(previous));
  }

  /** A series of one unit's resumption rate over the trend days ending on the date. */
  List<fugong.report.chart.DatedValue> history(List<UnitMetrics> rows, String code) {
    LocalDate start = date.minusDays(BriefingInputs.TREND_DAYS - 1);
    return rows.stream()
        .filter(
            row ->
                row.code().equals(code) && !row.date().isBefore(start) && !row.date().isAfter(date))
        .sorted(Comparator.comparing(UnitMetrics::date))
        .map(row -> new fugong.report.chart.DatedValue(row.date(), row.resumptionRate()))
        .toList();
  }

  Instant dataAsOf() {
    return inputs.dataAsOf().get(date);
  }

  /** 第N期: the report dates in the lake up to and including this one. */
  int issueNumber() {
    return (int) inputs.reportDates().stream().filter(day -> !day.isAfter(date)).count();
  }
}
