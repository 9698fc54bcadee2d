package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fugong.error.ErrorCategory;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.lake.Lake;
import fugong.metrics.MetricSettings;
import fugong.report.ReportThresholds;
import fugong.report.html.ReportIndex;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report folder that cannot be written is the machine's problem (a full disk, a permission, a
 * file in the way): the report job says so as IO_FAILURE, category EXTERNAL, naming the path, and a
 * run does not relabel it as a fugong bug.
 */
class ReportOutputFailureTest {
  @TempDir Path out;

  @Test
  void anUnwritableReportsFolderIsAnExternalFailureNamingThePath() throws IOException {
    Files.writeString(out.resolve("reports"), "a file where the reports folder should be");
    Lake lake = new Lake(TestSpark.session(), out.toString());
    ReportJob job =
        new ReportJob(
            TestSpark.session(),
            new ReportJob.Config(
                out.toString(),
                null,
                null,
                MetricSettings.defaults(),
                ReportThresholds.defaults(),
                "run-1"));
    FugongException failure =
        catchThrowableOfType(() -> job.run(lake.published()), FugongException.class);
    assertThat(failure.code()).isEqualTo(ErrorCode.IO_FAILURE);
    assertThat(failure.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
    assertThat(failure.getMessage())
        .startsWith("cannot write " + out.resolve("reports").resolve(ReportIndex.FILE) + ": ")
        .contains(out.resolve("reports").toString());
  }
}
