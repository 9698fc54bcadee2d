package fugong.jobs;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Nine report dates (03-01 … 03-09) in five counties, shared by {@link AlertRulesTest} (overdue
 * difficulty, statistical anomaly) and {@link ForecastTest}. Every enterprise has normal staff 10
 * and normal output 100 万元, and reports every day; on day k (1…9):
 *
 * <pre>
 *   桃城区 131102  P1 resumed, output 10·k        capacity k/10: a straight rising line
 *   冀州区 131103  P2 resumed, output 100 − 10·k  capacity (10 − k)/10: a falling line
 *   枣强县 131121  P3 resumed, output 100, lists D5 every day (a case open since 03-01)
 *                 P4 not resumed                  resumption 1/2: flat
 *   安平县 131125  P5 resumed, output 100          resumption 1: target reached
 *   武强县 131123  P6 resumed; P7 resumed on days 1–5, not resumed on days 6–9
 * </pre>
 *
 * Leaders: 赵振川 (桃城区, 冀州区, 枣强县), 王坤增 (安平县), 李根洪 (武强县).
 */
final class NineDayWorld {
  static final String TAOCHENG = "131102";
  static final String JIZHOU = "131103";
  static final String ZAOQIANG = "131121";
  static final String ANPING = "131125";
  static final String WUQIANG = "131123";

  static final String P1 = Fixtures.uscc("91131102MA0000101");
  static final String P2 = Fixtures.uscc("91131103MA0000102");
  static final String P3 = Fixtures.uscc("91131121MA0000103");
  static final String P4 = Fixtures.uscc("91131121MA0000104");
  static final String P5 = Fixtures.uscc("91131125MA0000105");
  static final String P6 = Fixtures.uscc("91131123MA0000106");
  static final String P7 = Fixtures.uscc("91131123MA0000107");

  private static Map<LakeTable, List<Row>> tables;
  private static Lake lake;

  private NineDayWorld() {}

  static synchronized List<Row> rows(LakeTable table) {
    if (tables == null) {
      build();
    }
    return tables.get(table);
  }

  static synchronized Lake lake() {
    if (tables == null) {
      build();
    }
    return lake;
  }

  /**
   * The five counties of this world, each assigned from 02-26 on: 赵振川 桃城区 and 冀州区, {@code
   * zaoqiangLeader} 枣强县, 王坤增 安平县, 李根洪 武强县 ({@link ExactThresholdsTest} has 王坤增 lead 枣强县).
   */
  static MetricsFixture fiveCounties(MetricsFixture world, String zaoqiangLeader) {
    return world
        .county(TAOCHENG, "桃城区")
        .county(JIZHOU, "冀州区")
        .county(ZAOQIANG, "枣强县")
        .county(ANPING, "安平县")
        .county(WUQIANG, "武强县")
        .assignment("赵振川", TAOCHENG, "原材料与装备科", "2020-02-26", "")
        .assignment("赵振川", JIZHOU, "运行监测科", "2020-02-26", "")
        .assignment(zaoqiangLeader, ZAOQIANG, "政策产业科", "2020-02-26", "")
        .assignment("王坤增", ANPING, "经济协作科", "2020-02-26", "")
        .assignment("李根洪", WUQIANG, "节能与安全科", "2020-02-26", "");
  }

  private static void build() {
    MetricsFixture world = fiveCounties(SmallCityWorld.temporaryWorld("fugong-nine-days"), "赵振川");
    List<String[]> registry =
        List.of(
            new String[] {P1, TAOCHENG},
            new String[] {P2, JIZHOU},
            new String[] {P3, ZAOQIANG},
            new String[] {P4, ZAOQIANG},
            new String[] {P5, ANPING},
            new String[] {P6, WUQIANG},
            new String[] {P7, WUQIANG});
    int number = 1;
    for (String[] enterprise : registry) {
      world.enterprise(enterprise[0], "企业" + number++, enterprise[1], "C34", true, 10, "100");
    }
    for (int day = 1; day <= 9; day++) {
      String date = String.format("2020-03-%02d", day);
      world.file(TAOCHENG, date, Report.resumed(P1, 10, Integer.toString(10 * day)));
      world.file(JIZHOU, date, Report.resumed(P2, 10, Integer.toString(100 - 10 * day)));
      world.file(
          ZAOQIANG, date, Report.resumed(P3, 10, "100").difficulties("D5"), Report.notResumed(P4));
      world.file(ANPING, date, Report.resumed(P5, 10, "100"));
      world.file(
          WUQIANG,
          date,
          Report.resumed(P6, 10, "100"),
          day <= 5 ? Report.resumed(P7, 10, "100") : Report.notResumed(P7));
    }
    lake = world.run(MetricSettings.defaults());
    tables =
        SmallCityWorld.collect(
            lake,
            List.of(
                LakeTable.COUNTY_DAILY,
                LakeTable.DIFFICULTY_CASES,
                LakeTable.ALERTS,
                LakeTable.FORECASTS));
  }
}
