package fugong.jobs;

import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static fugong.jobs.PowerWorld.A;
import static fugong.jobs.PowerWorld.B;
import static fugong.jobs.PowerWorld.C;
import static fugong.jobs.PowerWorld.CAO;
import static fugong.jobs.PowerWorld.D;
import static fugong.jobs.PowerWorld.E;
import static fugong.jobs.PowerWorld.F;
import static fugong.jobs.PowerWorld.G;
import static fugong.jobs.PowerWorld.JIZHOU;
import static fugong.jobs.PowerWorld.TAOCHENG;
import static fugong.jobs.PowerWorld.ZAOQIANG;
import static fugong.jobs.PowerWorld.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.domain.AlertKind;
import fugong.lake.LakeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The §6.3 figures and flags of the metrics stage ({@code fugong.metrics.spark.PowerTables} through
 * {@link MetricsJob}) on the hand world of {@link PowerWorld}; every expected value is worked out
 * on paper in that class's table.
 */
class PowerTablesTest {

  private static final double EXACT = 1e-15;

  private static List<Row> readings() {
    return PowerWorld.rows(LakeTable.POWER_READINGS);
  }

  private static List<Row> daily() {
    return PowerWorld.rows(LakeTable.POWER_DAILY);
  }

  private static List<Row> flags() {
    return PowerWorld.rows(LakeTable.POWER_FLAGS);
  }

  @Test
  void everyReadingOfTheComputedDatesIsListedWithItsBaselineAndState() {
    assertThat(readings()).hasSize(21);
    // exactly 30 % is resumed
    Row exact = only(readings(), "uscc", A, "report_date", "2020-03-02");
    assertThat(exact.<BigDecimal>getAs("kwh")).isEqualByComparingTo("300");
    assertThat(exact.<BigDecimal>getAs("baseline_kwh")).isEqualByComparingTo("1000");
    assertThat(doubleOf(exact, "consumption_ratio")).isEqualTo(0.3);
    assertThat(exact.<Boolean>getAs("power_resumed")).isTrue();
    assertThat(exact.<String>getAs("status")).isEqualTo("FRESH");
    assertThat(exact.<Boolean>getAs("resumed")).isTrue();
    assertThat(exact.<String>getAs("leader")).isEqualTo(ZHAO);
    assertThat(exact.<String>getAs("enterprise_name")).isEqualTo("衡水甲机械有限公司");
    assertThat(exact.<String>getAs("industry_code")).isEqualTo("C34");
    assertThat(exact.<Boolean>getAs("above_scale")).isTrue();
    assertThat(exact.<String>getAs("source_file")).isEqualTo("131102_20200302.csv");
    // just below 30 %, on a Saturday
    Row below = only(readings(), "uscc", A, "report_date", "2020-02-29");
    assertThat(below.<Boolean>getAs("power_resumed")).isFalse();
    assertThat(doubleOf(below, "consumption_ratio")).isCloseTo(0.299999999, within(EXACT));
    // no baseline, and a zero baseline: listed, no ratio, no decision
    for (Row row : where(readings(), "uscc", C)) {
      assertThat(row.<Object>getAs("baseline_kwh")).isNull();
      assertThat(row.<Object>getAs("consumption_ratio")).isNull();
      assertThat(row.<Object>getAs("power_resumed")).isNull();
    }
    assertThat(where(readings(), "uscc", C)).hasSize(4);
    Row zero = only(readings(), "uscc", D, "report_date", "2020-02-28");
    assertThat(zero.<Object>getAs("baseline_kwh")).isNull();
    assertThat(zero.<Object>getAs("power_resumed")).isNull();
    assertThat(zero.<String>getAs("leader")).isEqualTo(CAO);
    // a carried "not resumed", and no report in the window at all
    Row carried = only(readings(), "uscc", B, "report_date", "2020-02-29");
    assertThat(carried.<String>getAs("status")).isEqualTo("CARRIED");
    assertThat(carried.<Boolean>getAs("resumed")).isFalse();
    assertThat(carried.<Boolean>getAs("power_resumed")).isTrue();
    Row unreported = only(readings(), "uscc", F, "report_date", "2020-02-28");
    assertThat(unreported.<Object>getAs("status")).isNull();
    assertThat(unreported.<Object>getAs("resumed")).isNull();
    assertThat(unreported.<Boolean>getAs("power_resumed")).isTrue();
  }

