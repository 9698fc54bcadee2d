package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.report.Formats;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The briefings read back as a leader would: the numbers on the page equal the metric tables. */
class ReportTest {
  static final LocalDate DATE = LocalDate.of(2020, 3, 10);

  private static Path reports() {
    return SampleRun.output().resolve("reports").resolve(DATE.toString());
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Text without white space, so a message wrapped inside a table cell still matches. */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static Lake lake() {
    return new Lake(TestSpark.session(), SampleRun.output().toString());
  }

  @Test
  void theCityBriefingShowsTheHeadlineFiguresOfCityDaily() throws IOException {
    String text = text(reports().resolve("city.pdf"));
    Row city = lake().read(LakeTable.CITY_DAILY).where("report_date = DATE '2020-03-10'").first();

    assertThat(text).contains("衡水市工业企业复工复产督导日报").contains("报告日期 2020年3月10日");
    for (String rate : List.of("resumption_rate", "above_scale_resumption_rate", "employee_return_rate", "capacity_recovery_rate", "full_compliance_rate", "coverage")) {
      assertThat(text).as(rate).contains(Formats.percent(city.<Double>getAs(rate)));
      assertThat(text).as(rate + " change").contains("较前日 " + Formats.points(city.<Double>getAs(rate + "_change_1d")));
    }
    assertThat(text).contains(city.<Long>getAs("resumed") + " / " + city.<Long>getAs("enterprises") + " 家");
    assertThat(text).contains(city.<Long>getAs("fully_compliant") + " / " + city.<Long>getAs("assessed") + " 家");
    assertThat(text).contains("停产 " + city.<Long>getAs("stopped")).contains("确诊 " + city.<Long>getAs("confirmed") + " 例");
  }

  @Test
  void theRankingListsCountiesByResumptionRateWithTheirLeaders() throws IOException {
    String text = text(reports().resolve("city.pdf"));
    List<Row> counties =
        lake().read(LakeTable.COUNTY_DAILY).where("report_date = DATE '2020-03-10'").orderBy(org.apache.spark.sql.functions.col("resumption_rate").desc(), org.apache.spark.sql.functions.col("county_code")).collectAsList();
    int rank = 0;
    int previousPosition = -1;
    for (Row county : counties) {
      rank++;
      String line = rank + " " + county.<String>getAs("county_name") + " " + county.<String>getAs("leader") + " " + county.<String>getAs("section") + " "
          + Formats.percent(county.<Double>getAs("resumption_rate"));
      int position = text.indexOf(line);
      assertThat(position).as("ranking line '%s'", line).isGreaterThan(previousPosition);
      previousPosition = position;
    }
  }

  @Test
  void everyAlertOfTheDateAppearsWithItsLeader() throws IOException {
    String text = compact(text(reports().resolve("city.pdf")));
    List<Row> alerts = lake().read(LakeTable.ALERTS).where("report_date = DATE '2020-03-10'").collectAsList();
    assertThat(alerts).isNotEmpty();
    assertThat(text).contains(compact("六、督导提醒（" + alerts.size() + " 条）"));
    for (Row alert : alerts) {
      assertThat(text).as(alert.<String>getAs("message")).contains(compact(alert.<String>getAs("message")));
    }
  }

  @Test
  void eachLeaderReportNamesExactlyTheLeadersCounties() throws IOException {
    List<Row> leaders = lake().read(LakeTable.LEADER_DAILY).where("report_date = DATE '2020-03-10'").collectAsList();
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
      assertThat(text).contains("领导包县专报 · " + name).contains("包县：");
      assertThat(assignedNames).hasSize(assigned.size());
    }
    assertThat(text(reports().resolve("leader-赵振川.pdf"))).contains("滨湖新区");
  }

  @Test
  void theLeaderReportListsOpenDifficultyCasesOfItsCounties() throws IOException {
    String text = compact(text(reports().resolve("leader-王坤增.pdf")));
    long open =
        lake().read(LakeTable.DIFFICULTY_CASES)
            .where("county_code IN ('131182', '131124', '131125') AND opened_on <= DATE '2020-03-10' AND (resolved_on IS NULL OR resolved_on > DATE '2020-03-10')")
            .count();
    assertThat(open).isPositive();
    assertThat(text).contains(compact("分包县市区未解决的企业困难（共 " + open + " 项）"));
  }

  @Test
  void everyPdfIsPdfA2bWithTheShippedFontEmbedded() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    List<Path> pdfs = new ArrayList<>();
    try (var files = Files.list(reports())) {
      files.filter(file -> file.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
    }
    assertThat(pdfs).hasSize(5);
    for (Path pdf : pdfs) {
      byte[] bytes = Files.readAllBytes(pdf);
      try (InputStream input = new ByteArrayInputStream(bytes);
          PDFAParser parser = Foundries.defaultInstance().createParser(input, PDFAFlavour.PDFA_2_B);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
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

  @Test
  void renderingTheSameDataAgainGivesTheSameBytes(@org.junit.jupiter.api.io.TempDir Path temporary) throws IOException {
    Path out = temporary.resolve("again");
    CatalogTest.copyTree(SampleRun.output().resolve("lake"), out.resolve("lake"));
    Lake lake = new Lake(TestSpark.session(), out.toString());
    new ReportJob(TestSpark.session(), new ReportJob.Config(out.toString(), DATE, DATE, fugong.config.FugongSettings.defaults().metrics(), fugong.report.ReportThresholds.defaults(), lake.published().runId()))
        .run(lake.published());
    for (String file : List.of("city.pdf", "leader-李根洪.pdf", "city-trend.png", "city-heatmap.png", "leader-李根洪-ranking.png")) {
      assertThat(Files.readAllBytes(out.resolve("reports").resolve(DATE.toString()).resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(reports().resolve(file)));
    }
  }
}
