package fugong.jobs;

import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.metrics.ResumptionFlow;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resumption_flows} (docs/metrics.md, "Why a rate moved"). A hand fixture in which leader 乙
 * sees every flow once on 03-04 against 03-03 (window 3 days):
 *
 * <pre>
 *   county B (乙 throughout): b1 03-03 not resumed, 03-04 resumed          newly_resumed
 *                             b2 03-03 resumed, 03-04 not resumed          stopped_again
 *                             b3 no report until 03-04 resumed            reported_again
 *                             b4 03-03 resumed, no report 03-04           carried_forward
 *                             b5 03-01 resumed only (carried 03-03)       expired_from_carry_forward
 *                             b6 never reports                            not_reported
 *                             b7 03-03 and 03-04 resumed                  reported_unchanged
 *   county A (甲 until 03-03, 乙 from 03-04): a1 resumed until 03-03, 03-04 not resumed   entered
 *   county C (乙 until 03-03, 甲 from 03-04): c1 03-03 resumed, 03-04 not resumed         left
 * </pre>
 *
 * 乙 on 03-03: B and C, 8 enterprises, 5 resumed (b2 b4 b5 b7 c1), r₀ = 0.625. On 03-04: B and A, 8
 * enterprises, 4 resumed (b1 b3 b4 b7), r₁ = 0.5, a change of −12.5 points: b1 and b3 +12.5 each,
 * b2 and b5 −12.5 each, a1 (0 − 0.625) / 8 = −7.8125, c1 (−1 + 0.625) / 8 = −4.6875, the rest 0.
 */
class ResumptionFlowsTest {
  static final String A = "131102";
  static final String B = "131103";
  static final String C = "131121";
  static final String LEADER_JIA = "甲领导";
  static final String LEADER_YI = "乙领导";

  @TempDir static Path folder;
  static List<Row> flows;
  static List<Row> sampleFlows;
  static List<Row> sampleCounties;

  static String enterprise(int number) {
    return Fixtures.uscc(String.format("91131103MA00000%02d", number));
  }

  @BeforeAll
  static void runTheFixtureAndTheSample() {
    String a1 = enterprise(1);
    String b1 = enterprise(11);
    String b2 = enterprise(12);
    String b3 = enterprise(13);
    String b4 = enterprise(14);
    String b5 = enterprise(15);
    String b6 = enterprise(16);
    String b7 = enterprise(17);
    String c1 = enterprise(21);
    MetricsFixture world =
        new MetricsFixture(folder)
            .county(A, "桃城区")
            .county(B, "冀州区")
            .county(C, "枣强县")
            .assignment(LEADER_JIA, A, "运行监测科", "2020-03-01", "2020-03-03")
            .assignment(LEADER_YI, A, "运行监测科", "2020-03-04", "")
            .assignment(LEADER_YI, B, "办公室", "2020-03-01", "")
            .assignment(LEADER_YI, C, "中小企业科", "2020-03-01", "2020-03-03")
            .assignment(LEADER_JIA, C, "中小企业科", "2020-03-04", "")
            .enterprise(a1, "衡水甲一有限公司", A, "C34", true, 10, "10");
    for (String uscc : List.of(b1, b2, b3, b4, b5, b6, b7)) {
      world.enterprise(uscc, "衡水乙" + uscc.substring(14) + "有限公司", B, "C34", true, 10, "10");
    }
    world
        .enterprise(c1, "衡水丙一有限公司", C, "C17", false, 10, "10")
        .file(A, "2020-03-01", Report.resumed(a1, 5, "5"))
        .file(A, "2020-03-02", Report.resumed(a1, 5, "5"))
        .file(A, "2020-03-03", Report.resumed(a1, 5, "5"))
        .file(A, "2020-03-04", Report.notResumed(a1))
        .file(B, "2020-03-01", Report.resumed(b5, 5, "5"))
        .file(
            B,
            "2020-03-03",
            Report.notResumed(b1),
            Report.resumed(b2, 5, "5"),
            Report.resumed(b4, 5, "5"),
            Report.resumed(b7, 5, "5"))
        .file(
            B,
            "2020-03-04",
            Report.resumed(b1, 5, "5"),
            Report.notResumed(b2),
            Report.resumed(b3, 5, "5"),
            Report.resumed(b7, 5, "5"))
        .file(C, "2020-03-03", Report.resumed(c1, 5, "5"))
        .file(C, "2020-03-04", Report.notResumed(c1));
    Lake lake = world.run(MetricSettings.defaults());
    flows = MetricsFixture.collect(lake, LakeTable.RESUMPTION_FLOWS);

    Lake sample = new Lake(TestSpark.session(), SampleRun.output().toString());
    sampleFlows = MetricsFixture.collect(sample, LakeTable.RESUMPTION_FLOWS);
    sampleCounties = MetricsFixture.collect(sample, LakeTable.COUNTY_DAILY);
  }

