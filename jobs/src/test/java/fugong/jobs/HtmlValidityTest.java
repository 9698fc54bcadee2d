package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The HTML the sample run writes — every brief of 2020-03-10 (the city's and each leader's) and
 * {@code reports/index.html} — checked by the Nu HTML validator (markup and inline CSS), run from
 * the jars Maven copies into {@code target/html-validator} in a process of its own: zero errors. A
 * broken page shows the validator does report what it finds.
 */
class HtmlValidityTest {
  private static final Path VALIDATOR = Path.of("target", "html-validator");

  /**
   * Runs the validator on the files; returns its exit code and what it printed (one line per
   * error).
   */
  private static Outcome validate(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(VALIDATOR.toAbsolutePath() + "/*");
    command.add("nu.validator.client.SimpleCommandLineValidator");
    command.add("--format");
    command.add("gnu");
    files.forEach(file -> command.add(file.toAbsolutePath().toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    List<String> errors =
        output
            .lines()
            .filter(line -> line.contains(": error:") || line.contains(": fatal:"))
            .toList();
    return new Outcome(process.exitValue(), errors, output);
  }

  private record Outcome(int exitCode, List<String> errors, String output) {}

  @Test
  void theGeneratedCityLeaderAndIndexPagesHaveNoErrors() throws Exception {
    assertThat(VALIDATOR.resolve("validator-20.7.2.jar"))
        .as("mvn copies the validator in generate-test-resources")
        .exists();
    Path reports = SampleRun.output().resolve("reports");
    List<Path> files = new ArrayList<>();
    try (var html = Files.list(reports.resolve(ReportTest.DATE.toString()))) {
      files.addAll(html.filter(file -> file.toString().endsWith(".html")).sorted().toList());
    }
    assertThat(files)
        .extracting(file -> file.getFileName().toString())
        .contains("city.html")
        .anyMatch(name -> name.startsWith("leader-"));
    files.add(reports.resolve("index.html"));

    Outcome outcome = validate(files);
    assertThat(outcome.errors()).as(outcome.output()).isEmpty();
    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
  }

  @Test
  void theValidatorReportsABrokenPage(@org.junit.jupiter.api.io.TempDir Path folder)
      throws Exception {
    Path broken = folder.resolve("broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta"
            + " charset=\"utf-8\"><title>坏页</title><style>p { colr: red;"
            + " }</style></head><body><p><div>块</div></p><table><tr><th"
            + " scope=\"行\">表头</th></tr></table></body></html>");
    Outcome outcome = validate(List.of(broken));
    // the unknown CSS property, the stray </p> and the bad scope value
    assertThat(outcome.errors()).hasSize(3);
    assertThat(outcome.exitCode()).isNotZero();
  }
}
