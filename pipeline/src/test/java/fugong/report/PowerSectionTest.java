package fugong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fugong.power.PowerFlagKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 七、电力核验 of {@link PowerFixture}: every figure below is worked out in its comment. */
class PowerSectionTest {
  private final Briefing city = Briefing.city(PowerFixture.inputs(), BriefingFixture.DATE);
  private final Briefing wang = Briefing.leader(PowerFixture.inputs(), BriefingFixture.DATE, "王一");
  private final Briefing li = Briefing.leader(PowerFixture.inputs(), BriefingFixture.DATE, "李二");

  @Test
  void theCityHeadlineStatesBothRatesTheGapIndexCoverageAndTheFlagsPerKind() {
    // 992/1310 = 75.7 %; 1528/1750 = 87.3 %; 87.3 − 75.7 = 11.6; (0.75725 + 0.80763)/2 = 78.2;
    // 1310/1400 = 93.6 %
    assertThat(city.power().headline())
        .isEqualTo(
            "全市电力复工率75.7%，自报复工率87.3%（自报高出11.6个百分点）；复工电力指数78.2，电表覆盖率93.6%；"
                + "复工存疑3家、用电未报1家、产值电量背离1家。");
    assertThat(city.power().flagCounts())
        .extracting(PowerSection.FlagCount::kind, PowerSection.FlagCount::enterprises)
        .containsExactly(
            tuple(PowerFlagKind.DOUBTFUL_RESUMPTION, 3L),
            tuple(PowerFlagKind.UNREPORTED_OPERATION, 1L),
            tuple(PowerFlagKind.OUTPUT_POWER_DIVERGENCE, 1L));
  }

  @Test
  void theCityTableListsEveryCountyMostOverReportedFirstAndTheCityLast() {
    // gaps: 甲城区 88.8 − 70.0 = 18.8, 丙州市 96.0 − 80.0 = 16.0, 乙县 80.0 − 85.0 = −5.0
    assertThat(city.power().rows())
        .extracting(
            PowerSection.Row::name,
            PowerSection.Row::selfReported,
            PowerSection.Row::powerResumption,
            PowerSection.Row::consumptionRecovery,
            PowerSection.Row::index,
            PowerSection.Row::coverage,
            PowerSection.Row::doubtful,
            PowerSection.Row::unreported,
            PowerSection.Row::divergence,
            PowerSection.Row::total)
        .containsExactly(
            tuple("甲城区", 888L, 700L, 800L, 750L, 950L, 2L, 0L, 1L, false),
            tuple("丙州市", 960L, 800L, 600L, 700L, 750L, 1L, 0L, 0L, false),
            tuple("乙县", 800L, 850L, 900L, 875L, 1000L, 0L, 1L, 0L, false),
            tuple("全市", 873L, 757L, 808L, 782L, 936L, 3L, 1L, 1L, true));
    assertThat(city.power().note())
        .isEqualTo(
            "县市区按自报复工率高出电力复工率的幅度排列；复工存疑、用电未报、产值电量背离为企业家数，名单见下。"
                + "无用电基线企业350家（其中当日有电表读数15家），不计入电力比率。");
  }

  @Test
  void theScatterHasOneDotPerCountyInCodeOrderAndItsTextStatesThem() {
    assertThat(city.power().points())
        .containsExactly(
            new PowerSection.ScatterPoint("甲城", 0.888, 0.7),
            new PowerSection.ScatterPoint("乙县", 0.8, 0.85),
            new PowerSection.ScatterPoint("丙州", 0.96, 0.8));
    assertThat(city.power().chartText())
        .isEqualTo(
            "自报复工率与电力复工率（每点一个县市区；斜线上两者相等，斜线右下方电力复工率低于自报）："
                + "甲城区 自报88.8%、电力70.0%；乙县 自报80.0%、电力85.0%；丙州市 自报96.0%、电力80.0%。");
  }

  @Test
  void theFlaggedEnterprisesAreListedByKindCountyAndNameWithTheirFigures() {
    assertThat(city.power().flagged())
        .extracting(
            PowerSection.FlaggedEnterprise::kind,
            PowerSection.FlaggedEnterprise::county,
            PowerSection.FlaggedEnterprise::enterprise,
            PowerSection.FlaggedEnterprise::kilowattHours,
            PowerSection.FlaggedEnterprise::baselineKilowattHours,
            PowerSection.FlaggedEnterprise::finding)
        .as("D−1's 甲电九 is not D's")
        .containsExactly(
            tuple(PowerFlagKind.DOUBTFUL_RESUMPTION, "甲城区", "甲电一", "10", "100", "用电为基线的10.0%"),
            tuple(PowerFlagKind.DOUBTFUL_RESUMPTION, "甲城区", "甲电二", "25.5", "100", "用电为基线的25.5%"),
            tuple(PowerFlagKind.DOUBTFUL_RESUMPTION, "丙州市", "丙电一", "12", "80", "用电为基线的15.0%"),
            tuple(PowerFlagKind.UNREPORTED_OPERATION, "乙县", "乙电一", "90", "100", "用电为基线的90.0%"),
            tuple(
                PowerFlagKind.OUTPUT_POWER_DIVERGENCE,
                "甲城区",
                "甲电三",
                "20",
                "100",
                "产值比与用电比相差45.0个百分点"));
  }