  @Test
  void everyFlowOccursOnceForTheLeaderWithItsContribution() {
    List<Row> leader =
        where(
            flows,
            "unit_type",
            "leader",
            "unit",
            LEADER_YI,
            "metric",
            "resumption_rate",
            "report_date",
            "2020-03-04");
    Map<String, Double> expected = new HashMap<>();
    expected.put("newly_resumed", 12.5);
    expected.put("stopped_again", -12.5);
    expected.put("reported_again", 12.5);
    expected.put("carried_forward", 0.0);
    expected.put("expired_from_carry_forward", -12.5);
    expected.put("not_reported", 0.0);
    expected.put("reported_unchanged", 0.0);
    expected.put("entered_register", -7.8125);
    expected.put("left_register", -4.6875);
    assertThat(expected.keySet())
        .containsExactlyInAnyOrderElementsOf(
            List.of(ResumptionFlow.values()).stream().map(ResumptionFlow::code).toList());

    assertThat(leader).hasSize(9);
    for (Row row : leader) {
      String flow = row.getAs("flow");
      assertThat(longOf(row, "enterprises")).as(flow).isEqualTo(1L);
      assertThat(doubleOf(row, "contribution_points"))
          .as(flow)
          .isCloseTo(expected.get(flow), within(1e-12));
      assertThat(doubleOf(row, "rate_before")).as(flow).isEqualTo(0.625);
      assertThat(doubleOf(row, "rate_after")).as(flow).isEqualTo(0.5);
    }
    Row entered = only(leader, "flow", "entered_register");
    assertThat(longOf(entered, "population_change")).isEqualTo(1L);
    assertThat(longOf(entered, "resumed_change")).isZero();
    Row left = only(leader, "flow", "left_register");
    assertThat(longOf(left, "population_change")).isEqualTo(-1L);
    assertThat(longOf(left, "resumed_change")).isEqualTo(-1L);
    double sum = leader.stream().mapToDouble(row -> doubleOf(row, "contribution_points")).sum();
    assertThat(sum).isCloseTo(-12.5, within(1e-12));
  }

  @Test
  void theCountySeesNoRegisterChangeAndAFirstDateHasNoFlows() {
    List<Row> county =
        where(
            flows,
            "unit_type",
            "county",
            "unit",
            B,
            "metric",
            "resumption_rate",
            "report_date",
            "2020-03-04");
    // B: 7 enterprises both days, 4 resumed both days (b2 b4 b5 b7, then b1 b3 b4 b7)
    assertThat(county.stream().map(row -> row.<String>getAs("flow")))
        .containsExactlyInAnyOrder(
            "newly_resumed",
            "stopped_again",
            "reported_again",
            "carried_forward",
            "expired_from_carry_forward",
            "not_reported",
            "reported_unchanged");
    assertThat(only(county, "flow", "newly_resumed").<String>getAs("unit_name")).isEqualTo("冀州区");
    assertThat(doubleOf(only(county, "flow", "newly_resumed"), "contribution_points"))
        .isCloseTo(100.0 / 7, within(1e-12));
    assertThat(county.stream().mapToDouble(row -> doubleOf(row, "contribution_points")).sum())
        .isCloseTo(0.0, within(1e-12));
    // 规上复工率 of 乙 on 03-04: B's seven and A's a1 are above scale, C's c1 is not
    List<Row> aboveScale =
        where(
            flows,
            "unit_type",
            "leader",
            "unit",
            LEADER_YI,
            "metric",
            "above_scale_resumption_rate",
            "report_date",
            "2020-03-04");
    assertThat(aboveScale.stream().map(row -> row.<String>getAs("flow")))
        .contains("entered_register")
        .doesNotContain("left_register");
    assertThat(where(flows, "report_date", "2020-03-01")).isEmpty();
  }

