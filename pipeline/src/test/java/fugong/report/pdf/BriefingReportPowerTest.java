package fugong.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.report.Briefing;
import fugong.report.BriefingFixture;
import fugong.report.PowerFixture;
import fugong.report.PowerSection;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 电力核验 in the PDF of {@link PowerFixture}'s briefings, read back with PDFBox: the 电力复工率 tile and
 * the one 督办 item in the front section; 附件（八）电力核验 with the headline, the most over-reporting
 * counties, the county table, the chart and the flagged enterprises; the definition; and nothing of
 * it without meter data.
 */
class BriefingReportPowerTest {
  private final Briefing city = Briefing.city(PowerFixture.inputs(), BriefingFixture.DATE);
  private final Briefing wang = Briefing.leader(PowerFixture.inputs(), BriefingFixture.DATE, "王一");

  /** The document's text without white space (lines wrap where the layout needs). */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  @Test
  void theFrontSectionHasTheTileAndTheItemAndTheAppendixTheSection() throws IOException {
    BriefingReport.Rendered rendered = new BriefingReport(city).render();
    String text = text(rendered.pdf());
    int appendix = text.indexOf("附件（一）县市区详细指标");
    String front = text.substring(0, appendix);
    assertThat(front)
        .doesNotContain("七、")
        .contains("电力复工率关注75.7%自报87.3%")
        .contains("【中】电力核验异常：5项（复工存疑3家、用电未报1家、产值电量背离1家）：甲城3、乙县1、丙州1，名单见附件（八）。");
    // 甲城区 88.8 − 70.0 = 18.8 points, 丙州市 96.0 − 80.0 = 16.0; 乙县 80.0 < 85.0 is not named
    String section = text.substring(text.indexOf("（八）电力核验"), text.indexOf("（九）指标说明"));
    assertThat(section)
        .startsWith(
            "（八）电力核验全市电力复工率75.7%，自报复工率87.3%（自报高出11.6个百分点）；复工电力指数78.2，电表覆盖率93.6%；"
                + "复工存疑3家、用电未报1家、产值电量背离1家。"
                + "自报复工率高出电力复工率最多的是甲城区（18.8个百分点）、丙州市（16.0个百分点）。"
                + "县市区自报复工率电力复工率用电恢复率指数覆盖率复工存疑用电未报产值电量背离")
        .contains(
            "甲城区88.8%70.0%80.0%75.095.0%201"
                + "丙州市96.0%80.0%60.0%70.075.0%100"
                + "乙县80.0%85.0%90.0%87.5100.0%010"
                + "全市87.3%75.7%80.8%78.293.6%311")
        .contains("无用电基线企业350家（其中当日有电表读数15家），不计入电力比率。")
        // the chart is drawn as text in the PDF: its title, axis names and the dots' names
        .contains(PowerSection.CHART_TITLE)
        .contains("甲城")
        .contains("斜线右下方：电力复工率低于自报");
    assertThat(section.indexOf(PowerSection.CHART_TITLE)).isLessThan(section.indexOf("电力核验异常企业名单"));
    assertThat(rendered.charts())
        .containsOnlyKeys("trend", "ranking", "heatmap", "difficulties", PowerSection.CHART_NAME);
    assertThat(rendered.frontPages()).isLessThan(rendered.pages());
  }

  @Test
  void theAppendixListsTheFlaggedEnterprisesAndDefinesThePowerTerms() throws IOException {
    String text = text(new BriefingReport(city).render().pdf());
    assertThat(text)
        .contains("电力核验异常企业名单类型县市区企业当日用电用电基线核验情况")
        .contains("复工存疑甲城区甲电一10100用电为基线的10.0%")
        .contains("复工存疑甲城区甲电二25.5100用电为基线的25.5%")
        .contains("复工存疑丙州市丙电一1280用电为基线的15.0%")
        .contains("用电未报乙县乙电一90100用电为基线的90.0%")
        .contains("产值电量背离甲城区甲电三20100产值比与用电比相差45.0个百分点")
        .contains("当日用电、用电基线单位为千瓦时。")
        .contains("（九）指标说明")
        .contains("电力核验：企业当日用电量不低于其用电基线的30%为用电复工")
        .doesNotContain("甲电九");
    assertThat(text.indexOf("电力核验异常企业名单")).isLessThan(text.indexOf("（九）指标说明"));
  }

  @Test
  void aLeadersPdfHasOnlyHisCounties() throws IOException {
    String text = text(new BriefingReport(wang).render().pdf());
    assertThat(text)
        .contains("分包县市区电力复工率75.2%，自报复工率85.9%（自报高出10.7个百分点）；复工电力指数79.3，电表覆盖率96.7%")
        .contains("自报复工率高出电力复工率最多的是甲城区（18.8个百分点）。")
        .contains("甲城区88.8%70.0%80.0%75.095.0%201")
        .contains("乙县80.0%85.0%90.0%87.5100.0%010")
        .contains("分包合计85.9%75.2%83.4%79.396.7%211")
        .contains("甲电三")
        .doesNotContain("丙电一")
        .doesNotContain("丙州市96.0%80.0%");
  }

  @Test
  void withoutMeterDataThePdfHasNoPowerSectionChartOrList() throws IOException {
    BriefingReport.Rendered rendered =
        new BriefingReport(Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE)).render();
    String text = text(rendered.pdf());
    assertThat(text).doesNotContain("电力核验").doesNotContain("电力复工率").contains("（八）指标说明");
    assertThat(rendered.charts()).containsOnlyKeys("trend", "ranking", "heatmap", "difficulties");
  }

  @Test
  void theSameBriefingGivesTheSameBytes() {
    assertThat(new BriefingReport(city).render().pdf())
        .isEqualTo(
            new BriefingReport(Briefing.city(PowerFixture.inputs(), BriefingFixture.DATE))
                .render()
                .pdf());
  }
}
