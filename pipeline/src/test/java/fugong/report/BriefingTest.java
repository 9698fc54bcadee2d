package fugong.report;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.config.FugongSettings;
import fugong.domain.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The briefing model of {@link BriefingFixture}, every figure computed by hand. */
class BriefingTest {
  private final Briefing city = Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE);
  private final Briefing leader =
      Briefing.leader(BriefingFixture.inputs(), BriefingFixture.DATE, "王一");

  @Test
  void theMastheadNumbersTheIssueByReportDatesAndStatesTheDeadlineInForce() {
    assertThat(city.masthead().issueLabel()).isEqualTo("第3期");
    assertThat(city.masthead().issueDate()).isEqualTo(BriefingFixture.DATE.plusDays(1));
    assertThat(city.masthead().cutoff()).isEqualTo("数据截至2020年3月4日 20:00");
    Briefing later =
        Briefing.city(
            BriefingFixture.inputs(
                FugongSettings.resolve(
                    null,
                    Map.of(),
                    Map.of("metrics.deadline", "18:30:00", "forecast.window_days", "5"))),
            BriefingFixture.DATE);
    assertThat(later.masthead().cutoff()).isEqualTo("数据截至2020年3月4日 18:30");
    assertThat(String.join("", later.appendix().definitions()))
        .contains("当日18:30（含）前")
        .contains("近5日")
        .doesNotContain("20:00")
        .doesNotContain("近7日");
  }

  @Test
  void theSummaryGivesDayOnDayChangesOfTheRoundedFiguresAndStatusGroupsThatAddUp() {
    String summary = city.overview().summary();
    // 1528/1750 = 87.314 % → 87.3; 1508/1750 = 86.171 % → 86.2; shown change +1.1
    assertThat(summary).contains("纳入监测工业企业1750家，复工1528家，复工率87.3%，较前日上升1.1个百分点");
    // 500 + 728 + 300 = 1528
    assertThat(summary).contains("满负荷500家、部分恢复728家、减产300家，停产222家");
    // 1094/1400 = 78.1 %, 1150/1400 = 82.1 %
    assertThat(summary).contains("防控措施全部落实率78.1%，较前日下降4.0个百分点");
    assertThat(summary).contains("可疑症状3人（与前日持平）");
    Overview.FigureTile resumption = city.overview().tiles().get(0);
    assertThat(resumption.value()).isEqualTo("87.3%");
    assertThat(resumption.changeText()).isEqualTo("↑1.1");
    assertThat(resumption.target()).isEqualTo("目标95%");
    assertThat(resumption.standing()).isEqualTo(Standing.WATCH);
  }

  @Test
  void actionItemsPutTheHighAlertFirstAndGroupFortyInconsistenciesIntoOneLine() {
    List<ActionGroup> items = city.actions().items();
    assertThat(items)
        .extracting(ActionGroup::kind)
        .containsExactly(
            ActionKind.CONFIRMED_WHILE_RESUMED,
            ActionKind.LOW_COMPLIANCE,
            ActionKind.KEY_ENTERPRISES_NOT_RESUMED,
            ActionKind.DORMITORY_MISMATCH);
    assertThat(items.get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(items.get(0).text()).isEqualTo("乙县乙钢铁有限公司确诊2例仍在生产，应立即督促停产并按预案处置");
    assertThat(ActionItems.responsibility(items.get(0))).isEqualTo("乙县 · 王一 · 政策产业科");
    assertThat(items.get(1).text()).isEqualTo("甲城区68.0%，低于80%的要求");
    ActionGroup dormitories = items.get(3);
    assertThat(dormitories.findings()).isEqualTo(40);
    assertThat(dormitories.text()).isEqualTo("40家：甲城 25、乙县 15");
    assertThat(dormitories.counties()).hasSize(2);
    assertThat(dormitories.counties().get(0).findings()).hasSize(25).contains("甲企业01");
    // 甲城区 is concerned by three groups, 乙县 by two, 丙州市 by none
    assertThat(city.actions().perCounty()).isEqualTo(Map.of("131101", 3, "131102", 2));
  }

  @Test
  void theRankingShowsCityRanksChangesOfShownFiguresAndTheBottomThree() {
    List<CountyRanking.Row> rows = city.ranking().rows();
    assertThat(rows).extracting(CountyRanking.Row::county).containsExactly("丙州市", "甲城区", "乙县");
    CountyRanking.Row first = rows.get(1);
    assertThat(first.cityRank()).isEqualTo(2);
    assertThat(first.resumption()).isEqualTo(888L);
    assertThat(Formats.signedPoints(first.resumptionChange())).isEqualTo("+3.0");
    assertThat(Formats.signedPoints(rows.get(2).resumptionChange())).isEqualTo("-2.0");
    assertThat(Formats.signedPoints(rows.get(0).resumptionChange())).isEqualTo("0.0");
    assertThat(first.compliance()).isEqualTo(680L);
    assertThat(first.complianceStanding()).isEqualTo(Standing.BEHIND);
    assertThat(first.resumptionStanding().label()).isEqualTo("关注");
    // three counties only: no bottom three to mark
    assertThat(rows).noneMatch(CountyRanking.Row::bottomThree);
  }

  @Test
  void theLeaderBriefingComparesWithTheCityAndRanksEachCountyInTheCity() {
    assertThat(leader.ranking().rows())
        .extracting(CountyRanking.Row::county, CountyRanking.Row::cityRank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("甲城区", 2),
            org.assertj.core.groups.Tuple.tuple("乙县", 3));
    CityComparison comparison = leader.comparison();
    // 1288/1500 = 85.87 % → 85.9; city 87.3; 85.9 − 87.3 = −1.4
    assertThat(comparison.summary()).startsWith("分包县市区合计复工率85.9%，全市87.3%，低于全市1.4个百分点，在2位局领导中列第2位。");
    assertThat(comparison.summary()).contains("各县市区在全市3个县市区中：甲城区第2位、乙县第3位。");
    assertThat(comparison.rows().get(0).resumptionAgainstCity()).isEqualTo(15L);
    assertThat(Wording.againstShort(comparison.rows().get(1).resumptionAgainstCity()))
        .isEqualTo("低7.3");
    assertThat(leader.overview().summary())
        .contains("王一同志分包甲城区、乙县2个县市区")
        .contains("复工率85.9%，较前日上升1.4个百分点，低于全市（87.3%）1.4个百分点，在2位局领导分包县市区中列第2位");
    assertThat(leader.actions().items())
        .extracting(ActionGroup::kind)
        .contains(ActionKind.CONFIRMED_WHILE_RESUMED, ActionKind.DORMITORY_MISMATCH);
    assertThat(leader.appendix().counties())
        .extracting(Appendix.CountyDetail::county)
        .containsExactly("甲城区", "乙县");
  }

  @Test
  void theLeaderStandingsOfTheCityRankTheLeadersByTheirRate() {
    assertThat(city.leaders().rows())
        .extracting(
            LeaderStandings.Row::leader, LeaderStandings.Row::rank, LeaderStandings.Row::resumption)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("李二", 1, 960L),
            org.assertj.core.groups.Tuple.tuple("王一", 2, 859L));
    assertThat(city.leaders().summary())
        .isEqualTo("2位局领导分包县市区中，李二同志分包县市区复工率最高（96.0%），王一同志分包县市区最低（85.9%），低于全市1.4个百分点。");
    // 王一's counties are concerned by the confirmed case, low compliance, the key enterprise and the
    // dormitories
    assertThat(city.leaders().rows().get(1).actions()).isEqualTo(4);
  }

  @Test
  void difficultiesAreCountedByEnterpriseWithTheirSection() {
    DifficultySummary difficulties = city.difficulties();
    // open on 3-04: U1 ×2, U2 ×1; U3 was resolved on 3-03
    assertThat(difficulties.summary())
        .isEqualTo("未解决的企业困难3项，涉及2家企业；最多的是原材料供应紧张（2项）；已持续5天及以上的1项，持续最久的企业如下。");
    assertThat(difficulties.top().get(0))
        .isEqualTo(
            new DifficultySummary.EnterpriseCases(
                "甲纺织有限公司",
                "甲城区",
                "办公室",
                List.of("原材料供应紧张6天", "资金紧张2天"),
                BriefingFixture.DATE.minusDays(6),
                6));
  }

  @Test
  void theDataQualityPartNamesReasonsInChineseWithTheirCode() {
    Appendix.DataQuality second = city.appendix().dataQuality().get(1);
    assertThat(second.county()).isEqualTo("乙县");
    assertThat(second.reasons()).containsExactly("统一社会信用代码格式或校验位错误，请核对18位代码（BAD_USCC_CHECKSUM） 3行");
  }

  @Test
  void theFooterGivesTheGenerationTimeFromTheRunIdApartFromTheDataDate() {
    assertThat(city.colophon().text())
        .isEqualTo("生成时间 2020-03-05 07:00　运行编号 20200304T230000Z-0abc　规则 fugong-rules-1");
  }
}