  @Test
  void theFlowsOfEveryUnitDateOfTheSampleAddUpToTheChange() {
    Map<String, List<Row>> byUnitDate =
        sampleFlows.stream()
            .collect(
                Collectors.groupingBy(
                    row ->
                        row.getAs("unit_type")
                            + "|"
                            + row.getAs("unit")
                            + "|"
                            + row.getAs("metric")
                            + "|"
                            + row.getAs("report_date")));
    // 13 counties, 4 leaders, the city, 2 scales and the industries, each with two rates, on the
    // 13 dates that follow a report date
    assertThat(byUnitDate.size()).isGreaterThan((13 + 4 + 1 + 2) * 2 * 13 - 13 * 2);
    for (Map.Entry<String, List<Row>> unitDate : byUnitDate.entrySet()) {
      List<Row> rows = unitDate.getValue();
      double before = doubleOf(rows.get(0), "rate_before");
      double after = doubleOf(rows.get(0), "rate_after");
      double sum = rows.stream().mapToDouble(row -> doubleOf(row, "contribution_points")).sum();
      assertThat(sum).as(unitDate.getKey()).isCloseTo(100 * (after - before), within(1e-9));
      long resumedChange = rows.stream().mapToLong(row -> longOf(row, "resumed_change")).sum();
      long populationChange =
          rows.stream().mapToLong(row -> longOf(row, "population_change")).sum();
      long populationBefore = enterprisesExcept(rows, ResumptionFlow.ENTERED_REGISTER);
      long populationAfter = enterprisesExcept(rows, ResumptionFlow.LEFT_REGISTER);
      // the rates are the unit's own, R / N over the flows' enterprises
      assertThat(populationAfter - populationBefore)
          .as(unitDate.getKey())
          .isEqualTo(populationChange);
      assertThat(Math.round(after * populationAfter) - Math.round(before * populationBefore))
          .as(unitDate.getKey())
          .isEqualTo(resumedChange);
    }
    // and they are the rates the county table shows
    for (Row row : sampleCounties) {
      List<Row> countyFlows =
          where(
              sampleFlows,
              "unit_type",
              "county",
              "unit",
              row.getAs("county_code"),
              "metric",
              "resumption_rate",
              "report_date",
              row.getAs("report_date"));
      if (!countyFlows.isEmpty()) {
        assertThat(doubleOf(countyFlows.get(0), "rate_after"))
            .isEqualTo(doubleOf(row, "resumption_rate"));
        assertThat(
                100
                    * (doubleOf(countyFlows.get(0), "rate_after")
                        - doubleOf(countyFlows.get(0), "rate_before")))
            .isCloseTo(100 * doubleOf(row, "resumption_rate_change_1d"), within(1e-9));
      }
    }
    assertThat(sampleFlows.stream().map(row -> row.<String>getAs("flow")).distinct())
        .contains("newly_resumed", "carried_forward", "reported_unchanged");
  }

  private static long enterprisesExcept(List<Row> rows, ResumptionFlow flow) {
    return rows.stream()
        .filter(row -> !flow.code().equals(row.getAs("flow")))
        .mapToLong(row -> longOf(row, "enterprises"))
        .sum();
  }
}
