package fugong.report;

import fugong.domain.ChecklistItem;
import fugong.domain.EnterpriseStatus;
import fugong.domain.ReasonCode;
import fugong.domain.SubmissionStatus;
import fugong.forecast.ForecastStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 附件: county detail, every 督导提醒 grouped by kind, key enterprises behind, the 一企一策 ledger, checklist
 * items below the threshold, forecasts that stall or come late, submission timeliness and data
 * quality (the one part that names reason codes, for 运行监测科), and the definitions in force.
 */
public record Appendix(
    List<CountyDetail> counties,
    List<ActionGroup> alertGroups,
    List<Laggard> laggards,
    List<DifficultySummary.EnterpriseCases> ledger,
    List<ChecklistShortfall> checklist,
    List<CountyChecklist> checklistByCounty,
    List<ForecastException> forecasts,
    List<DataQuality> dataQuality,
    List<String> definitions) {

  /** A county's figures in full; the status groups add up to 复工. */
  public record CountyDetail(
      String county,
      long enterprises,
      Long coverage,
      Long resumption,
      Long aboveScale,
      Long employeeReturn,
      Long capacity,
      long resumed,
      long fullLoad,
      long partial,
      long reduced,
      long stopped,
      long suspected,
      long isolated,
      long confirmed,
      long openDifficulties) {}

  /** A key enterprise behind. */
  public record Laggard(
      String enterprise,
      String county,
      boolean resumed,
      Long outputShare,
      EnterpriseStatus status) {}

  /** A checklist item below the threshold in the scope or in one of its counties. */
  public record ChecklistShortfall(ChecklistItem item, Long total, List<String> countiesBelow) {}

  /**
   * A county's full-compliance rate (all 18 items) and the rate of each checklist item (the
   * heat-map), counties in ranking order.
   */
  public record CountyChecklist(
      String county, Double fullCompliance, Map<ChecklistItem, Double> rates) {}

  /** A forecast that stalls (no progress) or reaches its target later than the forecast window. */
  public record ForecastException(
      String unit,
      RateMetric metric,
      Long value,
      Long target,
      Long slopeHundredths,
      LocalDate projectedDate,
      String verdict) {}

  /** One county's submission and the reasons its rows were not accepted. */
  public record DataQuality(
      String county,
      SubmissionStatus status,
      Instant firstArrival,
      long rowsRead,
      long rowsRejected,
      List<String> reasons) {}

  public static Appendix of(
      BriefingContext context, List<ActionGroup> groups, DifficultySummary difficulties) {
    var metrics = context.settings.metrics();
    List<CountyDetail> counties = new ArrayList<>();
    for (UnitMetrics county : context.counties) {
      counties.add(
          new CountyDetail(
              county.name(),
              county.enterprises(),
              Formats.tenths(county.coverage()),
              Formats.tenths(county.resumptionRate()),
              Formats.tenths(county.aboveScaleResumptionRate()),
              Formats.tenths(county.employeeReturnRate()),
              Formats.tenths(county.capacityRecoveryRate()),
              county.resumed(),
              county.fullLoad(),
              county.partiallyRecovered(),
              county.reduced(),
              county.stopped(),
              county.suspected(),
              county.isolated(),
              county.confirmed(),
              county.openDifficulties()));
    }
    List<Laggard> laggards = new ArrayList<>();
    context.keyEnterprises.stream()
        .sorted(
            Comparator.comparing(KeyEnterprise::resumed)
                .thenComparing(
                    enterprise ->
                        enterprise.outputShare() == null ? -1.0 : enterprise.outputShare())
                .thenComparing(KeyEnterprise::countyCode)
                .thenComparing(KeyEnterprise::name))
        .forEach(
            enterprise ->
                laggards.add(
                    new Laggard(
                        enterprise.name(),
                        context.countyName(enterprise.countyCode()),
                        enterprise.resumed(),
                        Formats.tenths(enterprise.outputShare()),
                        enterprise.status())));

    List<ChecklistShortfall> checklist = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      Double total = context.total.itemRates().get(item);
      List<String> below = new ArrayList<>();
      for (UnitMetrics county : context.counties) {
        Double rate = county.itemRates().get(item);
        if (rate != null && rate < metrics.complianceThreshold()) {
          below.add(Wording.shortCountyName(county.name()) + " " + Formats.percent(rate));
        }
      }
      if (!below.isEmpty() || (total != null && total < metrics.complianceThreshold())) {
        checklist.add(new ChecklistShortfall(item, Formats.tenths(total), List.copyOf(below)));
      }
    }

    List<ForecastException> forecasts = new ArrayList<>();
    LocalDate late = context.date.plusDays(metrics.forecastWindowDays());
    for (ForecastRecord forecast : context.forecasts) {
      boolean stalled = forecast.outcome() == ForecastStatus.NO_PROGRESS;
      boolean comesLate =
          forecast.outcome() == ForecastStatus.ON_TRACK
              && forecast.projectedDate() != null
              && forecast.projectedDate().isAfter(late);
      if (stalled || comesLate) {
        String unit =
            ForecastRecord.COUNTY.equals(forecast.unitType())
                ? context.countyName(forecast.unit())
                : ForecastRecord.CITY.equals(forecast.unitType())
                    ? "全市"
                    : forecast.unitName() + "分包合计";
        Long slope =
            forecast.slopePerDay() == null ? null : Math.round(forecast.slopePerDay() * 100);
        forecasts.add(
            new ForecastException(
                unit,
                forecast.metric(),
                Formats.tenths(forecast.value()),
                Formats.tenths(forecast.target()),
                slope,
                forecast.projectedDate(),
                stalled
                    ? "近" + metrics.forecastWindowDays() + "日无上升"
                    : "预计"
                        + Formats.monthDay(forecast.projectedDate())
                        + "达标，晚于"
                        + metrics.forecastWindowDays()
                        + "日内"));
      }
    }
    forecasts.sort(
        Comparator.comparing(
                (ForecastException exception) ->
                    exception.unit().equals("全市") || exception.unit().endsWith("分包合计") ? 0 : 1)
            .thenComparing(ForecastException::metric));

    List<DataQuality> quality = new ArrayList<>();
    for (UnitMetrics county :
        context.counties.stream().sorted(Comparator.comparing(UnitMetrics::code)).toList()) {
      Map<String, Long> reasons = new TreeMap<>();
      context.quarantine.stream()
          .filter(count -> count.countyCode().equals(county.code()))
          .forEach(count -> reasons.merge(count.reason(), count.rows(), Long::sum));
      List<String> reasonTexts =
          reasons.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(entry -> reasonText(entry.getKey()) + " " + entry.getValue() + "行")
              .toList();
      quality.add(
          new DataQuality(
              county.name(),
              county.submission(),
              county.firstArrival(),
              county.rowsRead(),
              county.quarantinedRows(),
              reasonTexts));
    }
    return new Appendix(
        List.copyOf(counties),
        groups,
        List.copyOf(laggards),
        difficulties.ledger(),
        List.copyOf(checklist),
        context.counties.stream()
            .map(
                county ->
                    new CountyChecklist(
                        county.name(), county.fullComplianceRate(), county.itemRates()))
            .toList(),
        List.copyOf(forecasts),
        List.copyOf(quality),
        Definitions.of(context.settings, !context.power.isEmpty()));
  }

  /** A reason code with its Chinese explanation: "统一社会信用代码…错误（BAD_USCC_CHECKSUM）". */
  static String reasonText(String code) {
    for (ReasonCode reason : ReasonCode.values()) {
      if (reason.name().equals(code)) {
        return reason.chineseExplanation() + "（" + code + "）";
      }
    }
    return code;
  }
}
