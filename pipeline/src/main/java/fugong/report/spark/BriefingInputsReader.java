package fugong.report.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import fugong.domain.ChecklistItem;
import fugong.domain.CountyDirectory;
import fugong.domain.Difficulty;
import fugong.domain.EnterpriseStatus;
import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import fugong.forecast.ForecastStatus;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricColumns;
import fugong.metrics.ResumptionFlow;
import fugong.metrics.spark.ResumptionFlowTable;
import fugong.power.PowerFlagKind;
import fugong.report.ActionKind;
import fugong.report.AlertRecord;
import fugong.report.BriefingInputs;
import fugong.report.BriefingSettings;
import fugong.report.DifficultyCaseRecord;
import fugong.report.FlowRecord;
import fugong.report.ForecastRecord;
import fugong.report.KeyEnterprise;
import fugong.report.PowerDailyRecord;
import fugong.report.PowerFlagRecord;
import fugong.report.QuarantineCount;
import fugong.report.RateMetric;
import fugong.report.RevisionRecord;
import fugong.report.UnitMetrics;
import fugong.report.Wording;
import fugong.run.RuleVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads from a published lake state only what the briefings of some report dates show, as the typed
 * {@link BriefingInputs}: the metric rows of the dates and the days of the trend before them, their
 * alerts and forecasts, key enterprises behind, open difficulty cases, quarantine reason counts and
 * when each date's data arrived. Every list comes back in a fixed order, so the same lake gives the
 * same briefings.
 */
public final class BriefingInputsReader {
  private final Lake lake;
  private final PublishedState state;

  public BriefingInputsReader(Lake lake, PublishedState state) {
    this.lake = requireNonNull(lake, "lake is null");
    this.state = requireNonNull(state, "state is null");
  }

