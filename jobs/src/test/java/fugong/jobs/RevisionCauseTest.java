package fugong.jobs;

import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The causes of revisions without a file (docs/metrics.md, "Revisions"): one county, X reporting
 * resumed on 03-01 only, Y every day (03-01 … 03-03). Recomputed with a carry-forward window of one
 * day, X is unknown on 03-02 and 03-03 instead of carried: a rule change. Then the registry gains
 * enterprise Z (no reports): every date's population grows, a reference change.
 */
class RevisionCauseTest {
  static final String TAOCHENG = "131102";
  static final String X = Fixtures.uscc("91131102MA0000031");
  static final String Y = Fixtures.uscc("91131102MA0000032");
  static final String Z = Fixtures.uscc("91131102MA0000033");

  @TempDir static Path folder;
  static List<Row> afterRuleChange;
  static List<Row> afterReferenceChange;

  @BeforeAll
  static void changeTheRulesThenTheRegistry() {
    MetricsFixture world =
        new MetricsFixture(folder)
            .county(TAOCHENG, "桃城区")
            .assignment("赵振川", TAOCHENG, "原材料与装备科", "2020-02-26", "")
            .enterprise(X, "衡水甲机械有限公司", TAOCHENG, "C34", true, 100, "50")
            .enterprise(Y, "衡水乙纺织有限公司", TAOCHENG, "C17", false, 20, "10")
            .file(TAOCHENG, "2020-03-01", Report.resumed(X, 60, "30"), Report.resumed(Y, 10, "5"))
            .file(TAOCHENG, "2020-03-02", Report.resumed(Y, 10, "5"))
            .file(TAOCHENG, "2020-03-03", Report.resumed(Y, 10, "5"));
    world.run(MetricSettings.defaults());
    Lake lake = world.rerunMetrics(MetricSettings.defaults().withCarryWindowDays(1));
    afterRuleChange = MetricsFixture.collect(lake, LakeTable.REVISIONS);
    world.enterprise(Z, "衡水丙化工有限公司", TAOCHENG, "C26", false, 10, "5");
    afterReferenceChange =
        MetricsFixture.collect(world.run(MetricSettings.defaults()), LakeTable.REVISIONS);
  }

  @Test
  void aRecomputationWithAnotherWindowIsARuleChangeWithoutFiles() {
    Row rate =
        only(
            afterRuleChange,
            "table_name",
            "county_daily",
            "report_date",
            "2020-03-02",
            "figure",
            "resumption_rate");
    assertThat(doubleOf(rate, "old_value")).isEqualTo(1.0);
    assertThat(doubleOf(rate, "new_value")).isEqualTo(0.5);
    assertThat(rate.<String>getAs("unit_name")).isEqualTo("桃城区");
    assertThat(afterRuleChange)
        .allSatisfy(
            row -> {
              assertThat(row.<String>getAs("cause_kind")).isEqualTo("rule_change");
              assertThat(row.getList(row.fieldIndex("cause_files"))).isEmpty();
            });
    // 03-01 has X's own report: nothing of it changed
    assertThat(where(afterRuleChange, "report_date", "2020-03-01")).isEmpty();
  }

  @Test
  void aNewRegistryIsAReferenceChange() {
    java.util.Set<String> earlierRuns =
        afterRuleChange.stream()
            .map(row -> row.<String>getAs("run_id"))
            .collect(java.util.stream.Collectors.toSet());
    List<Row> added =
        afterReferenceChange.stream()
            .filter(row -> !earlierRuns.contains(row.<String>getAs("run_id")))
            .toList();
    Row enterprises =
        only(
            added,
            "table_name",
            "county_daily",
            "report_date",
            "2020-03-01",
            "figure",
            "enterprises");
    assertThat(doubleOf(enterprises, "old_value")).isEqualTo(2.0);
    assertThat(doubleOf(enterprises, "new_value")).isEqualTo(3.0);
    assertThat(added)
        .allSatisfy(
            row -> assertThat(row.<String>getAs("cause_kind")).isEqualTo("reference_change"));
  }
}
