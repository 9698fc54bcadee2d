package fugong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fugong.error.ErrorCategory;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report folders: staged dates moved into place with the marker, dead runs' leftovers swept,
 * and a write that cannot be done reported as the machine's fault (EXTERNAL) naming the path — not
 * as a fugong bug.
 */
class ReportFoldersTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

  @TempDir Path out;

  @Test
  void aWriteIntoAFolderThatCannotBeWrittenIsExternalAndNamesThePath() throws IOException {
    Path reports = out.resolve("reports");
    Files.createDirectories(reports);
    Files.writeString(reports.resolve(DAY.toString()), "a file where the date's folder should be");
    Path pdf = reports.resolve(DAY.toString()).resolve("city.pdf");
    FugongException failure =
        catchThrowableOfType(() -> ReportFolders.write(pdf, new byte[] {1}), FugongException.class);
    assertThat(failure.code()).isEqualTo(ErrorCode.IO_FAILURE);
    assertThat(failure.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
    assertThat(failure.getMessage())
        .startsWith("cannot write " + pdf + ": ")
        .contains(reports.resolve(DAY.toString()).toString());
  }

  @Test
  void stagedDatesMoveIntoPlaceAndTheMarkerNamesTheRun() throws IOException {
    Path reports = out.resolve("reports");
    Path staging = reports.resolve(".staging-run2");
    ReportFolders.write(staging.resolve(DAY.toString()).resolve("city.pdf"), new byte[] {2});
    ReportFolders.write(reports.resolve(DAY.toString()).resolve("old.pdf"), new byte[] {1});
    Map<LocalDate, List<Path>> published =
        ReportFolders.publish(
            reports,
            staging,
            Map.of(DAY, List.of(staging.resolve(DAY.toString()).resolve("city.pdf"))),
            "run2",
            "run1",
            () -> {});
    assertThat(published.get(DAY))
        .containsExactly(reports.resolve(DAY.toString()).resolve("city.pdf"));
    assertThat(reports.resolve(DAY.toString()).resolve("old.pdf")).doesNotExist();
    assertThat(staging).doesNotExist();
    assertThat(ReportFolders.completedRun(out)).hasValue("run1");
    try (var entries = Files.list(reports)) {
      assertThat(entries.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder(DAY.toString(), ReportFolders.MARKER);
    }
  }

  @Test
  void deadRunsLeftoversAreSweptAndAMovedAsideDateComesBack() throws IOException {
    Path reports = out.resolve("reports");
    ReportFolders.write(reports.resolve(".staging-dead").resolve("x.pdf"), new byte[] {1});
    ReportFolders.write(
        reports.resolve(".previous-dead-" + DAY).resolve("city.pdf"), new byte[] {1});
    ReportFolders.write(reports.resolve(".staging-mine").resolve("y.pdf"), new byte[] {1});
    assertThat(ReportFolders.sweepDeadRuns(out, "mine"))
        .containsExactly(
            "moved reports/.previous-dead-" + DAY + " back to reports/" + DAY,
            "deleted reports/.staging-dead");
    assertThat(reports.resolve(DAY.toString()).resolve("city.pdf")).exists();
    assertThat(reports.resolve(".staging-mine")).exists();
  }
}