  /** Every report date of the state's city_daily, ascending. */
  public List<LocalDate> reportDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Row row : lake.read(LakeTable.CITY_DAILY, state).select("report_date").collectAsList()) {
      dates.add(row.getLocalDate(0));
    }
    return List.copyOf(dates);
  }

  /**
   * What the briefings of {@code dates} (ascending, not empty; of {@code allDates}) are made from.
   */
  public BriefingInputs read(
      List<LocalDate> allDates, List<LocalDate> dates, String runId, BriefingSettings settings) {
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    Column inDates = col("report_date").between(lit(first), lit(last));
    Column withHistory =
        col("report_date").between(lit(first.minusDays(BriefingInputs.TREND_DAYS - 1)), lit(last));
    return new BriefingInputs(
        allDates,
        unitMetrics(lake.read(LakeTable.CITY_DAILY, state).where(withHistory), Unit.CITY),
        unitMetrics(lake.read(LakeTable.LEADER_DAILY, state).where(withHistory), Unit.LEADER),
        unitMetrics(lake.read(LakeTable.COUNTY_DAILY, state).where(withHistory), Unit.COUNTY),
        alerts(inDates),
        forecasts(inDates),
        keyEnterprises(inDates),
        cases(first, last),
        quarantine(inDates),
        power(inDates),
        powerFlags(inDates),
        dataAsOf(inDates),
        runId,
        RuleVersion.CURRENT,
        settings,
        flows(inDates),
        revisions(inDates));
  }

  /** resumption_flows of the 复工率 of the city and the leaders on the dates. */
  private List<FlowRecord> flows(Column inDates) {
    List<FlowRecord> flows = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.RESUMPTION_FLOWS, state)
            .where(
                inDates
                    .and(col("metric").equalTo(ResumptionFlowTable.RESUMPTION_RATE))
                    .and(col("unit_type").isin("city", "leader")))
            .collectAsList()) {
      long resumedChange = row.getAs("resumed_change");
      long populationChange = row.getAs("population_change");
      flows.add(
          new FlowRecord(
              row.getAs("report_date"),
              row.getAs("unit_type"),
              row.getAs("unit"),
              ResumptionFlow.ofCode(row.getAs("flow")),
              row.<Long>getAs("enterprises"),
              row.getAs("contribution_points"),
              resumedChange != 0 || populationChange != 0));
    }
    flows.sort(
        Comparator.comparing(FlowRecord::date)
            .thenComparing(FlowRecord::unitType)
            .thenComparing(FlowRecord::unit)
            .thenComparing(FlowRecord::flow));
    return flows;
  }

  /**
   * The revisions of city, leader and county figures made by the runs that published through one of
   * the dates ({@code inDates} on published_through), each with the day its files arrived.
   */
  private List<RevisionRecord> revisions(Column inDates) {
    List<Row> rows =
        lake.read(LakeTable.REVISIONS, state)
            .withColumnRenamed("report_date", "revised_date")
            .withColumnRenamed("published_through", "report_date")
            .where(
                inDates.and(
                    col("table_name")
                        .isin(
                            LakeTable.CITY_DAILY.tableName(),
                            LakeTable.LEADER_DAILY.tableName(),
                            LakeTable.COUNTY_DAILY.tableName())))
            .collectAsList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, RevisionRecord.CauseFile> causes = new java.util.HashMap<>();
    for (Row file :
        lake.read(LakeTable.FILES, state)
            .groupBy("source_file")
            .agg(max("arrived_at").as("arrived"), max("version").as("version"))
            .collectAsList()) {
      String name = file.getAs("source_file");
      Instant arrived = file.getAs("arrived");
      Integer version = file.getAs("version");
      causes.put(
          name,
          new RevisionRecord.CauseFile(
              name,
              arrived == null ? null : arrived.atZone(fugong.domain.ProductZone.ZONE).toLocalDate(),
              version != null && version > 1));
    }
    List<RevisionRecord> revisions = new ArrayList<>();
    for (Row row : rows) {
      List<String> files = row.getList(row.fieldIndex("cause_files"));
      revisions.add(
          new RevisionRecord(
              row.getAs("report_date"),
              row.getAs("table_name"),
              row.getAs("unit"),
              row.getAs("unit_name"),
              row.getAs("revised_date"),
              row.getAs("figure"),
              row.getAs("old_value"),
              row.getAs("new_value"),
              row.getAs("cause_kind"),
              files.stream()
                  .map(
                      name ->
                          causes.getOrDefault(
                              name, new RevisionRecord.CauseFile(name, null, false)))
                  .toList()));
    }
    revisions.sort(
        Comparator.comparing(RevisionRecord::publishedThrough)
            .thenComparing(RevisionRecord::date)
            .thenComparing(RevisionRecord::tableName)
            .thenComparing(RevisionRecord::unit)
            .thenComparing(RevisionRecord::figure));
    return revisions;
  }

  private List<AlertRecord> alerts(Column inDates) {
    List<AlertRecord> alerts = new ArrayList<>();
    for (Row row : lake.read(LakeTable.ALERTS, state).where(inDates).collectAsList()) {
      String message = row.getAs("message");
      alerts.add(
          new AlertRecord(
              row.getAs("report_date"),
              Severity.of(row.getAs("severity")),
              ActionKind.ofAlert(row.getAs("kind"), message),
              row.getAs("county_code"),
              row.getAs("county_code") == null
                  ? row.getAs("leader")
                  : Wording.assigned(row.getAs("leader")),
              row.getAs("enterprise_name"),
              row.getAs("value"),
              message));
    }
    alerts.sort(
        Comparator.comparing(AlertRecord::date)
            .thenComparing(AlertRecord::severity)
            .thenComparing(AlertRecord::kind)
            .thenComparing(AlertRecord::countyCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AlertRecord::message, Comparator.nullsLast(Comparator.naturalOrder())));
    return alerts;
  }

  private List<ForecastRecord> forecasts(Column inDates) {
    List<ForecastRecord> forecasts = new ArrayList<>();
    for (Row row : lake.read(LakeTable.FORECASTS, state).where(inDates).collectAsList()) {
      RateMetric.byColumn(row.getAs("metric"))
          .ifPresent(
              metric ->
                  forecasts.add(
                      new ForecastRecord(
                          row.getAs("report_date"),
                          row.getAs("unit_type"),
                          row.getAs("unit"),
                          row.getAs("unit_name"),
                          metric,
                          row.getAs("value"),
                          row.getAs("target"),
                          row.getAs("slope_per_day"),
                          row.getAs("projected_date"),
                          ForecastStatus.of(row.getAs("status")))));
    }
    forecasts.sort(
        Comparator.comparing(ForecastRecord::date)
            .thenComparing(ForecastRecord::unitType)
            .thenComparing(ForecastRecord::unit)
            .thenComparing(ForecastRecord::metric));
    return forecasts;
  }

  /** Key enterprises not resumed, or producing under half their normal output. */
  private List<KeyEnterprise> keyEnterprises(Column inDates) {
    List<KeyEnterprise> keyEnterprises = new ArrayList<>();
    Dataset<Row> names =
        lake.read(LakeTable.ENTERPRISES, state)
            .select(col("uscc"), col("name").as("enterprise_name"));
    for (Row row :
        lake.read(LakeTable.ENTERPRISE_DAILY, state)
            .where(inDates.and(col("key_enterprise")))
            .where(
                col("resumed")
                    .equalTo(false)
                    .or(
                        col("normal_daily_output")
                            .gt(0)
                            .and(
                                col("output_value")
                                    .lt(
                                        col("normal_daily_output")
                                            .multiply(new java.math.BigDecimal("0.5"))))))
            .join(names, "uscc")
            .collectAsList()) {
      keyEnterprises.add(
          new KeyEnterprise(
              row.getAs("report_date"),
              row.getAs("uscc"),
              row.getAs("enterprise_name"),
              row.getAs("county_code"),
              Boolean.TRUE.equals(row.getAs("resumed")),
              EnterpriseStatus.of(row.getAs("status")),
              doubleOrNull(row.getAs("output_value")),
              doubleOrNull(row.getAs("normal_daily_output"))));
    }
    keyEnterprises.sort(
        Comparator.comparing(KeyEnterprise::date)
            .thenComparing(KeyEnterprise::countyCode)
            .thenComparing(KeyEnterprise::uscc));
    return keyEnterprises;
  }

  /** Difficulty cases open on any day from {@code first} to {@code last}. */
  private List<DifficultyCaseRecord> cases(LocalDate first, LocalDate last) {
    List<DifficultyCaseRecord> cases = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.DIFFICULTY_CASES, state)
            .where(
                col("opened_on")
                    .leq(lit(last))
                    .and(col("resolved_on").isNull().or(col("resolved_on").gt(lit(first)))))
            .collectAsList()) {
      cases.add(
          new DifficultyCaseRecord(
              row.getAs("uscc"),
              row.getAs("enterprise_name"),
              row.getAs("county_code"),
              row.getAs("difficulty_name"),
              row.getAs("opened_on"),
              row.getAs("resolved_on")));
    }
    cases.sort(
        Comparator.comparing(DifficultyCaseRecord::uscc)
            .thenComparing(DifficultyCaseRecord::openedOn)
            .thenComparing(DifficultyCaseRecord::difficultyName));
    return cases;
  }

  private List<QuarantineCount> quarantine(Column inDates) {
    List<QuarantineCount> quarantine = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.QUARANTINE, state)
            .where(inDates)
            .select(col("county_code"), col("report_date"), explode(col("reasons")).as("reason"))
            .groupBy("county_code", "report_date", "reason")
            .agg(count(lit(1)).as("rows"))
            .collectAsList()) {
      quarantine.add(
          new QuarantineCount(
              row.getAs("report_date"),
              row.getAs("county_code"),
              row.getAs("reason"),
              row.<Long>getAs("rows")));
    }
    quarantine.sort(
        Comparator.comparing(QuarantineCount::date)
            .thenComparing(QuarantineCount::countyCode)
            .thenComparing(QuarantineCount::reason));
    return quarantine;
  }

  /**
   * power_daily rows of the counties, leaders and the city (industry and scale rows are not shown);
   * none when the lake has no meter data.
   */
  private List<PowerDailyRecord> power(Column inDates) {
    List<PowerDailyRecord> power = new ArrayList<>();
    for (Row row :
        lake.read(LakeTable.POWER_DAILY, state)
            .where(
                inDates.and(
                    col("unit_type")
                        .isin(
                            PowerDailyRecord.COUNTY,
                            PowerDailyRecord.LEADER,
                            PowerDailyRecord.CITY)))
            .collectAsList()) {
      power.add(
          new PowerDailyRecord(
              row.getAs("report_date"),
              row.getAs("unit_type"),
              row.getAs("unit"),
              row.getAs("unit_name"),
              whole(row, "enterprises_with_baseline"),
              whole(row, "enterprises_read"),
              whole(row, "power_resumed"),
              row.getAs("kwh"),
              row.getAs("baseline_kwh"),
              rate(row, "power_resumption_rate"),
              rate(row, "consumption_recovery_rate"),
              rate(row, "power_index"),
              rate(row, "coverage"),
              whole(row, "enterprises_without_baseline"),
              whole(row, "readings_without_baseline"),
              rate(row, "resumption_rate")));
    }
    power.sort(
        Comparator.comparing(PowerDailyRecord::date)
            .thenComparing(PowerDailyRecord::unitType)
            .thenComparing(PowerDailyRecord::unit));
    return power;
  }

  /** power_flags rows of a kind the briefings know (a row of another kind is not shown). */
  private List<PowerFlagRecord> powerFlags(Column inDates) {
    List<PowerFlagRecord> flags = new ArrayList<>();
    for (Row row : lake.read(LakeTable.POWER_FLAGS, state).where(inDates).collectAsList()) {
      PowerFlagKind kind = powerFlagKind(row.getAs("kind"));
      if (kind == null) {
        continue;
      }
      flags.add(
          new PowerFlagRecord(
              row.getAs("report_date"),
              kind,
              row.getAs("county_code"),
              row.getAs("county_name"),
              Wording.assigned(row.getAs("leader")),
              row.getAs("uscc"),
              row.getAs("enterprise_name"),
              row.getAs("kwh"),
              row.getAs("baseline_kwh"),
              rate(row, "value")));
    }
    flags.sort(
        Comparator.comparing(PowerFlagRecord::date)
            .thenComparing(PowerFlagRecord::kind)
            .thenComparing(PowerFlagRecord::countyCode)
            .thenComparing(PowerFlagRecord::uscc, Comparator.nullsLast(Comparator.naturalOrder())));
    return flags;
  }

  private static PowerFlagKind powerFlagKind(String stored) {
    for (PowerFlagKind kind : PowerFlagKind.values()) {
      if (kind.name().equals(stored)) {
        return kind;
      }
    }
    return null;
  }

  /** Per date, the arrival of its last county file. */
  private Map<LocalDate, Instant> dataAsOf(Column inDates) {
    Map<LocalDate, Instant> dataAsOf = new TreeMap<>();
    for (Row row :
        lake.read(LakeTable.FILES, state)
            .where(inDates.and(col("county_code").isNotNull()))
            .groupBy("report_date")
            .agg(max("arrived_at").as("arrived"))
            .collectAsList()) {
      dataAsOf.put(row.getAs("report_date"), row.getAs("arrived"));
    }
    return dataAsOf;
  }

  private enum Unit {
    CITY,
    LEADER,
    COUNTY
  }

  /** The rows of a unit table as typed figures, in date and unit order. */
  private static List<UnitMetrics> unitMetrics(Dataset<Row> table, Unit unit) {
    List<UnitMetrics> rows = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      Map<Difficulty, Long> open = new EnumMap<>(Difficulty.class);
      for (Difficulty difficulty : Difficulty.values()) {
        open.put(difficulty, whole(row, MetricColumns.openDifficulties(difficulty)));
      }
      Map<ChecklistItem, Double> items = new EnumMap<>(ChecklistItem.class);
      for (ChecklistItem item : ChecklistItem.values()) {
        Double rate = rate(row, MetricColumns.itemRate(item));
        if (rate != null) {
          items.put(item, rate);
        }
      }
      String code =
          switch (unit) {
            case CITY -> CountyDirectory.CITY_NAME;
            case LEADER -> row.getAs("leader");
            case COUNTY -> row.getAs("county_code");
          };
      String name = unit == Unit.COUNTY ? row.getAs("county_name") : code;
      rows.add(
          new UnitMetrics(
              row.getAs("report_date"),
              code,
              name,
              unit == Unit.CITY
                  ? null
                  : unit == Unit.COUNTY
                      ? Wording.assigned(row.getAs("leader"))
                      : row.getAs("leader"),
              unit == Unit.COUNTY ? Wording.assigned(row.getAs("section")) : null,
              unit == Unit.LEADER ? row.getList(row.fieldIndex("counties")) : List.of(),
              whole(row, "enterprises"),
              whole(row, "reported"),
              whole(row, "carried"),
              whole(row, "unknown"),
              whole(row, "resumed"),
              whole(row, "above_scale_enterprises"),
              whole(row, "above_scale_resumed"),
              whole(row, "full_load"),
              whole(row, "reduced"),
              whole(row, "stopped"),
              whole(row, "assessed"),
              whole(row, "fully_compliant"),
              whole(row, "suspected"),
              whole(row, "isolated"),
              whole(row, "confirmed"),
              whole(row, "open_difficulties"),
              open,
              items,
              rate(row, "coverage"),
              rate(row, "resumption_rate"),
              rate(row, "above_scale_resumption_rate"),
              rate(row, "employee_return_rate"),
              rate(row, "capacity_recovery_rate"),
              rate(row, "full_compliance_rate"),
              unit == Unit.COUNTY ? SubmissionStatus.of(row.getAs("submission_status")) : null,
              unit == Unit.COUNTY ? row.getAs("first_arrival") : null,
              unit == Unit.COUNTY ? whole(row, "rows_read") : 0,
              unit == Unit.COUNTY ? whole(row, "quarantined_rows") : 0));
    }
    rows.sort(Comparator.comparing(UnitMetrics::date).thenComparing(UnitMetrics::code));
    return rows;
  }

  /** A decimal cell as a double for display, NULL as null. */
  private static Double doubleOrNull(java.math.BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private static long whole(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double rate(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? null : ((Number) value).doubleValue();
  }
}
