package fugong.report.spark;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.CountyDirectory;
import fugong.domain.EnterpriseStatus;
import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import fugong.forecast.ForecastStatus;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.report.ActionKind;
import fugong.report.AlertRecord;
import fugong.report.BriefingInputs;
import fugong.report.BriefingSettings;
import fugong.report.KeyEnterprise;
import fugong.report.QuarantineCount;
import fugong.report.RateMetric;
import fugong.report.ReportThresholds;
import fugong.report.UnitMetrics;
import fugong.spark.LocalSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the briefings of 20–21 March are read from, on a lake written by hand: the trend's 14 days
 * (7–21 March, not 6 March), the alerts, forecasts, key enterprises behind, open cases, quarantine
 * reasons and data times of the two dates only, each typed and in a fixed order.
 */
class BriefingInputsReaderTest {
  private static final LocalDate MARCH_6 = LocalDate.of(2020, 3, 6);
  private static final LocalDate MARCH_7 = LocalDate.of(2020, 3, 7);
  private static final LocalDate MARCH_20 = LocalDate.of(2020, 3, 20);
  private static final LocalDate MARCH_21 = LocalDate.of(2020, 3, 21);
  private static final LocalDate MARCH_22 = LocalDate.of(2020, 3, 22);

  @TempDir static Path out;
  private static BriefingInputsReader reader;

