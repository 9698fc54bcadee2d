package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county the assignment table gives no leader on the date (the fixture reference assigns 2 of its
 * 13 counties, one of them with the leader's cell empty) is still ranked, with 未分配 for its leader,
 * and the reports are written: the run ends with its rows' verdict (exit 0 or 1), not as a run
 * whose reports failed (before: a null leader stopped the briefing, exit 4).
 */
class UnassignedCountyReportTest {
  @TempDir Path world;

  @Test
  void aCountyWithoutALeaderIsRankedUnderUnassignedAndTheReportsAreWritten() throws IOException {
    Path reference = Fixtures.reference(world.resolve("reference"));
    Path inbox = world.resolve("inbox");
    Fixtures.write(
        inbox,
        "131102_20200226.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-02-26", "桃城区", Fixtures.A, 80, "40", "无"),
        Fixtures.notResumed("2020-02-26", "桃城区", Fixtures.B));
    Fixtures.write(
        inbox,
        "131103_20200226.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-02-26", "冀州区", Fixtures.D, 20, "3", "无"));
    Path out = world.resolve("out");

    CommandLineTest.Outcome outcome =
        CommandLineTest.execute(
            concat(
                CommandLineTest.runArguments(inbox, reference, out),
                "--set",
                "ingest.quiet_seconds=0"));

    assertThat(outcome.exitCode())
        .as(outcome.err())
        .isIn(FugongCommand.EXIT_OK, FugongCommand.EXIT_REJECTIONS);
    String city;
    try (PDDocument document =
        Loader.loadPDF(out.resolve("reports/2020-02-26/city.pdf").toFile())) {
      city = new PDFTextStripper().getText(document);
    }
    // 冀州区 (its leader's cell empty) and the 11 counties without an assignment row
    assertThat(city).contains("冀州区").contains("桃城区").contains("赵振川").contains("未分配");
    assertThat(out.resolve("reports/2020-02-26/leader-赵振川.pdf")).isRegularFile();
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
