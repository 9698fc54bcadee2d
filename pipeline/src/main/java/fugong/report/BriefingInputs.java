package fugong.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the briefings of a range of report dates are made from, read from the lake once.
 *
 * @param reportDates every report date in the lake, ascending (the issue number counts them)
 * @param city city_daily rows of the dates and the trend days before them
 * @param leaders leader_daily rows of the same days
 * @param counties county_daily rows of the same days
 * @param alerts alerts of the dates
 * @param forecasts forecasts of the dates
 * @param keyEnterprises key enterprises behind on the dates (not resumed, or under half output)
 * @param cases difficulty cases open on any of the dates
 * @param quarantine quarantined rows per county, date and reason code
 * @param power power_daily rows of the dates (counties, leaders, city); empty without meter data
 * @param powerFlags power_flags rows of the dates
 * @param dataAsOf per date, the arrival of the last county file
 * @param runId the run that renders the briefings
 * @param ruleVersion the rule version of the metrics
 * @param settings the settings in force
 * @param flows resumption_flows of the 复工率 of the city and the leaders on the dates
 * @param revisions revisions of city, leader and county figures made by the runs that published
 *     through one of the dates
 */
public record BriefingInputs(
    List<LocalDate> reportDates,
    List<UnitMetrics> city,
    List<UnitMetrics> leaders,
    List<UnitMetrics> counties,
    List<AlertRecord> alerts,
    List<ForecastRecord> forecasts,
    List<KeyEnterprise> keyEnterprises,
    List<DifficultyCaseRecord> cases,
    List<QuarantineCount> quarantine,
    List<PowerDailyRecord> power,
    List<PowerFlagRecord> powerFlags,
    Map<LocalDate, Instant> dataAsOf,
    String runId,
    String ruleVersion,
    BriefingSettings settings,
    List<FlowRecord> flows,
    List<RevisionRecord> revisions) {
  /** Days of history in the trend chart. */
  public static final int TREND_DAYS = 14;

  public BriefingInputs {
    power = List.copyOf(power);
    powerFlags = List.copyOf(powerFlags);
    flows = List.copyOf(flows);
    revisions = List.copyOf(revisions);
  }

  /** Inputs without flows or revisions: the briefings say nothing of either. */
  public BriefingInputs(
      List<LocalDate> reportDates,
      List<UnitMetrics> city,
      List<UnitMetrics> leaders,
      List<UnitMetrics> counties,
      List<AlertRecord> alerts,
      List<ForecastRecord> forecasts,
      List<KeyEnterprise> keyEnterprises,
      List<DifficultyCaseRecord> cases,
      List<QuarantineCount> quarantine,
      List<PowerDailyRecord> power,
      List<PowerFlagRecord> powerFlags,
      Map<LocalDate, Instant> dataAsOf,
      String runId,
      String ruleVersion,
      BriefingSettings settings) {
    this(
        reportDates,
        city,
        leaders,
        counties,
        alerts,
        forecasts,
        keyEnterprises,
        cases,
        quarantine,
        power,
        powerFlags,
        dataAsOf,
        runId,
        ruleVersion,
        settings,
        List.of(),
        List.of());
  }

  /** Inputs without meter data: the briefings have no 电力核验. */
  public BriefingInputs(
      List<LocalDate> reportDates,
      List<UnitMetrics> city,
      List<UnitMetrics> leaders,
      List<UnitMetrics> counties,
      List<AlertRecord> alerts,
      List<ForecastRecord> forecasts,
      List<KeyEnterprise> keyEnterprises,
      List<DifficultyCaseRecord> cases,
      List<QuarantineCount> quarantine,
      Map<LocalDate, Instant> dataAsOf,
      String runId,
      String ruleVersion,
      BriefingSettings settings) {
    this(
        reportDates,
        city,
        leaders,
        counties,
        alerts,
        forecasts,
        keyEnterprises,
        cases,
        quarantine,
        List.of(),
        List.of(),
        dataAsOf,
        runId,
        ruleVersion,
        settings);
  }
}
