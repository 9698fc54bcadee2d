package fugong.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.report.ActionGroup;
import fugong.report.ActionItems;
import fugong.report.Briefing;
import fugong.report.BriefingFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML edition of the hand-made briefing of {@link BriefingFixture} (three counties, two
 * leaders, 2020-03-04): structure, accessibility and the figures, read from the markup.
 */
class BriefingPageTest {
  private final Briefing city = Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE);
  private final Briefing leader =
      Briefing.leader(BriefingFixture.inputs(), BriefingFixture.DATE, "王一");
  private final String cityPage = new BriefingPage(city).render();
  private final String leaderPage = new BriefingPage(leader).render();

  private static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() == 0 ? matcher.group() : matcher.group(1));
    }
    return found;
  }

  /** The text of the page without tags, white space collapsed, entities of ours unescaped. */
  private static String text(String page) {
    String body = page.substring(page.indexOf("<body"));
    return Html.unescape(body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));
  }

  @Test
  void theHeadingsFollowThePdfInOrderWithoutSkippingALevel() {
    assertThat(all("<h2[^>]*>([^<]*)</h2>", cityPage))
        .containsExactly("一、总体情况", "二、今日督办事项", "三、县市区排名", "四、分包领导情况", "五、企业困难", "六、趋势", "附件");
    assertThat(all("<h2[^>]*>([^<]*)</h2>", leaderPage))
        .containsExactly("一、总体情况", "二、今日督办事项", "三、县市区排名", "四、与全市比较", "五、企业困难", "六、趋势", "附件");
    assertThat(all("<h1>([^<]*)</h1>", cityPage)).containsExactly("3月4日全市工业企业复工复产督导情况");
    assertThat(all("<h3>([^<]*)</h3>", cityPage))
        .containsExactly(
            "（一）县市区详细指标",
            "（二）督导提醒明细（按类型）",
            "（三）重点企业进度滞后名单",
            "（四）一企一策台账（未解决的企业困难）",
            "（五）防控措施落实低于要求的项目",
            "（六）趋势预测（仅列无进展或预计延迟的）",
            "（七）报送及时性与数据质量（供运行监测科）",
            "（八）指标说明");
    int previous = 0;
    for (String level : all("<h([1-6])[ >]", cityPage)) {
      int current = Integer.parseInt(level);
      assertThat(current).as("heading level after h" + previous).isLessThanOrEqualTo(previous + 1);
      previous = current;
    }
  }

  @Test
  void thePageIsChineseSelfContainedAndWithoutScript() {
    assertThat(cityPage)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    for (String page : List.of(cityPage, leaderPage)) {
      assertThat(page)
          .doesNotContain("http:")
          .doesNotContain("https:")
          .doesNotContain("<script")
          .doesNotContain(" src=")
          .doesNotContain("@import")
          .doesNotContain("url(")
          .doesNotContain("<link");
      // links go to our own files beside the page only
      assertThat(all("href=\"([^\"]*)\"", page))
          .allMatch(link -> link.equals("../index.html") || link.matches("[A-Za-z0-9%\\-]+\\.pdf"));
    }
    assertThat(all("href=\"([^\"]*)\"", leaderPage)).contains("leader-%E7%8E%8B%E4%B8%80.pdf");
  }

  @Test
  void theHeadlineFiguresAndEveryActionItemAreTheModels() {
    String text = text(cityPage);
    // 1528/1750 = 87.314 % → 87.3 %, +1.1 on 86.2 %; the tile is 关注 (below 95 %, at least 80 %)
    assertThat(text).contains("纳入监测工业企业1750家，复工1528家，复工率87.3%，较前日上升1.1个百分点");
    assertThat(cityPage)
        .contains(
            "<li class=\"tile watch\"><span class=\"tile-label\">复工率</span><span"
                + " class=\"tile-value\">87.3%</span><span"
                + " class=\"tile-change\">较前日↑1.1</span><span"
                + " class=\"tile-target\">目标95%</span><span class=\"standing\">△关注</span></li>");
    // 1094/1400 = 78.1 %, below the 80 % amber threshold
    assertThat(cityPage)
        .contains(
            "<span class=\"tile-value\">78.1%</span><span class=\"tile-change\">较前日↓4.0</span><span"
                + " class=\"tile-target\">要求≥80%</span><span class=\"standing\">×滞后</span>");
    List<ActionGroup> items = city.actions().items();
    assertThat(items).hasSize(4);
    List<String> lines =
        all("<li class=\"severity-[a-z]+\">([^<]*)</li>", cityPage).stream()
            .map(Html::unescape)
            .toList();
    for (int index = 0; index < items.size(); index++) {
      assertThat(lines.get(index)).isEqualTo(ActionItems.line(index + 1, items.get(index)));
    }
    assertThat(lines.get(0))
        .isEqualTo("1.【高】确诊病例企业仍在生产：乙县乙钢铁有限公司确诊2例仍在生产，应立即督促停产并按预案处置。（乙县 · 王一 · 政策产业科）");
    assertThat(cityPage).contains("<li class=\"severity-high\">1.【高】");
    assertThat(lines.get(3))
        .isEqualTo("4.【低】宿舍人数与自报不符：40家：甲城 25、乙县 15。（甲城区 · 王一 · 办公室；乙县 · 王一 · 政策产业科）");
  }

  @Test
  void everyTableHeaderIsMarkedAndTheCardsNameTheirColumns() {
    for (String page : List.of(cityPage, leaderPage)) {
      assertThat(all("<th(?= |>)[^>]*>", page))
          .isNotEmpty()
          .allMatch(header -> header.contains("scope=\"col\"") || header.contains("scope=\"row\""));
      for (String table : all("(<table class=\"cards[^\"]*\">.*?</table>)", page)) {
        List<String> headers = all("<th scope=\"col\">([^<]*)</th>", table);
        String body = all("<tbody>(.*?)</tbody>", table).get(0);
        for (String row : all("<tr>(.*?)</tr>", body)) {
          assertThat(all("data-label=\"([^\"]*)\"", row))
              .as(row)
              .containsExactlyElementsOf(headers);
        }
      }
    }
    // the ranking: 3 cards, 丙州市 first (96.0 %, 达标), the county heads its row
    String ranking = all("(<table class=\"cards[^\"]*\">.*?</table>)", cityPage).get(0);
    assertThat(all("<th scope=\"row\"[^>]*>([^<]*)</th>", ranking))
        .containsExactly("丙州市", "甲城区", "乙县");
    assertThat(ranking).contains("<td class=\"number good\" data-label=\"复工率\">96.0%</td>");
    // 甲城区 68.0 %: red and also the word for the rate's judgement; the colour is never alone
    assertThat(ranking)
        .contains("<td class=\"number behind\" data-label=\"全部落实率\">68.0%</td>")
        .contains("<td class=\"watch\" data-label=\"评价\">△关注</td>");
    assertThat(cityPage)
        .contains("@media (max-width: 40em)")
        .contains(
            "table.cards td::before, table.cards th[scope=row]::before { content: attr(data-label)"
                + " \"：\";");
    // wide appendix tables scroll inside their own, focusable box
    assertThat(
            all(
                "<div class=\"scroll\" role=\"region\" aria-label=\"([^\"]+)\" tabindex=\"0\">",
                cityPage))
        .containsExactly("县市区比率", "县市区企业数和人数", "防控措施落实情况");
  }

  @Test
  void theStandingIsAWordAndASymbolWhereverItIsAColour() {
    // every coloured cell of the judgement column says its judgement
    for (String cell :
        all("(<td class=\"(?:good|watch|behind)\" data-label=\"评价\">[^<]*</td>)", cityPage)) {
      assertThat(cell).containsAnyOf("○达标", "△关注", "×滞后");
    }
    // heat-map cells below green carry △ or ×: 甲城区's full compliance 68.0 %
    assertThat(cityPage).contains("<td class=\"behind\">×68.0</td>");
  }

  @Test
  void theAppendixIsCollapsedUnderItsHeadings() {
    assertThat(all("<details>\\s*<summary><h3>", cityPage)).hasSize(8);
    assertThat(cityPage).doesNotContain("<details open");
    int appendix = cityPage.indexOf("<h2 id=\"appendix\">");
    assertThat(cityPage.indexOf("<details>")).isGreaterThan(appendix);
  }

  @Test
  void chartsAreInlineSvgWithCaptionsStatingTheirFigures() {
    assertThat(
            all(
                "<svg class=\"chart\"[^>]*role=\"img\" aria-labelledby=\"([a-z-]+)-title\""
                    + " aria-describedby=\"\\1-text\">",
                cityPage))
        .containsExactly("trend-chart", "ranking-chart", "difficulty-chart");
    // the trend: 3-03 1508/1750 = 86.2 %, 3-04 87.3 %; counties on 3-04 80.0 % (乙县) to 96.0 % (丙州市)
    String trend = all("<figcaption id=\"trend-chart-text\">([^<]*)</figcaption>", cityPage).get(0);
    assertThat(trend)
        .contains("全市复工率：")
        .contains("3月3日 86.2%、3月4日 87.3%")
        .contains("县市区最低—最高：")
        .contains("3月4日 80.0%—96.0%");
    assertThat(all("<figcaption id=\"ranking-chart-text\">([^<]*)</figcaption>", cityPage))
        .containsExactly("县市区复工率：丙州市 96.0%（达标）、甲城区 88.8%（关注）、乙县 80.0%（关注）。");
    assertThat(
            all("<figcaption id=\"difficulty-chart-text\">([^<]*)</figcaption>", cityPage).get(0))
        .contains("原材料供应紧张 2项")
        .contains("资金紧张 1项");
    String leaderTrend =
        all("<figcaption id=\"trend-chart-text\">([^<]*)</figcaption>", leaderPage).get(0);
    // 王一: 1268/1500 = 84.5 %, 1288/1500 = 85.9 %
    assertThat(leaderTrend).startsWith("王一分包合计复工率：").contains("3月3日 84.5%、3月4日 85.9%");
  }

  @Test
  void theSameBriefingGivesTheSameBytes() {
    assertThat(
            new BriefingPage(Briefing.city(BriefingFixture.inputs(), BriefingFixture.DATE))
                .render())
        .isEqualTo(cityPage);
    assertThat(
            new BriefingPage(Briefing.leader(BriefingFixture.inputs(), BriefingFixture.DATE, "王一"))
                .render())
        .isEqualTo(leaderPage);
    assertThat(BriefingPage.fileName(leader)).isEqualTo("leader-王一.html");
    assertThat(cityPage).contains("data-issue=\"第3期\" data-headline=\"复工率 87.3%\"");
  }

  @Test
  void theIndexListsDatesNewestFirstWithTheHeadlineAndBothEditions(@TempDir Path reports)
      throws IOException {
    Path older = Files.createDirectories(reports.resolve("2020-03-03"));
    Path newer = Files.createDirectories(reports.resolve("2020-03-04"));
    Files.createDirectories(reports.resolve(".staging-run"));
    Files.writeString(newer.resolve("city.html"), cityPage);
    Files.writeString(newer.resolve("leader-王一.html"), leaderPage);
    for (String name : List.of("city.pdf", "leader-王一.pdf", "leader-李二.pdf", "city-trend.png")) {
      Files.write(newer.resolve(name), new byte[] {1});
    }
    // an older date rendered before the HTML edition existed: listed with its PDF only
    Files.write(older.resolve("city.pdf"), new byte[] {1});

    String index = Files.readString(ReportIndex.write(reports));
    assertThat(all("<h2>([^<]*)</h2>", index)).containsExactly("2020年3月4日　第3期", "2020年3月3日");
    assertThat(index).contains("<p class=\"headline\">全市复工率 <strong>87.3%</strong></p>");
    assertThat(all("<li>([^<]*) <a", index)).containsExactly("全市", "李二同志分包县市区", "王一同志分包县市区", "全市");
    assertThat(all("href=\"([^\"]*)\"", index))
        .containsExactly(
            "2020-03-04/city.html",
            "2020-03-04/city.pdf",
            "2020-03-04/leader-%E6%9D%8E%E4%BA%8C.pdf",
            "2020-03-04/leader-%E7%8E%8B%E4%B8%80.html",
            "2020-03-04/leader-%E7%8E%8B%E4%B8%80.pdf",
            "2020-03-03/city.pdf");
    assertThat(index).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").doesNotContain("http");
    assertThat(Files.readString(ReportIndex.write(reports))).isEqualTo(index);
    assertThat(reports.resolve("index.html.tmp")).doesNotExist();
  }
}