  @Test
  void aLeadersSectionHasOnlyHisCountiesHisOwnRowAndHisFlags() {
    // 王一: 872/1160 = 75.2 %, 1288/1500 = 85.9 %, gap 10.7; (0.75172 + 0.83448)/2 = 79.3;
    // 1160/1200 = 96.7 %; his flags: 甲电一, 甲电二, 乙电一, 甲电三
    assertThat(wang.power().headline())
        .isEqualTo(
            "分包县市区电力复工率75.2%，自报复工率85.9%（自报高出10.7个百分点）；复工电力指数79.3，电表覆盖率96.7%；"
                + "复工存疑2家、用电未报1家、产值电量背离1家。");
    assertThat(wang.power().rows())
        .extracting(PowerSection.Row::name, PowerSection.Row::powerResumption)
        .containsExactly(tuple("甲城区", 700L), tuple("乙县", 850L), tuple("分包合计", 752L));
    assertThat(wang.power().points())
        .extracting(PowerSection.ScatterPoint::label)
        .containsExactly("甲城", "乙县");
    assertThat(wang.power().flagged())
        .extracting(PowerSection.FlaggedEnterprise::enterprise)
        .containsExactly("甲电一", "甲电二", "乙电一", "甲电三");
    // 李二: 丙州市 alone, the same figures as his row
    assertThat(li.power().headline())
        .isEqualTo(
            "分包县市区电力复工率80.0%，自报复工率96.0%（自报高出16.0个百分点）；复工电力指数70.0，电表覆盖率75.0%；"
                + "复工存疑1家、用电未报0家、产值电量背离0家。");
    assertThat(li.power().rows()).extracting(PowerSection.Row::name).containsExactly("丙州市", "分包合计");
    assertThat(li.power().flagged())
        .extracting(PowerSection.FlaggedEnterprise::enterprise)
        .containsExactly("丙电一");
  }

