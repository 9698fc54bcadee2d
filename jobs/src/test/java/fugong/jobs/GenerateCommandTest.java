package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path out;

  private static CommandLine commandLine(StringWriter output, StringWriter errors) {
    CommandLine commandLine = new CommandLine(new GenerateCommand());
    commandLine.setOut(new PrintWriter(output));
    commandLine.setErr(new PrintWriter(errors));
    return commandLine;
  }

  @Test
  void writesReferenceAndInboxAndSaysWhat() {
    StringWriter output = new StringWriter();
    int exit =
        commandLine(output, new StringWriter())
            .execute(
                "--out",
                out.toString(),
                "--enterprises",
                "26",
                "--days",
                "2",
                "--seed",
                "3",
                "--start",
                "2020-03-01");
    assertThat(exit).isZero();
    assertThat(out.resolve("reference/enterprises.csv")).exists();
    assertThat(out.resolve("inbox/131102_20200301.csv")).exists();
    assertThat(out.resolve("inbox/131102_20200302.csv")).exists();
    assertThat(output.toString())
        .contains("wrote 26 enterprises in 13 counties")
        .contains("wrote 26 submission files");
  }

  @Test
  void refusesAnErrorRateOutsideZeroToOne() {
    StringWriter errors = new StringWriter();
    int exit =
        commandLine(new StringWriter(), errors)
            .execute("--out", out.toString(), "--error-rate", "1.5");
    assertThat(exit).isEqualTo(2);
    assertThat(errors.toString()).contains("--error-rate must be between 0 and 1");
  }

  @Test
  void requiresOut() {
    StringWriter errors = new StringWriter();
    assertThat(commandLine(new StringWriter(), errors).execute()).isEqualTo(2);
    assertThat(errors.toString()).contains("--out");
  }
}