  @BeforeAll
  static void writeLake() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(
        LakeTable.CITY_DAILY,
        rows(
            LakeTable.CITY_DAILY.schema(),
            row("report_date", MARCH_6, "enterprises", 10L),
            row("report_date", MARCH_7, "enterprises", 10L),
            row("report_date", MARCH_20, "enterprises", 10L, "resumed", 7L, "resumption_rate", 0.7),
            row("report_date", MARCH_21, "enterprises", 10L),
            row("report_date", MARCH_22, "enterprises", 10L)));
    tables.put(
        LakeTable.COUNTY_DAILY,
        rows(
            LakeTable.COUNTY_DAILY.schema(),
            row(
                "report_date",
                MARCH_20,
                "county_code",
                "131102",
                "county_name",
                "桃城区",
                "leader",
                "张三",
                "section",
                "第一组",
                "submission_status",
                "LATE",
                "rows_read",
                12L,
                "quarantined_rows",
                3L)));
    tables.put(
        LakeTable.ALERTS,
        rows(
            LakeTable.ALERTS.schema(),
            row(
                "report_date",
                MARCH_20,
                "severity",
                "LOW",
                "kind",
                "INCONSISTENCY",
                "county_code",
                "131102",
                "message",
                "甲公司 宿舍人数与自报不符 / dormitory"),
            row(
                "report_date",
                MARCH_20,
                "severity",
                "HIGH",
                "kind",
                "MISSING_SUBMISSION",
                "county_code",
                "131103",
                "message",
                "冀州区 未报送 / no file"),
            row(
                "report_date",
                MARCH_20,
                "severity",
                "MEDIUM",
                "kind",
                "REJECTED_FILE",
                "county_code",
                "131102",
                "message",
                "文件无法读取 / rejected"),
            row(
                "report_date",
                MARCH_22,
                "severity",
                "HIGH",
                "kind",
                "MISSING_SUBMISSION",
                "county_code",
                "131102",
                "message",
                "later")));
    tables.put(
        LakeTable.FORECASTS,
        rows(
            LakeTable.FORECASTS.schema(),
            row(
                "report_date",
                MARCH_21,
                "unit_type",
                "county",
                "unit",
                "131102",
                "unit_name",
                "桃城区",
                "metric",
                "resumption_rate",
                "status",
                "ON_TRACK",
                "projected_date",
                MARCH_22),
            row(
                "report_date",
                MARCH_21,
                "unit_type",
                "county",
                "unit",
                "131102",
                "unit_name",
                "桃城区",
                "metric",
                "compliance_score",
                "status",
                "REACHED")));
    tables.put(
        LakeTable.ENTERPRISES,
        rows(
            LakeTable.ENTERPRISES.schema(),
            row("uscc", "A", "name", "甲公司"),
            row("uscc", "B", "name", "乙公司"),
            row("uscc", "C", "name", "丙公司"),
            row("uscc", "D", "name", "丁公司")));
    tables.put(
        LakeTable.ENTERPRISE_DAILY,
        rows(
            LakeTable.ENTERPRISE_DAILY.schema(),
            row(
                "report_date",
                MARCH_20,
                "uscc",
                "A",
                "county_code",
                "131102",
                "key_enterprise",
                true,
                "resumed",
                false,
                "status",
                "CARRIED",
                "normal_daily_output",
                10.0),
            row(
                "report_date",
                MARCH_20,
                "uscc",
                "B",
                "county_code",
                "131102",
                "key_enterprise",
                true,
                "resumed",
                true,
                "status",
                "FRESH",
                "output_value",
                4.0,
                "normal_daily_output",
                10.0),
            row(
                "report_date",
                MARCH_20,
                "uscc",
                "C",
                "county_code",
                "131102",
                "key_enterprise",
                true,
                "resumed",
                true,
                "status",
                "FRESH",
                "output_value",
                6.0,
                "normal_daily_output",
                10.0),
            row(
                "report_date",
                MARCH_20,
                "uscc",
                "D",
                "county_code",
                "131102",
                "key_enterprise",
                false,
                "resumed",
                false,
                "status",
                "UNKNOWN")));
    tables.put(
        LakeTable.DIFFICULTY_CASES,
        rows(
            LakeTable.DIFFICULTY_CASES.schema(),
            row("uscc", "A", "code", "D1", "difficulty_name", "员工返岗难", "opened_on", MARCH_6),
            row(
                "uscc",
                "B",
                "code",
                "D2",
                "difficulty_name",
                "用工难",
                "opened_on",
                MARCH_6,
                "resolved_on",
                MARCH_20),
            row("uscc", "C", "code", "D3", "difficulty_name", "交通不畅", "opened_on", MARCH_22)));
    tables.put(
        LakeTable.QUARANTINE,
        rows(
            LakeTable.QUARANTINE.schema(),
            row("report_date", MARCH_20, "county_code", "131102", "reasons", List.of("R1", "R2")),
            row("report_date", MARCH_20, "county_code", "131102", "reasons", List.of("R1"))));
    tables.put(
        LakeTable.FILES,
        rows(
            LakeTable.FILES.schema(),
            row(
                "report_date",
                MARCH_20,
                "county_code",
                "131102",
                "arrived_at",
                Instant.parse("2020-03-20T10:00:00Z")),
            row(
                "report_date",
                MARCH_20,
                "county_code",
                "131103",
                "arrived_at",
                Instant.parse("2020-03-20T12:00:00Z")),
            row("report_date", MARCH_20, "arrived_at", Instant.parse("2020-03-20T15:00:00Z"))));
    Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
    tables.forEach((table, rows) -> locations.put(table, lake.write(table, rows, "fixture")));
    PublishedState state = lake.publish("fixture", locations);
    reader = new BriefingInputsReader(lake, state);
  }

  private static BriefingInputs inputs() {
    return reader.read(
        reader.reportDates(),
        List.of(MARCH_20, MARCH_21),
        "run-2",
        new BriefingSettings(MetricSettings.defaults(), ReportThresholds.defaults()));
  }

  @Test
  void reportDatesAndTheTrendsFourteenDays() {
    assertThat(reader.reportDates())
        .containsExactly(MARCH_6, MARCH_7, MARCH_20, MARCH_21, MARCH_22);
    BriefingInputs inputs = inputs();
    assertThat(inputs.city())
        .extracting(UnitMetrics::date)
        .containsExactly(MARCH_7, MARCH_20, MARCH_21);
    UnitMetrics city = inputs.city().get(1);
    assertThat(city.code()).isEqualTo(CountyDirectory.CITY_NAME);
    assertThat(city.resumed()).isEqualTo(7L);
    assertThat(city.resumptionRate()).isEqualTo(0.7);
    UnitMetrics county = inputs.counties().get(0);
    assertThat(county.name()).isEqualTo("桃城区");
    assertThat(county.submission()).isEqualTo(SubmissionStatus.LATE);
    assertThat(inputs.runId()).isEqualTo("run-2");
  }

  @Test
  void alertsOfTheDatesMostSevereFirstAsActionKinds() {
    assertThat(inputs().alerts())
        .extracting(AlertRecord::severity, AlertRecord::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.HIGH, ActionKind.MISSING_SUBMISSION),
            org.assertj.core.groups.Tuple.tuple(Severity.MEDIUM, ActionKind.REJECTED_FILE),
            org.assertj.core.groups.Tuple.tuple(Severity.LOW, ActionKind.DORMITORY_MISMATCH));
  }

  @Test
  void forecastsTheBriefingKnowsWithTheirStatus() {
    assertThat(inputs().forecasts())
        .singleElement()
        .satisfies(
            forecast -> {
              assertThat(forecast.metric()).isEqualTo(RateMetric.RESUMPTION);
              assertThat(forecast.outcome()).isEqualTo(ForecastStatus.ON_TRACK);
              assertThat(forecast.projectedDate()).isEqualTo(MARCH_22);
            });
  }

  @Test
  void keyEnterprisesNotResumedOrUnderHalfTheirOutput() {
    List<KeyEnterprise> behind = inputs().keyEnterprises();
    assertThat(behind).extracting(KeyEnterprise::uscc).containsExactly("A", "B");
    assertThat(behind.get(0).name()).isEqualTo("甲公司");
    assertThat(behind.get(0).status()).isEqualTo(EnterpriseStatus.CARRIED);
    assertThat(behind.get(1).outputValue()).isEqualTo(4.0);
  }

  @Test
  void openCasesQuarantineReasonsAndDataTimes() {
    BriefingInputs inputs = inputs();
    assertThat(inputs.cases())
        .extracting(fugong.report.DifficultyCaseRecord::uscc)
        .as("B resolved on the first date, C opened after")
        .containsExactly("A");
    assertThat(inputs.quarantine())
        .containsExactly(
            new QuarantineCount(MARCH_20, "131102", "R1", 2),
            new QuarantineCount(MARCH_20, "131102", "R2", 1));
    assertThat(inputs.dataAsOf())
        .as("the last county file; a file without a county does not count")
        .containsExactly(Map.entry(MARCH_20, Instant.parse("2020-03-20T12:00:00Z")));
  }
}