  @Test
  void countyFiguresComeFromTheEnterprisesWithAUsableBaseline() {
    Row taocheng = unit("county", TAOCHENG, "2020-02-28");
    assertThat(taocheng.<String>getAs("unit_name")).isEqualTo("桃城区");
    assertFigures(taocheng, 2, 2, 2, "700", "1200", 1.0, 700.0 / 1200, 1, 1);
    assertThat(doubleOf(taocheng, "power_index"))
        .isCloseTo((1.0 + 700.0 / 1200) / 2, within(EXACT));
    assertThat(doubleOf(taocheng, "coverage")).isEqualTo(1.0);
    assertThat(doubleOf(taocheng, "resumption_rate")).isCloseTo(2.0 / 3, within(EXACT));
    // D's baseline is 0: not usable, counted without a baseline with its reading
    Row jizhou = unit("county", JIZHOU, "2020-02-28");
    assertFigures(jizhou, 1, 1, 1, "500", "500", 1.0, 1.0, 1, 1);
    assertThat(doubleOf(jizhou, "resumption_rate")).isEqualTo(0.5);
    Row zaoqiang = unit("county", ZAOQIANG, "2020-02-28");
    assertFigures(zaoqiang, 2, 2, 1, "230", "700", 0.5, 230.0 / 700, 0, 0);
    // a county without any reading that day: coverage 0, no rate
    Row unread = unit("county", ZAOQIANG, "2020-03-01");
    assertFigures(unread, 2, 0, 0, "0", "0", null, null, 0, 0);
    assertThat(doubleOf(unread, "power_index")).isNull();
    assertThat(doubleOf(unread, "coverage")).isEqualTo(0.0);
  }

  @Test
  void leaderCityIndustryAndScaleFiguresAreSummedCountsNotAveragedRates() {
    // 曹德中: 冀州区 1 of 1 and 枣强县 1 of 2 → 2 of 3, not the mean 0.75 of the county rates
    Row leader = unit("leader", CAO, "2020-02-28");
    assertThat(leader.<String>getAs("unit_name")).isEqualTo(CAO);
    assertFigures(leader, 3, 3, 2, "730", "1200", 2.0 / 3, 730.0 / 1200, 1, 1);
    assertThat(doubleOf(leader, "resumption_rate")).isEqualTo(0.5);
    Row zhao = unit("leader", ZHAO, "2020-02-28");
    assertFigures(zhao, 2, 2, 2, "700", "1200", 1.0, 700.0 / 1200, 1, 1);

    Row city = unit("city", "衡水市", "2020-02-28");
    assertThat(city.<String>getAs("unit_name")).isEqualTo("衡水市");
    assertFigures(city, 5, 5, 4, "1430", "2400", 0.8, 1430.0 / 2400, 2, 2);
    assertThat(doubleOf(city, "resumption_rate")).isCloseTo(4.0 / 7, within(EXACT));
    Row citySunday = unit("city", "衡水市", "2020-03-01");
    assertFigures(citySunday, 5, 3, 0, "370", "1700", 0.0, 370.0 / 1700, 2, 1);
    assertThat(doubleOf(citySunday, "coverage")).isCloseTo(0.6, within(EXACT));

    assertFigures(
        unit("industry", "C34", "2020-02-28"),
        3,
        3,
        2,
        "1130",
        "1800",
        2.0 / 3,
        1130.0 / 1800,
        0,
        0);
    assertThat(doubleOf(unit("industry", "C34", "2020-02-28"), "resumption_rate")).isEqualTo(1.0);
    assertFigures(unit("industry", "C17", "2020-02-28"), 2, 2, 2, "300", "600", 1.0, 0.5, 0, 0);
    Row chemicals = unit("industry", "C26", "2020-02-28");
    assertFigures(chemicals, 0, 0, 0, "0", "0", null, null, 1, 1);
    assertThat(doubleOf(chemicals, "coverage")).isNull();

    Row above = unit("scale", "above", "2020-02-28");
    assertThat(above.<String>getAs("unit_name")).isEqualTo("规上");
    assertFigures(above, 3, 3, 2, "1130", "1800", 2.0 / 3, 1130.0 / 1800, 1, 1);
    Row below = unit("scale", "below", "2020-02-28");
    assertThat(below.<String>getAs("unit_name")).isEqualTo("规下");
    assertFigures(below, 2, 2, 2, "300", "600", 1.0, 0.5, 1, 1);
    assertThat(doubleOf(below, "resumption_rate")).isEqualTo(0.0);

    // 3 counties, 2 leaders, the city, 4 industries, 2 scales on each of the 4 dates
    assertThat(daily()).hasSize(12 * 4);
  }

