package fugong.jobs;

import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.SmallCityWorld.CAO;
import static fugong.jobs.SmallCityWorld.JIZHOU;
import static fugong.jobs.SmallCityWorld.TAOCHENG;
import static fugong.jobs.SmallCityWorld.ZAOQIANG;
import static fugong.jobs.SmallCityWorld.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.lake.LakeTable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Leader figures on {@link SmallCityWorld}: 冀州区 belongs to 赵振川 until 03-02 (valid_to inclusive) and
 * to 曹德中 from 03-03; a leader's rates come from summed numerators and denominators.
 */
class LeaderAssignmentTest {
  private static final double EXACT = 1e-12;

  private static Row leader(String name, String date) {
    return only(SmallCityWorld.rows(LakeTable.LEADER_DAILY), "leader", name, "report_date", date);
  }

  private static Row county(String code, String date) {
    return only(
        SmallCityWorld.rows(LakeTable.COUNTY_DAILY), "county_code", code, "report_date", date);
  }

  private static List<String> counties(Row leaderRow) {
    return leaderRow.getList(leaderRow.fieldIndex("counties"));
  }

  @Test
  void jizhouCountsForZhaoUntilItsValidToAndForCaoFromItsValidFrom() {
    for (String date : List.of("2020-03-01", "2020-03-02")) {
      Row zhao = leader(ZHAO, date);
      assertThat(counties(zhao)).as(date).containsExactly(TAOCHENG, JIZHOU);
      assertThat(longOf(zhao, "enterprises")).as(date).isEqualTo(4L); // A, B, C + D
      Row cao = leader(CAO, date);
      assertThat(counties(cao)).as(date).containsExactly(ZAOQIANG);
      assertThat(longOf(cao, "enterprises")).as(date).isEqualTo(2L); // E, F
      assertThat(county(JIZHOU, date).<String>getAs("leader")).as(date).isEqualTo(ZHAO);
    }
    // resumed 03-01: A, C + D = 3 for 赵振川; E, F = 2 for 曹德中. 03-02: A, B, C + D = 4; E = 1
    assertThat(longOf(leader(ZHAO, "2020-03-01"), "resumed")).isEqualTo(3L);
    assertThat(longOf(leader(CAO, "2020-03-01"), "resumed")).isEqualTo(2L);
    assertThat(longOf(leader(ZHAO, "2020-03-02"), "resumed")).isEqualTo(4L);
    assertThat(longOf(leader(CAO, "2020-03-02"), "resumed")).isEqualTo(1L);

    for (String date : List.of("2020-03-03", "2020-03-04")) {
      Row zhao = leader(ZHAO, date);
      assertThat(counties(zhao)).as(date).containsExactly(TAOCHENG);
      assertThat(longOf(zhao, "enterprises")).as(date).isEqualTo(3L);
      assertThat(longOf(zhao, "resumed")).as(date).isEqualTo(2L); // A, B (C closed)
      Row cao = leader(CAO, date);
      assertThat(counties(cao)).as(date).containsExactly(JIZHOU, ZAOQIANG);
      assertThat(longOf(cao, "enterprises")).as(date).isEqualTo(3L); // D + E, F
      assertThat(longOf(cao, "resumed")).as(date).isEqualTo(3L);
      assertThat(county(JIZHOU, date).<String>getAs("leader")).as(date).isEqualTo(CAO);
      assertThat(county(JIZHOU, date).<String>getAs("section")).as(date).isEqualTo("运行监测科");
    }
    // 曹德中 on 03-03: D carried (冀州区 sent nothing), E and F fresh
    Row cao3 = leader(CAO, "2020-03-03");
    assertThat(longOf(cao3, "reported")).isEqualTo(2L);
    assertThat(longOf(cao3, "carried")).isEqualTo(1L);
    // 赵振川's own series: 4/4 on 03-02 (with 冀州区), 2/3 on 03-03 (without)
    assertThat(doubleOf(leader(ZHAO, "2020-03-03"), "resumption_rate_change_1d"))
        .isCloseTo(2.0 / 3 - 4.0 / 4, within(EXACT));
  }

  @Test
  void leaderRatesComeFromSummedNumeratorsNotFromTheMeanOfCountyRates() {
    // 03-01, 赵振川: 桃城区 2 of 3 resumed, 冀州区 1 of 1
    double taocheng = doubleOf(county(TAOCHENG, "2020-03-01"), "resumption_rate");
    double jizhou = doubleOf(county(JIZHOU, "2020-03-01"), "resumption_rate");
    assertThat(taocheng).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(jizhou).isCloseTo(1.0 / 1, within(EXACT));
    Row zhao = leader(ZHAO, "2020-03-01");
    // (2 + 1) / (3 + 1) = 3/4, while the mean of the county rates is (2/3 + 1) / 2 = 5/6
    assertThat(doubleOf(zhao, "resumption_rate")).isCloseTo(3.0 / 4, within(EXACT));
    assertThat(doubleOf(zhao, "resumption_rate"))
        .isNotCloseTo((taocheng + jizhou) / 2, within(0.05));
    // on duty (80 + 150 + 20) / (100 + 200 + 30); output (40 + 110 + 2) / (50 + 10 + 120 + 5)
    assertThat(doubleOf(zhao, "employee_return_rate")).isCloseTo(250.0 / 330, within(EXACT));
    assertThat(doubleOf(zhao, "capacity_recovery_rate")).isCloseTo(152.0 / 185, within(EXACT));
    // fully compliant A and D of assessed A, C, D
    assertThat(doubleOf(zhao, "full_compliance_rate")).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(doubleOf(zhao, "compliance_score")).isCloseTo(53.0 / 54, within(EXACT));

    // 03-04, 曹德中: 冀州区 1 of 1 reported, 枣强县 0 of 2 (its file was rejected)
    Row cao = leader(CAO, "2020-03-04");
    assertThat(doubleOf(cao, "coverage")).isCloseTo(1.0 / 3, within(EXACT));
    double meanOfCounties =
        (doubleOf(county(JIZHOU, "2020-03-04"), "coverage")
                + doubleOf(county(ZAOQIANG, "2020-03-04"), "coverage"))
            / 2;
    assertThat(meanOfCounties).isCloseTo(1.0 / 2, within(EXACT));
    assertThat(doubleOf(cao, "coverage")).isNotCloseTo(meanOfCounties, within(0.1));
  }
}
