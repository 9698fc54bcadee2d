package fugong.report.spark;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.power.PowerFlagKind;
import fugong.report.BriefingInputs;
import fugong.report.BriefingSettings;
import fugong.report.PowerDailyRecord;
import fugong.report.PowerFlagRecord;
import fugong.report.ReportThresholds;
import fugong.spark.LocalSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * power_daily and power_flags as the briefings of 20 March read them from a lake written by hand:
 * the county, leader and city rows of the date (not industry or scale rows, not other dates), the
 * flags of a known kind, decimals as written; and nothing from a state without meter data.
 */
class BriefingInputsReaderPowerTest {
  private static final LocalDate MARCH_19 = LocalDate.of(2020, 3, 19);
  private static final LocalDate MARCH_20 = LocalDate.of(2020, 3, 20);

  @TempDir static Path out;
  private static BriefingInputsReader withPower;
  private static BriefingInputsReader withoutPower;

  @BeforeAll
  static void writeLake() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(
        LakeTable.CITY_DAILY,
        rows(
            LakeTable.CITY_DAILY.schema(),
            row("report_date", MARCH_19, "enterprises", 10L),
            row("report_date", MARCH_20, "enterprises", 10L)));
    Map<LakeTable, String> plain = new EnumMap<>(LakeTable.class);
    tables.forEach((table, rows) -> plain.put(table, lake.write(table, rows, "plain")));
    withoutPower = new BriefingInputsReader(lake, lake.publish("plain", plain));

    Map<LakeTable, Dataset<Row>> power = new EnumMap<>(LakeTable.class);
    power.put(
        LakeTable.POWER_DAILY,
        rows(
            LakeTable.POWER_DAILY.schema(),
            daily("county", "131102", "桃城区", 0.7),
            daily("leader", "张三", "张三", 0.75),
            daily("city", "衡水市", "衡水市", 0.8),
            daily("industry", "C13", "农副食品加工业", 0.9),
            daily("scale", "above", "规上", 0.9),
            row(
                "unit_type",
                "county",
                "unit",
                "131102",
                "power_resumption_rate",
                0.1,
                "report_date",
                MARCH_19)));
    power.put(
        LakeTable.POWER_FLAGS,
        rows(
            LakeTable.POWER_FLAGS.schema(),
            row(
                "kind",
                "DOUBTFUL_RESUMPTION",
                "county_code",
                "131102",
                "county_name",
                "桃城区",
                "leader",
                "张三",
                "uscc",
                "91131102MA0000001X",
                "enterprise_name",
                "衡水甲机械有限公司",
                "kwh",
                new BigDecimal("12.345000"),
                "baseline_kwh",
                new BigDecimal("100.000000"),
                "value",
                0.12345,
                "message",
                "衡水甲机械有限公司 复工存疑 / doubtful",
                "run_id",
                "power",
                "report_date",
                MARCH_20),
            row(
                "kind",
                "SOMETHING_ELSE",
                "county_code",
                "131102",
                "uscc",
                "X",
                "report_date",
                MARCH_20),
            row(
                "kind",
                "UNREPORTED_OPERATION",
                "county_code",
                "131102",
                "uscc",
                "Y",
                "report_date",
                MARCH_19)));
    Map<LakeTable, String> locations = new EnumMap<>(plain);
    power.forEach((table, rows) -> locations.put(table, lake.write(table, rows, "power")));
    PublishedState state = lake.publish("power", locations);
    withPower = new BriefingInputsReader(lake, state);
  }

  /** A unit's row of 20 March: 7 of 10 read enterprises resumed, 640.5 of 800 kWh. */
  private static Map<String, Object> daily(
      String unitType, String unit, String name, double selfReported) {
    return row(
        "unit_type",
        unitType,
        "unit",
        unit,
        "unit_name",
        name,
        "enterprises_with_baseline",
        12L,
        "enterprises_read",
        10L,
        "power_resumed",
        7L,
        "kwh",
        new BigDecimal("640.500000"),
        "baseline_kwh",
        new BigDecimal("800.000000"),
        "power_resumption_rate",
        0.7,
        "consumption_recovery_rate",
        0.800625,
        "power_index",
        0.7503125,
        "coverage",
        10 / 12.0,
        "enterprises_without_baseline",
        3L,
        "readings_without_baseline",
        1L,
        "resumption_rate",
        selfReported,
        "run_id",
        "power",
        "report_date",
        MARCH_20);
  }

  private static BriefingInputs read(BriefingInputsReader reader) {
    return reader.read(
        reader.reportDates(),
        List.of(MARCH_20),
        "run-3",
        new BriefingSettings(MetricSettings.defaults(), ReportThresholds.defaults()));
  }

  @Test
  void theCountyLeaderAndCityRowsOfTheDatesWithEveryFigure() {
    List<PowerDailyRecord> power = read(withPower).power();
    assertThat(power)
        .extracting(PowerDailyRecord::unitType, PowerDailyRecord::unit)
        .as("industry and scale rows and 19 March are not read; sorted by type and unit")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("city", "衡水市"),
            org.assertj.core.groups.Tuple.tuple("county", "131102"),
            org.assertj.core.groups.Tuple.tuple("leader", "张三"));
    PowerDailyRecord county = power.get(1);
    assertThat(county)
        .isEqualTo(
            new PowerDailyRecord(
                MARCH_20,
                "county",
                "131102",
                "桃城区",
                12,
                10,
                7,
                new BigDecimal("640.500000"),
                new BigDecimal("800.000000"),
                0.7,
                0.800625,
                0.7503125,
                10 / 12.0,
                3,
                1,
                0.7));
  }

  @Test
  void theFlagsOfAKnownKindOfTheDates() {
    List<PowerFlagRecord> flags = read(withPower).powerFlags();
    assertThat(flags)
        .containsExactly(
            new PowerFlagRecord(
                MARCH_20,
                PowerFlagKind.DOUBTFUL_RESUMPTION,
                "131102",
                "桃城区",
                "张三",
                "91131102MA0000001X",
                "衡水甲机械有限公司",
                new BigDecimal("12.345000"),
                new BigDecimal("100.000000"),
                0.12345));
  }

  @Test
  void aStateWithoutMeterDataReadsNone() {
    BriefingInputs inputs = read(withoutPower);
    assertThat(inputs.power()).isEmpty();
    assertThat(inputs.powerFlags()).isEmpty();
  }
}