  @Test
  void theFlagsAreExactlyThoseWorkedOutByHand() {
    List<String> found = new ArrayList<>();
    for (Row flag : flags()) {
      found.add(
          flag.getAs("report_date").toString()
              + " "
              + flag.getAs("kind")
              + " "
              + flag.getAs("uscc")
              + " "
              + BigDecimal.valueOf(flag.<Double>getAs("value"))
                  .stripTrailingZeros()
                  .toPlainString());
    }
    assertThat(found)
        .containsExactlyInAnyOrder(
            "2020-02-28 UNREPORTED_OPERATION " + B + " 0.5",
            "2020-02-28 UNREPORTED_OPERATION " + F + " 0.5",
            "2020-02-29 UNREPORTED_OPERATION " + B + " 0.3",
            "2020-02-29 DOUBTFUL_RESUMPTION " + E + " 0.2",
            "2020-02-29 OUTPUT_POWER_DIVERGENCE " + E + " 0.8",
            "2020-03-01 DOUBTFUL_RESUMPTION " + A + " 0.25",
            "2020-03-01 OUTPUT_POWER_DIVERGENCE " + B + " 0.8",
            "2020-03-01 DOUBTFUL_RESUMPTION " + G + " 0.2",
            "2020-03-02 DOUBTFUL_RESUMPTION " + B + " 0.05",
            "2020-03-02 OUTPUT_POWER_DIVERGENCE " + B + " 0.45",
            "2020-03-02 OUTPUT_POWER_DIVERGENCE " + E + " 0.9");
    // not flagged: A 03-02 (gap exactly 0.40), E 02-28 (gap exactly 0.40; below but no reading on
    // 02-27), A 02-29 (below, but 02-28 at or above), E 03-02 (no reading 03-01), C and D (no
    // usable
    // baseline), G 02-29 (below but carried: 复工存疑 and 产值电量背离 need a fresh report)
    Row doubtful = only(flags(), "kind", "DOUBTFUL_RESUMPTION", "uscc", A);
    assertThat(doubtful.<String>getAs("county_code")).isEqualTo(TAOCHENG);
    assertThat(doubtful.<String>getAs("county_name")).isEqualTo("桃城区");
    assertThat(doubtful.<String>getAs("leader")).isEqualTo(ZHAO);
    assertThat(doubtful.<String>getAs("enterprise_name")).isEqualTo("衡水甲机械有限公司");
    assertThat(doubtful.<BigDecimal>getAs("kwh")).isEqualByComparingTo("250");
    assertThat(doubtful.<BigDecimal>getAs("baseline_kwh")).isEqualByComparingTo("1000");
    assertThat(doubtful.<String>getAs("message"))
        .contains("衡水甲机械有限公司", "报告已复工", "连续2日", "30.0%", "250 千瓦时", "1000 千瓦时", "25.0%");
    Row unreported = only(flags(), "kind", "UNREPORTED_OPERATION", "uscc", F);
    assertThat(unreported.<String>getAs("leader")).isEqualTo(CAO);
    assertThat(unreported.<String>getAs("message"))
        .contains("枣强己纺织有限公司", "200 千瓦时", "400 千瓦时", "50.0%", "无报送");
    assertThat(
            only(flags(), "kind", "UNREPORTED_OPERATION", "uscc", B, "report_date", "2020-02-28")
                .<String>getAs("message"))
        .contains("报告未复工");
    Row divergence =
        only(flags(), "kind", "OUTPUT_POWER_DIVERGENCE", "uscc", B, "report_date", "2020-03-02");
    assertThat(divergence.<String>getAs("message"))
        .contains("衡水乙纺织有限公司", "50.0%", "5.0%", "45.0 个百分点", "40.0 个百分点");
  }

