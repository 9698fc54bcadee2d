package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.report.Formats;
import fugong.testing.TestSpark;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The briefings of the sample read back as a leader would: the numbers on the page equal the metric
 * tables, page 1 says what to act on, the leader's brief places him in the city, the wording holds.
 */
class ReportTest {
  static final LocalDate DATE = LocalDate.of(2020, 3, 10);

  /** The sample's date with a confirmed case in a resumed enterprise (the one HIGH alert). */
  static final LocalDate CONFIRMED_CASE_DATE = LocalDate.of(2020, 3, 4);

  private static Path reports() {
    return reports(DATE);
  }

  private static Path reports(LocalDate date) {
    return SampleRun.output().resolve("reports").resolve(date.toString());
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The text of each page, first page first. */
  private static List<String> pages(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  /**
   * Text without white space, so a sentence wrapped over lines or inside a table cell still
   * matches.
   */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static List<Path> pdfs(LocalDate date) throws IOException {
    try (var files = Files.list(reports(date))) {
      return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static Lake lake() {
    return new Lake(TestSpark.session(), SampleRun.output().toString());
  }

  /** The rows of a lake table of the sample run that meet an SQL condition. */
  private static Dataset<Row> where(LakeTable table, String condition) {
    return lake().read(table).where(condition);
  }

  /**
   * The rows of a daily table on {@code date} (ISO), highest resumption rate first, then by {@code
   * tieBreak}: the order of the rankings in the reports.
   */
  private static List<Row> byResumptionRate(LakeTable table, String date, String tieBreak) {
    return where(table, "report_date = DATE '" + date + "'")
        .orderBy(
            org.apache.spark.sql.functions.col("resumption_rate").desc(),
            org.apache.spark.sql.functions.col(tieBreak))
        .collectAsList();
  }

  @Test
  void theCityBriefingShowsTheMastheadAndTheHeadlineFiguresOfCityDaily() throws IOException {
    String text = compact(text(reports().resolve("city.pdf")));
    Row city = where(LakeTable.CITY_DAILY, "report_date = DATE '2020-03-10'").first();
    Row before = where(LakeTable.CITY_DAILY, "report_date = DATE '2020-03-09'").first();
    long issue = where(LakeTable.CITY_DAILY, "report_date <= DATE '2020-03-10'").count();

    assertThat(text)
        .contains("工业企业复工复产督导日报")
        .contains("第" + issue + "期")
        .contains("衡水市工业和信息化局编")
        .contains("2020年3月11日")
        .contains("数据截至2020年3月10日20:00")
        .contains("3月10日全市工业企业复工复产督导情况");
    for (String rate :
        List.of(
            "resumption_rate",
            "above_scale_resumption_rate",
            "capacity_recovery_rate",
            "full_compliance_rate")) {
      assertThat(text).as(rate).contains(Formats.percent(city.<Double>getAs(rate)));
    }
    long shownChange =
        Formats.shownDifference(
            city.<Double>getAs("resumption_rate"), before.<Double>getAs("resumption_rate"));
    assertThat(text)
        .contains(
            "复工"
                + city.<Long>getAs("resumed")
                + "家，复工率"
                + Formats.percent(city.<Double>getAs("resumption_rate"))
                + "，"
                + fugong.report.Wording.changeFromPrevious(shownChange));
    long resumed = city.getAs("resumed");
    long fullLoad = city.getAs("full_load");
    long reduced = city.getAs("reduced");
    // the three status groups add up to 复工
    assertThat(text)
        .contains(
            "满负荷"
                + fullLoad
                + "家、部分恢复"
                + (resumed - fullLoad - reduced)
                + "家、减产"
                + reduced
                + "家，停产"
                + city.<Long>getAs("stopped")
                + "家");
    assertThat(text).contains("确诊" + city.<Long>getAs("confirmed") + "例");
  }

  @Test
  void theRankingListsCountiesByResumptionRateWithLeadersAndChangesOfTheShownFigures()
      throws IOException {
    String text = text(reports().resolve("city.pdf"));
    List<Row> counties = byResumptionRate(LakeTable.COUNTY_DAILY, "2020-03-10", "county_code");
    java.util.Map<String, Double> before = new java.util.HashMap<>();
    for (Row county :
        where(LakeTable.COUNTY_DAILY, "report_date = DATE '2020-03-09'").collectAsList()) {
      before.put(county.getAs("county_code"), county.getAs("resumption_rate"));
    }
    assertThat(counties).hasSize(13);
    int rank = 0;
    int previousPosition = -1;
    for (Row county : counties) {
      rank++;
      Double rate = county.getAs("resumption_rate");
      String line =
          rank
              + " "
              + county.<String>getAs("county_name")
              + " "
              + county.<String>getAs("leader")
              + " "
              + Formats.percent(rate)
              + " "
              + Formats.signedPoints(
                  Formats.shownDifference(rate, before.get(county.<String>getAs("county_code"))));
      int position = text.indexOf(line);
      assertThat(position).as("ranking line '%s'", line).isGreaterThan(previousPosition);
      previousPosition = position;
      String rest = text.substring(position, text.indexOf('\n', position));
      assertThat(rest.contains("末三位")).as(line).isEqualTo(rank > 10);
    }
  }

  @Test
  void onTheConfirmedCaseDayPageOneOpensTheActionsWithTheHighAlert() throws IOException {
    List<Row> high =
        where(LakeTable.ALERTS, "report_date = DATE '2020-03-04' AND severity = 'HIGH'")
            .collectAsList();
    assertThat(high).hasSize(1);
    Row alert = high.get(0);
    String pageOne = compact(pages(reports(CONFIRMED_CASE_DATE).resolve("city.pdf")).get(0));
    int actions = pageOne.indexOf("二、今日督办事项");
    assertThat(actions).isPositive();
    String first = pageOne.substring(actions, pageOne.indexOf("2.【", actions));
    assertThat(first)
        .contains("1.【高】确诊病例企业仍在生产")
        .contains(alert.<String>getAs("enterprise_name"))
        .contains(alert.<String>getAs("county_name"))
        .contains(alert.<String>getAs("leader"));
    Row county =
        where(
                LakeTable.COUNTY_DAILY,
                "report_date = DATE '2020-03-04' AND county_code = '"
                    + alert.<String>getAs("county_code")
                    + "'")
            .first();
    assertThat(first)
        .contains(
            county.<String>getAs("county_name")
                + "·"
                + county.<String>getAs("leader")
                + "·"
                + county.<String>getAs("section"));
    // and in the leader's brief of that county
    String leaderPageOne =
        compact(
            pages(
                    reports(CONFIRMED_CASE_DATE)
                        .resolve("leader-" + alert.<String>getAs("leader") + ".pdf"))
                .get(0));
    assertThat(leaderPageOne).contains("二、今日督办事项1.【高】确诊病例企业仍在生产");
  }

  /**
   * The 40 dormitory findings of 2020-03-10 are one LOW line, never 40: on the city's page 1 naming
   * the six counties with most findings and "等13个县市区", in each leader's brief naming all his
   * counties; every enterprise in the appendix.
   */
  @Test
  void fortyDormitoryInconsistenciesAreOneGroupedLineOnPageOneAndListedInTheAppendix()
      throws IOException {
    List<Row> dormitories =
        where(
                LakeTable.ALERTS,
                "report_date = DATE '2020-03-10' AND kind = 'INCONSISTENCY' AND message LIKE"
                    + " '%宿舍%'")
            .collectAsList();
    assertThat(dormitories).hasSize(40);
    // per county: count, then code for ties, as the line orders them
    java.util.Map<String, Integer> perCode = new java.util.TreeMap<>();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (Row alert : dormitories) {
      perCode.merge(alert.getAs("county_code"), 1, Integer::sum);
      names.put(
          alert.getAs("county_code"),
          fugong.report.Wording.shortCountyName(alert.getAs("county_name")));
    }
    List<String> ordered =
        perCode.entrySet().stream()
            .sorted(
                java.util.Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(java.util.Map.Entry.comparingByKey()))
            .map(entry -> names.get(entry.getKey()) + entry.getValue())
            .toList();
    assertThat(ordered).hasSize(13);

    List<String> pages = pages(reports().resolve("city.pdf"));
    String front = compact(pages.get(0));
    Matcher line = Pattern.compile("【低】宿舍人数与自报不符：40家：([^。]*)。").matcher(front);
    assertThat(line.find()).as(front).isTrue();
    assertThat(line.group(1)).isEqualTo(String.join("、", ordered.subList(0, 6)) + "等13个县市区");
    assertThat(line.find()).as("one line for all 40").isFalse();
    String all = compact(String.join("", pages));
    String appendix = all.substring(all.indexOf("（二）督导提醒明细"));
    for (Row alert : dormitories) {
      assertThat(front).doesNotContain(alert.<String>getAs("enterprise_name"));
      assertThat(appendix).contains(alert.<String>getAs("enterprise_name"));
    }
    assertThat(appendix).contains("宿舍人数与自报不符（低，40家）");

    for (Row leader :
        where(LakeTable.LEADER_DAILY, "report_date = DATE '2020-03-10'").collectAsList()) {
      String name = leader.getAs("leader");
      List<String> counties = leader.getList(leader.fieldIndex("counties"));
      List<String> his =
          perCode.keySet().stream().filter(counties::contains).map(names::get).toList();
      int findings =
          perCode.entrySet().stream()
              .filter(entry -> counties.contains(entry.getKey()))
              .mapToInt(java.util.Map.Entry::getValue)
              .sum();
      String leaderFront =
          compact(pages(reports().resolve("leader-" + name + ".pdf")).subList(0, 2).toString());
      Matcher leaderLine =
          Pattern.compile("【低】宿舍人数与自报不符：" + findings + "家：([^。]*)。").matcher(leaderFront);
      assertThat(leaderLine.find()).as(name).isTrue();
      for (String county : his) {
        assertThat(leaderLine.group(1)).as(name).contains(county);
      }
      assertThat(leaderLine.group(1)).as(name).doesNotContain("等");
    }
  }

  @Test
  void eachLeaderReportNamesExactlyTheLeadersCounties() throws IOException {
    List<Row> leaders =
        where(LakeTable.LEADER_DAILY, "report_date = DATE '2020-03-10'").collectAsList();
    assertThat(leaders).hasSize(4);
    List<Row> counties = lake().read(LakeTable.COUNTIES).collectAsList();
    for (Row leader : leaders) {
      String name = leader.getAs("leader");
      String text = text(reports().resolve("leader-" + name + ".pdf"));
      List<String> assigned = leader.getList(leader.fieldIndex("counties"));
      Set<String> assignedNames = new TreeSet<>();
      for (Row county : counties) {
        String countyName = county.getAs("county_name");
        if (assigned.contains(county.<String>getAs("county_code"))) {
          assignedNames.add(countyName);
          assertThat(text).as(name + " names " + countyName).contains(countyName);
        } else {
          assertThat(text).as(name + " must not name " + countyName).doesNotContain(countyName);
        }
      }
      assertThat(compact(text)).contains("（" + name + "同志分包：");
      assertThat(assignedNames).hasSize(assigned.size());
    }
    assertThat(text(reports().resolve("leader-赵振川.pdf"))).contains("滨湖新区");
  }

  @Test
  void theLeaderBriefingStatesTheCityRateAndEachCountysRankInTheCity() throws IOException {
    Row city = where(LakeTable.CITY_DAILY, "report_date = DATE '2020-03-10'").first();
    List<Row> ranked = byResumptionRate(LakeTable.COUNTY_DAILY, "2020-03-10", "county_code");
    List<Row> leaders = byResumptionRate(LakeTable.LEADER_DAILY, "2020-03-10", "leader");
    for (int leaderRank = 1; leaderRank <= leaders.size(); leaderRank++) {
      Row leader = leaders.get(leaderRank - 1);
      String name = leader.getAs("leader");
      String text = compact(text(reports().resolve("leader-" + name + ".pdf")));
      Long difference =
          Formats.shownDifference(
              leader.<Double>getAs("resumption_rate"), city.<Double>getAs("resumption_rate"));
      assertThat(text)
          .as(name)
          .contains(
              "分包县市区合计复工率"
                  + Formats.percent(leader.<Double>getAs("resumption_rate"))
                  + "，全市"
                  + Formats.percent(city.<Double>getAs("resumption_rate"))
                  + "，"
                  + fugong.report.Wording.against(difference, "全市")
                  + "，在4位局领导中列第"
                  + leaderRank
                  + "位");
      for (int rank = 1; rank <= ranked.size(); rank++) {
        Row county = ranked.get(rank - 1);
        if (leader
            .getList(leader.fieldIndex("counties"))
            .contains(county.<String>getAs("county_code"))) {
          assertThat(text)
              .as(name)
              .contains(county.<String>getAs("county_name") + "第" + rank + "位");
        }
      }
    }
    // 曹德中 is the lowest of four, below the city
    assertThat(compact(text(reports().resolve("leader-曹德中.pdf"))))
        .contains("在4位局领导中列第4位")
        .contains("低于全市");
  }

  @Test
  void theLeaderReportCountsOpenDifficultyCasesOfItsCounties() throws IOException {
    String text = compact(text(reports().resolve("leader-王坤增.pdf")));
    long open =
        where(
                LakeTable.DIFFICULTY_CASES,
                "county_code IN ('131182', '131124', '131125') AND opened_on <= DATE '2020-03-10'"
                    + " AND (resolved_on IS NULL OR resolved_on > DATE '2020-03-10')")
            .count();
    assertThat(open).isPositive();
    assertThat(text).contains("未解决的企业困难" + open + "项");
  }

  @Test
  void noAsciiLettersOutsideTheDataQualityPartAndTheFooter() throws IOException {
    for (LocalDate date : List.of(CONFIRMED_CASE_DATE, DATE)) {
      for (Path pdf : pdfs(date)) {
        String text = text(pdf);
        // the data quality part (七) is for the monitoring section; what follows it, from (八) on
        // (电力核验明细 and 指标说明, or 指标说明 alone), is for leaders again
        int quality = text.indexOf("（七）报送及时性与数据质量");
        int after = text.indexOf("（八）", quality);
        assertThat(quality).isPositive().isLessThan(after);
        String leaderFacing = text.substring(0, quality) + text.substring(after);
        StringBuilder lines = new StringBuilder();
        for (String line : leaderFacing.split("\n")) {
          if (!line.startsWith("生成时间")) {
            lines.append(line).append('\n');
          }
        }
        Matcher letters = Pattern.compile("[A-Za-z]+").matcher(lines);
        assertThat(letters.find())
            .as(
                pdf
                    + ": '"
                    + (letters.hitEnd()
                        ? ""
                        : lines.substring(
                            Math.max(0, letters.start() - 20),
                            Math.min(lines.length(), letters.end() + 20)))
                    + "'")
            .isFalse();
      }
    }
  }

  @Test
  void belowAndAboveAreNeverFollowedByANegativeNumber() throws IOException {
    Pattern negative = Pattern.compile("(低于|高于)[^0-9。；，]{0,12}[-−][0-9]");
    for (LocalDate date : List.of(CONFIRMED_CASE_DATE, DATE)) {
      for (Path pdf : pdfs(date)) {
        String text = compact(text(pdf));
        assertThat(text).contains("于");
        assertThat(negative.matcher(text).find()).as(pdf.toString()).isFalse();
      }
    }
  }

  @Test
  void theFrontSectionOfEveryBriefingTakesAtMostTwoPages() throws IOException {
    List<Path> pdfs = pdfs(DATE);
    assertThat(pdfs).hasSize(5);
    for (Path pdf : pdfs) {
      List<String> pages = pages(pdf);
      int appendix = -1;
      for (int page = 0; page < pages.size(); page++) {
        if (pages.get(page).contains("（一）县市区详细指标")) {
          appendix = page;
          break;
        }
      }
      assertThat(appendix).as(pdf + " appendix page").isBetween(1, 2);
      assertThat(compact(String.join("", pages.subList(0, appendix))))
          .as(pdf.toString())
          .contains("六、趋势")
          .contains("五、企业困难");
      assertThat(compact(pages.get(0)))
          .contains("一、总体情况")
          .contains("二、今日督办事项")
          .contains("三、县市区排名")
          .contains("—1—");
    }
  }

  @Test
  void theDeadlineAndWindowInTheTextFollowTheSettings(
      @org.junit.jupiter.api.io.TempDir Path temporary) throws IOException {
    Path out = temporary.resolve("deadline");
    fugong.config.FugongSettings settings =
        fugong.config.FugongSettings.resolve(
            null,
            java.util.Map.of(),
            java.util.Map.of("metrics.deadline", "18:30:00", "forecast.window_days", "5"));
    renderCopyOfTheSample(out, settings.metrics(), settings.report());
    String text =
        compact(text(out.resolve("reports").resolve(DATE.toString()).resolve("city.pdf")));
    assertThat(text)
        .contains("数据截至2020年3月10日18:30")
        .contains("当日18:30（含）前")
        .contains("近5日比率")
        .doesNotContain("20:00")
        .doesNotContain("近7日");
    assertThat(compact(text(reports().resolve("city.pdf"))))
        .contains("数据截至2020年3月10日20:00")
        .contains("当日20:00（含）前");
  }

  @Test
  void everyPdfIsPdfA2bWithTheShippedFontEmbedded() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    List<Path> pdfs = pdfs(DATE);
    assertThat(pdfs).hasSize(5);
    for (Path pdf : pdfs) {
      byte[] bytes = Files.readAllBytes(pdf);
      try (InputStream input = new ByteArrayInputStream(bytes);
          PDFAParser parser =
              Foundries.defaultInstance().createParser(input, PDFAFlavour.PDFA_2_B);
          PDFAValidator validator =
              Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
        ValidationResult result = validator.validate(parser);
        List<String> failures = new ArrayList<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
          if (assertion.getStatus() == TestAssertion.Status.FAILED) {
            failures.add(assertion.getRuleId() + " " + assertion.getMessage());
          }
        }
        assertThat(failures).as(pdf.getFileName() + " PDF/A-2b").isEmpty();
        assertThat(result.isCompliant()).isTrue();
      }
      try (PDDocument document = Loader.loadPDF(bytes)) {
        for (PDPage page : document.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("WenQuanYi");
          }
        }
      }
    }
  }

  @Test
  void chartsAreWrittenAsPngForEveryReport() throws IOException {
    for (String stem : List.of("city", "leader-赵振川")) {
      for (String chart : List.of("trend", "ranking", "heatmap", "difficulties")) {
        Path png = reports().resolve(stem + "-" + chart + ".png");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as(png.toString()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
      }
    }
  }

  /**
   * Copies the sample run's lake to {@code out} and renders the reports of {@link #DATE} there
   * again, under the given metric settings and thresholds.
   */
  private static void renderCopyOfTheSample(
      Path out, MetricSettings metrics, fugong.report.ReportThresholds thresholds)
      throws IOException {
    CatalogTest.copyTree(SampleRun.output().resolve("lake"), out.resolve("lake"));
    Lake lake = new Lake(TestSpark.session(), out.toString());
    new ReportJob(
            TestSpark.session(),
            new ReportJob.Config(
                out.toString(), DATE, DATE, metrics, thresholds, lake.published().runId()))
        .run(lake.published());
  }

  @Test
  void renderingTheSameDataAgainGivesTheSameBytes(@org.junit.jupiter.api.io.TempDir Path temporary)
      throws IOException {
    Path out = temporary.resolve("again");
    renderCopyOfTheSample(
        out,
        fugong.config.FugongSettings.defaults().metrics(),
        fugong.report.ReportThresholds.defaults());
    for (String file :
        List.of(
            "city.pdf",
            "leader-李根洪.pdf",
            "city-trend.png",
            "city-heatmap.png",
            "leader-李根洪-ranking.png")) {
      assertThat(Files.readAllBytes(out.resolve("reports").resolve(DATE.toString()).resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(reports().resolve(file)));
    }
  }
}