  @Test
  void theFrontSectionHasAFifthTileWithTheMeteredRateAndTheSelfReportedBeneath() {
    // city 75.7 % metered (amber: 70 % ≤ 75.7 % < 90 %), 87.3 % self-reported; no arrow: meter data
    // is not compared day on day
    assertThat(city.overview().tiles()).hasSize(5);
    Overview.FigureTile tile = city.overview().tiles().get(4);
    assertThat(tile.label()).isEqualTo("电力复工率");
    assertThat(tile.value()).isEqualTo("75.7%");
    assertThat(tile.changeText()).isEmpty();
    assertThat(tile.target()).isEqualTo("自报87.3%");
    assertThat(tile.standing()).isEqualTo(Standing.WATCH);
    assertThat(wang.overview().tiles().get(4).value()).isEqualTo("75.2%");
    assertThat(wang.overview().tiles().get(4).target()).isEqualTo("自报85.9%");
    assertThat(Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE).overview().tiles())
        .hasSize(4);
  }

  @Test
  void theSectionNamesTheCountiesThatOverReportMost() {
    // gaps: 甲城区 18.8, 丙州市 16.0, 乙县 −5.0 (not named)
    assertThat(city.power().gaps()).isEqualTo("自报复工率高出电力复工率最多的是甲城区（18.8个百分点）、丙州市（16.0个百分点）。");
    assertThat(wang.power().gaps()).startsWith("自报复工率高出电力复工率最多的是甲城区（18.8个百分点）。");
    // at most three, largest first, equal gaps in the order given (county code order); no data and
    // gaps of 0 or below are not named
    List<PowerSection.Row> counties =
        List.of(
            county("一县", 900L, 850L),
            county("二县", 880L, 800L),
            county("三县", 900L, 900L),
            county("四县", 950L, null),
            county("五县", 870L, 790L),
            county("六县", 860L, 840L),
            county("七县", 800L, 810L));
    assertThat(PowerSection.gaps(counties))
        .isEqualTo("自报复工率高出电力复工率最多的是二县（8.0个百分点）、五县（8.0个百分点）、一县（5.0个百分点）。");
    assertThat(PowerSection.gaps(List.of(county("三县", 900L, 900L), county("七县", 800L, 810L))))
        .isEqualTo("各县市区自报复工率均未高于电力复工率。");
  }

  private static PowerSection.Row county(String name, Long selfReported, Long powerResumption) {
    return new PowerSection.Row(
        name, false, selfReported, powerResumption, null, null, null, 0, 0, 0);
  }

  @Test
  void theFlagsAreOneGroupedDubanItemNamingEachKindsCountTheCountiesAndTheList() {
    // 5 flags: 甲城区 甲电一, 甲电二 (复工存疑), 甲电三 (产值电量背离); 乙县 乙电一 (用电未报); 丙州市 丙电一 (复工存疑)
    List<ActionGroup> power =
        city.appendix().alertGroups().stream()
            .filter(group -> group.kind() == ActionKind.POWER_CHECK)
            .toList();
    assertThat(power).hasSize(1);
    assertThat(city.appendix().alertGroups())
        .extracting(ActionGroup::kind)
        .doesNotContain(
            ActionKind.POWER_DOUBTFUL_RESUMPTION,
            ActionKind.POWER_UNREPORTED_OPERATION,
            ActionKind.POWER_OUTPUT_DIVERGENCE);
    assertThat(ActionItems.line(1, power.get(0)))
        .isEqualTo(
            "1.【中】电力核验异常：5项（复工存疑3家、用电未报1家、产值电量背离1家）：甲城 3、乙县 1、丙州 1，名单见附件（八）。"
                + "（甲城区 · 王一 · 办公室；乙县 · 王一 · 政策产业科；丙州市 · 李二 · 中小企业科）");
    assertThat(power.get(0).findings()).isEqualTo(5);
    assertThat(power.get(0).unit()).isEqualTo("项");
    assertThat(power.get(0).counties())
        .extracting(ActionGroup.CountyFindings::findings)
        .containsExactly(
            List.of("甲电一（复工存疑）", "甲电二（复工存疑）", "甲电三（产值电量背离）"),
            List.of("乙电一（用电未报）"),
            List.of("丙电一（复工存疑）"));
    // 王一's item: his two counties only
    assertThat(
            wang.actions().items().stream()
                .filter(group -> group.kind() == ActionKind.POWER_CHECK)
                .map(group -> ActionItems.line(1, group))
                .toList())
        .singleElement()
        .asString()
        .startsWith("1.【中】电力核验异常：4项（复工存疑2家、用电未报1家、产值电量背离1家）：甲城 3、乙县 1，");
  }

  @Test
  void theDefinitionsStateThePowerTermsWithTheThresholdInForceOnlyWhenThereIsMeterData() {
    assertThat(city.appendix().definitions())
        .hasSize(Definitions.of(city.settings()).size() + 1)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("电力核验：企业当日用电量不低于其用电基线的30%为用电复工；")
                    .contains("复工电力指数＝（电力复工率＋用电恢复率）÷2，以百分制表示")
                    .contains("连续2日用电低于基线的30%")
                    .contains("相差超过40.0个百分点"));
    assertThat(city.appendix().definitions().get(city.appendix().definitions().size() - 1))
        .startsWith("个人信息");
    PowerCheckSettings stricter = new PowerCheckSettings(0.25, 3, 0.5);
    assertThat(Definitions.power(stricter))
        .contains("用电基线的25%为用电复工")
        .contains("连续3日")
        .contains("相差超过50.0个百分点");
  }

  @Test
  void withoutMeterDataThereIsNoSectionAndTheBriefingIsAsBefore() {
    Briefing plain = Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE);
    assertThat(plain.power()).isNull();
    assertThat(Briefing.leader(BriefingFixture.inputs(), BriefingFixture.DATE, "王一").power())
        .isNull();
    assertThat(plain.appendix().definitions()).isEqualTo(Definitions.of(plain.settings()));
    assertThat(plain.appendix().definitions()).noneMatch(line -> line.contains("电力"));
  }

  @Test
  void aDateWithoutMeterDataHasNoSectionEvenWhenOtherDatesHaveIt() {
    BriefingInputs inputs = PowerFixture.inputs();
    // D's briefing from inputs that hold only D−1's meter data
    BriefingInputs onlyBefore =
        new BriefingInputs(
            inputs.reportDates(),
            inputs.city(),
            inputs.leaders(),
            inputs.counties(),
            inputs.alerts(),
            inputs.forecasts(),
            inputs.keyEnterprises(),
            inputs.cases(),
            inputs.quarantine(),
            inputs.power().stream()
                .filter(row -> row.date().isBefore(BriefingFixture.DATE))
                .toList(),
            inputs.powerFlags().stream()
                .filter(flag -> flag.date().isBefore(BriefingFixture.DATE))
                .toList(),
            inputs.dataAsOf(),
            inputs.runId(),
            inputs.ruleVersion(),
            inputs.settings());
    assertThat(Briefing.city(onlyBefore, BriefingFixture.DATE).power()).isNull();
  }
}
