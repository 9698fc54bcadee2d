package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.report.Formats;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HTML editions of the sample's 2020-03-10 briefings opened in headless Chromium as a leader's
 * phone (390×844 CSS pixels; also 360 and 430 wide) and printed on A4: the page never scrolls
 * sideways (with the appendix opened too), the headline figures and every 督办 item are those of the
 * PDF of the same briefing (read back with PDFBox), the page makes no request beyond its own file,
 * and screenshots are left in {@code jobs/target/phone/} for people to look at.
 */
class PhoneEditionBrowserTest {
  private static final Path SHOTS = Path.of("target", "phone");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A4 is 210 mm wide; less the page's 15 mm margins, 180 mm = 680 CSS pixels of print width. */
  private static final int A4_PRINT_WIDTH = 680;

  private static final Pattern ITEM = Pattern.compile("\\d+\\.【[高中低]】");

  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> strings(JsonNode json) throws IOException {
    List<String> values = new ArrayList<>();
    JSON.readTree(json.asText()).forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void theCityAndALeaderEditionReadOnAPhoneAndOnA4WithThePdfsFiguresAndNoNetwork()
      throws Exception {
    Optional<Path> browser = HeadlessChromium.executable();
    Assumptions.assumeTrue(
        browser.isPresent(),
        "SKIPPED: no chromium at /usr/bin/chromium — install Debian's package (apt-get install -y"
            + " chromium; .ci/run does) to open the phone editions in a browser");
    Path folder = SampleRun.output().resolve("reports").resolve(ReportTest.DATE.toString());
    Path leader;
    try (var files = Files.list(folder)) {
      leader =
          files
              .filter(
                  file ->
                      file.getFileName().toString().startsWith("leader-")
                          && file.toString().endsWith(".html"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    Files.createDirectories(SHOTS.resolve("fonts"));
    try (InputStream font = getClass().getResourceAsStream("/fugong/fonts/wqy-microhei.ttf")) {
      Files.copy(
          font,
          SHOTS.resolve("fonts").resolve("wqy-microhei.ttf"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Row city =
        new Lake(TestSpark.session(), SampleRun.output().toString())
            .read(LakeTable.CITY_DAILY)
            .where("report_date = DATE '2020-03-10'")
            .first();

    try (HeadlessChromium chromium =
        new HeadlessChromium(browser.get(), SHOTS.resolve("fonts"), SHOTS)) {
      List<String> cityTiles = check(chromium, folder.resolve("city.html"));
      // the headline is the lake's city_daily figure, as the PDF states it
      assertThat(cityTiles.get(0))
          .isEqualTo(Formats.percent(city.<Double>getAs("resumption_rate")));
      assertThat(cityTiles).contains(Formats.percent(city.<Double>getAs("full_compliance_rate")));
      check(chromium, leader);

      // the request log is real: a page that does fetch something shows the attempt
      Path control = SHOTS.resolve("control.html");
      Files.writeString(
          control,
          "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta"
              + " charset=\"utf-8\"><title>对照</title></head><body><p><img"
              + " src=\"http://fugong.invalid/x.png\" alt=\"对照\"></p></body></html>");
      HeadlessChromium.Tab tab = chromium.open();
      tab.load(control.toAbsolutePath().toUri().toASCIIString());
      assertThat(tab.requests()).contains("http://fugong.invalid/x.png");
    }
  }

  /** Opens one edition at phone size and for A4 print; returns the figure tiles' values. */
  private List<String> check(HeadlessChromium chromium, Path html) throws Exception {
    String url = html.toAbsolutePath().toUri().toASCIIString();
    String stem = html.getFileName().toString().replace(".html", "");
    String pdf = compact(pdfText(Files.readAllBytes(html.resolveSibling(stem + ".pdf"))));
    String pdfOverview = pdf.substring(pdf.indexOf("一、总体情况"), pdf.indexOf("二、今日督办事项"));
    String pdfActions = pdf.substring(pdf.indexOf("二、今日督办事项"), pdf.indexOf("三、县市区排名"));

    HeadlessChromium.Tab tab = chromium.open();
    tab.viewport(390, 844, true);
    tab.media("screen");
    tab.load(url);
    assertThat(widths(tab))
        .as(stem + " at 390 px: scrollWidth, clientWidth, innerWidth, body scrollWidth")
        .containsOnly(390);
    Files.write(SHOTS.resolve(stem + "-390x844.png"), tab.screenshot(false));

    String text = compact(tab.evaluate("document.body.innerText").asText());
    String summary =
        compact(
            tab.evaluate(
                    "document.querySelector('section[aria-labelledby=overview] p').textContent")
                .asText());
    List<String> tiles =
        strings(
            tab.evaluate(
                "JSON.stringify(Array.from(document.querySelectorAll('.tile-value')).map(e =>"
                    + " e.textContent))"));
    List<String> items =
        strings(
            tab.evaluate(
                "JSON.stringify(Array.from(document.querySelectorAll('ol.actions li')).map(e =>"
                    + " e.textContent))"));
    assertThat(summary).as("一、总体情况 of " + stem).isNotEmpty();
    assertThat(pdfOverview).as("the PDF's 总体情况 states the page's summary").contains(summary);
    // the four rates and, the sample having meter data, 电力复工率
    assertThat(tiles).hasSize(5);
    for (String tile : tiles) {
      assertThat(text).contains(tile);
      assertThat(pdfOverview).as("tile " + tile + " in the PDF").contains(tile);
    }
    Matcher pdfItems = ITEM.matcher(pdfActions);
    int pdfCount = 0;
    while (pdfItems.find()) {
      pdfCount++;
    }
    assertThat(items).as("督办事项 of " + stem).hasSize(pdfCount).isNotEmpty();
    for (String item : items) {
      assertThat(text).contains(compact(item));
      assertThat(pdfActions).as("the PDF lists the same 督办 item").contains(compact(item));
    }

    // the appendix opened: still no sideways scrolling
    tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); true");
    assertThat(widths(tab)).as(stem + " with the appendix open").containsOnly(390);
    Files.write(SHOTS.resolve(stem + "-390-full.png"), tab.screenshot(true));
    // the sample has meter data: the electricity details (table, scatter, list) come before the
    // definitions
    assertThat(compact(tab.evaluate("document.body.innerText").asText()))
        .contains("（八）电力核验")
        .contains("电力核验异常企业名单")
        .contains("（九）指标说明");

    // the narrowest and the widest phones of the range, appendix open
    for (int width : List.of(360, 430)) {
      tab.viewport(width, 844, true);
      tab.load(url);
      tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); true");
      assertThat(widths(tab))
          .as(stem + " at " + width + " px with the appendix open")
          .containsOnly(width);
    }

    // printed: A4 print width, then a real A4 PDF carrying the same figures
    tab.media("print");
    tab.viewport(A4_PRINT_WIDTH, 962, false);
    tab.load(url);
    assertThat(widths(tab)).as(stem + " printed").containsOnly(A4_PRINT_WIDTH);
    Files.write(SHOTS.resolve(stem + "-a4.png"), tab.screenshot(false));
    byte[] printed = tab.printA4();
    Files.write(SHOTS.resolve(stem + "-a4.pdf"), printed);
    try (PDDocument document = Loader.loadPDF(printed)) {
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
    }
    String printedText = compact(pdfText(printed));
    assertThat(printedText)
        .contains(summary)
        .contains(tiles.get(0))
        .contains(compact(items.get(0)));

    // nothing but the file itself was requested, at any size
    assertThat(tab.requests()).as("requests of " + stem).isNotEmpty().containsOnly(url);
    return tiles;
  }

  private static List<Integer> widths(HeadlessChromium.Tab tab) throws IOException {
    List<Integer> widths = new ArrayList<>();
    for (String width :
        strings(
            tab.evaluate(
                "JSON.stringify([document.documentElement.scrollWidth,"
                    + " document.documentElement.clientWidth, window.innerWidth,"
                    + " document.body.scrollWidth +"
                    + " parseFloat(getComputedStyle(document.body).marginLeft) +"
                    + " parseFloat(getComputedStyle(document.body).marginRight)].map(String))"))) {
      widths.add((int) Math.round(Double.parseDouble(width)));
    }
    return widths;
  }
}