  @Test
  void everyFlagIsAMediumAlertForTheSupervisingLeader() {
    List<Row> alerts = PowerWorld.rows(LakeTable.ALERTS);
    List<Row> power =
        alerts.stream().filter(row -> row.<String>getAs("kind").startsWith("POWER_")).toList();
    assertThat(power).hasSize(11);
    assertThat(where(power, "kind", AlertKind.POWER_DOUBTFUL_RESUMPTION.name())).hasSize(4);
    assertThat(where(power, "kind", AlertKind.POWER_UNREPORTED_OPERATION.name())).hasSize(3);
    assertThat(where(power, "kind", AlertKind.POWER_OUTPUT_DIVERGENCE.name())).hasSize(4);
    assertThat(power).allMatch(row -> "MEDIUM".equals(row.getAs("severity")));
    Row alert =
        only(
            power,
            "kind",
            AlertKind.POWER_OUTPUT_DIVERGENCE.name(),
            "uscc",
            E,
            "report_date",
            "2020-02-29");
    assertThat(alert.<String>getAs("leader")).isEqualTo(CAO);
    assertThat(alert.<String>getAs("county_name")).isEqualTo("枣强县");
    assertThat(alert.<String>getAs("enterprise_name")).isEqualTo("枣强戊机械有限公司");
    assertThat(doubleOf(alert, "value")).isCloseTo(0.8, within(EXACT));
    assertThat(alert.<String>getAs("message")).contains("枣强戊机械有限公司", "100.0%", "20.0%");
  }

  @Test
  void withoutMeterDataThePowerTablesAreEmptyAndEveryOtherTableIsUnchanged() {
    for (LakeTable table : MetricsJob.POWER_TABLES) {
      assertThat(PowerWorld.before(table)).as(table.tableName()).isEmpty();
    }
    for (LakeTable table : MetricsJob.TABLES) {
      if (MetricsJob.POWER_TABLES.contains(table)) {
        continue;
      }
      List<String> after = texts(PowerWorld.rows(table), table == LakeTable.ALERTS);
      assertThat(after).as(table.tableName()).isEqualTo(texts(PowerWorld.before(table), false));
    }
  }

  /** Rows as text without run_id, sorted; optionally without the power alerts. */
  private static List<String> texts(List<Row> rows, boolean withoutPowerAlerts) {
    List<String> texts = new ArrayList<>();
    for (Row row : rows) {
      if (withoutPowerAlerts && row.<String>getAs("kind").startsWith("POWER_")) {
        continue;
      }
      List<Object> values = new ArrayList<>();
      for (String field : row.schema().fieldNames()) {
        if (!field.equals("run_id")) {
          Object value = row.getAs(field);
          values.add(value);
        }
      }
      texts.add(values.toString());
    }
    texts.sort(null);
    return texts;
  }

  private static Row unit(String unitType, String unit, String date) {
    return only(daily(), "unit_type", unitType, "unit", unit, "report_date", date);
  }

  private static void assertFigures(
      Row row,
      long withBaseline,
      long read,
      long resumed,
      String kilowattHours,
      String baseline,
      Double powerResumptionRate,
      Double consumptionRecoveryRate,
      long withoutBaseline,
      long readingsWithoutBaseline) {
    String unit = row.getAs("unit_type") + " " + row.getAs("unit") + " " + row.getAs("report_date");
    assertThat(longOf(row, "enterprises_with_baseline")).as(unit).isEqualTo(withBaseline);
    assertThat(longOf(row, "enterprises_read")).as(unit).isEqualTo(read);
    assertThat(longOf(row, "power_resumed")).as(unit).isEqualTo(resumed);
    assertThat(row.<BigDecimal>getAs("kwh")).as(unit).isEqualByComparingTo(kilowattHours);
    assertThat(row.<BigDecimal>getAs("baseline_kwh")).as(unit).isEqualByComparingTo(baseline);
    if (powerResumptionRate == null) {
      assertThat(doubleOf(row, "power_resumption_rate")).as(unit).isNull();
    } else {
      assertThat(doubleOf(row, "power_resumption_rate"))
          .as(unit)
          .isCloseTo(powerResumptionRate, within(EXACT));
    }
    if (consumptionRecoveryRate == null) {
      assertThat(doubleOf(row, "consumption_recovery_rate")).as(unit).isNull();
    } else {
      assertThat(doubleOf(row, "consumption_recovery_rate"))
          .as(unit)
          .isCloseTo(consumptionRecoveryRate, within(EXACT));
    }
    assertThat(longOf(row, "enterprises_without_baseline")).as(unit).isEqualTo(withoutBaseline);
    assertThat(longOf(row, "readings_without_baseline"))
        .as(unit)
        .isEqualTo(readingsWithoutBaseline);
  }
}
