package fugong.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.report.Briefing;
import fugong.report.BriefingFixture;
import fugong.report.PowerFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 电力核验 in the phone edition of {@link PowerFixture}'s briefings: the PDF's text and figures from
 * the same model, the tile and the 督办 item in the front section; in the appendix （八） under {@code
 * <details>} the two paragraphs, the table as cards, the chart as SVG with a caption stating every
 * dot, and the list.
 */
class BriefingPagePowerTest {
  private final Briefing city = Briefing.city(PowerFixture.inputs(), BriefingFixture.DATE);
  private final Briefing wang = Briefing.leader(PowerFixture.inputs(), BriefingFixture.DATE, "王一");
  private final String cityPage = new BriefingPage(city).render();
  private final String wangPage = new BriefingPage(wang).render();

  private static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() == 0 ? matcher.group() : matcher.group(1));
    }
    return found;
  }

  /** The markup of the appendix part （八）电力核验, inside its {@code <details>}. */
  private static String details(String page) {
    int start = page.indexOf("<h3>（八）电力核验</h3>");
    return page.substring(start, page.indexOf("</details>", start));
  }

  /** The markup of the section with the given id. */
  private static String section(String page, String id) {
    int start = page.indexOf("<section aria-labelledby=\"" + id + "\">");
    return page.substring(start, page.indexOf("</section>", start));
  }

  @Test
  void theFrontSectionHasTheTileAndTheItemAndTheAppendixTheModelsTwoParagraphs() {
    assertThat(all("<h2[^>]*>([^<]*)</h2>", cityPage))
        .containsExactly("一、总体情况", "二、今日督办事项", "三、县市区排名", "四、分包领导情况", "五、企业困难", "六、趋势", "附件");
    assertThat(all("<span class=\"tile-label\">([^<]*)</span>", section(cityPage, "overview")))
        .containsExactly("复工率", "规上复工率", "产能恢复率", "全部落实率", "电力复工率");
    assertThat(section(cityPage, "overview")).contains(">75.7%<").contains("自报87.3%");
    assertThat(section(cityPage, "actions")).contains("电力核验异常：5项（复工存疑3家、用电未报1家、产值电量背离1家）");
    String power = details(cityPage);
    assertThat(power)
        .contains("<p>" + Html.escape(city.power().headline()) + "</p>")
        .contains(
            "全市电力复工率75.7%，自报复工率87.3%（自报高出11.6个百分点）；复工电力指数78.2，电表覆盖率93.6%；"
                + "复工存疑3家、用电未报1家、产值电量背离1家。")
        .contains("<p>" + Html.escape(city.power().gaps()) + "</p>")
        .contains("最多的是甲城区（18.8个百分点）、丙州市（16.0个百分点）。");
  }

  @Test
  void theTableIsCardsInTheAppendixWithTheSameFiguresAsThePdf() {
    String power = details(cityPage);
    power = power.substring(0, power.indexOf("<h4>"));
    assertThat(power).contains("<table class=\"cards compact\">");
    assertThat(all("<th scope=\"col\">([^<]*)</th>", power))
        .containsExactly("县市区", "自报复工率", "电力复工率", "用电恢复率", "指数", "覆盖率", "复工存疑", "用电未报", "产值电量背离");
    List<String> rows = all("<tr>(<th scope=\"row\".*?)</tr>", power);
    assertThat(rows).hasSize(4);
    assertThat(all(">([^<]*)</t[hd]>", rows.get(0)))
        .containsExactly("甲城区", "88.8%", "70.0%", "80.0%", "75.0", "95.0%", "△2", "0", "△1");
    assertThat(all(">([^<]*)</t[hd]>", rows.get(3)))
        .containsExactly("全市", "87.3%", "75.7%", "80.8%", "78.2", "93.6%", "△3", "△1", "△1");
    assertThat(rows.get(0)).contains("class=\"number watch\" data-label=\"复工存疑\">△2<");
  }

  @Test
  void theChartIsSvgWithOneDotPerCountyTheDiagonalAndACaptionStatingTheFigures() {
    String power = details(cityPage);
    assertThat(power)
        .contains(
            "role=\"img\" aria-labelledby=\"power-chart-title\""
                + " aria-describedby=\"power-chart-text\"");
    // both axes 60 %…100 % (the smallest value, 70 %, less 2 points, down to a tenth); plot 50…340
    // across, 302…12 up: 88.8 % → 50 + 290 × (0.888 − 0.6) / 0.4 = 258.8; 70 % → 302 − 290 × 0.25
    // = 229.5; 80 % → 195; 85 % → 120.75; 96 % → 311; 80 % up → 157
    assertThat(all("<circle class=\"point\" cx=\"([^\"]+\" cy=\"[^\"]+)\"", power))
        .containsExactly("258.8\" cy=\"229.5", "195\" cy=\"120.8", "311\" cy=\"157");
    assertThat(power)
        .contains(
            "<line class=\"diagonal\" x1=\"50\" y1=\"302\" x2=\"340\" y2=\"12\" stroke=\"#999\"");
    assertThat(all("<text class=\"label\"[^>]*>([^<]*)</text>", power))
        .containsExactly("甲城", "乙县", "丙州");
    assertThat(all("<figcaption id=\"power-chart-text\">([^<]*)</figcaption>", power))
        .containsExactly(Html.escape(city.power().chartText()));
    assertThat(city.power().chartText()).contains("甲城区 自报88.8%、电力70.0%");
  }

  @Test
  void theFlaggedEnterprisesAreInTheAppendixUnderDetailsBeforeTheDefinitions() {
    List<String> headings = all("<h3>([^<]*)</h3>", cityPage);
    assertThat(headings.subList(headings.size() - 2, headings.size()))
        .containsExactly("（八）电力核验", "（九）指标说明");
    int part = cityPage.indexOf("<h3>（八）电力核验</h3>");
    assertThat(cityPage.substring(cityPage.lastIndexOf("<details>", part), part))
        .contains("<summary>");
    String power = details(cityPage);
    assertThat(power.indexOf("<figcaption")).isLessThan(power.indexOf("<h4>电力核验异常企业名单</h4>"));
    String details = power.substring(power.indexOf("<h4>电力核验异常企业名单</h4>"));
    assertThat(all("<tr>(<th scope=\"row\".*?)</tr>", details))
        .extracting(row -> String.join("|", all(">([^<]*)</t[hd]>", row)))
        .containsExactly(
            "甲电一|复工存疑|甲城区|10|100|用电为基线的10.0%",
            "甲电二|复工存疑|甲城区|25.5|100|用电为基线的25.5%",
            "丙电一|复工存疑|丙州市|12|80|用电为基线的15.0%",
            "乙电一|用电未报|乙县|90|100|用电为基线的90.0%",
            "甲电三|产值电量背离|甲城区|20|100|产值比与用电比相差45.0个百分点");
    assertThat(cityPage).contains("电力核验：企业当日用电量不低于其用电基线的30%为用电复工");
  }

  @Test
  void aLeadersPageHasOnlyHisCounties() {
    assertThat(details(wangPage))
        .contains("分包县市区电力复工率75.2%")
        .contains(">甲城区<")
        .contains(">乙县<")
        .contains(">分包合计<")
        .doesNotContain("丙州");
    assertThat(wangPage).doesNotContain("丙电一");
  }

  @Test
  void withoutMeterDataThePageHasNoneOfIt() {
    String plain =
        new BriefingPage(Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE)).render();
    assertThat(plain)
        .doesNotContain("电力")
        .doesNotContain("power-chart")
        .doesNotContain("aria-labelledby=\"power\"");
  }

  @Test
  void theSameBriefingGivesTheSameBytes() {
    assertThat(
            new BriefingPage(Briefing.city(PowerFixture.inputs(), BriefingFixture.DATE)).render())
        .isEqualTo(cityPage);
  }
}
