package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.generate.GeneratorConfig;
import fugong.generate.SyntheticDataGenerator;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run's progress as a log sees it (--progress plain): the six stages in order, each starting
 * and ending with a timestamped line, the ingest stage's files parsed reaching the inbox's count,
 * the metrics stage's tables reaching 10 and the reports' dates reaching 2; --verbose adds a line
 * per table and per date; --quiet leaves only the summary on stdout. The world: 26 enterprises (2
 * per county) over 2 days.
 */
class RunProgressOutputTest {
  private static final Pattern TIMESTAMP =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ");

  @TempDir Path world;

  @Test
  void aPlainVerboseRunShowsEveryStageWithItsCountsReachingTheirTotalsThenAQuietRunShowsNone()
      throws IOException {
    TestSpark.session();
    Path generated = world.resolve("generated");
    new SyntheticDataGenerator(new GeneratorConfig(generated, 26, 2, 11L, 0.05)).run();
    long inboxFiles;
    try (Stream<Path> files = Files.list(generated.resolve("inbox"))) {
      // the generator's arrival log (_arrivals.csv) is not a submission: the inbox listing leaves
      // it out; nor is the folder of meter files (inbox/power)
      inboxFiles =
          files
              .filter(Files::isRegularFile)
              .filter(
                  file ->
                      !file.getFileName().toString().equals(SyntheticDataGenerator.ARRIVALS_FILE))
              .count();
    }
    String[] run = {
      "run",
      "--inbox",
      generated.resolve("inbox").toString(),
      "--reference",
      generated.resolve("reference").toString(),
      "--out",
      world.resolve("out").toString(),
      "--progress",
      "plain"
    };

    CommandLineTest.Outcome verbose = CommandLineTest.execute(concat(run, "--verbose"));

    assertThat(verbose.exitCode())
        .as(verbose.err())
        .isIn(FugongCommand.EXIT_OK, FugongCommand.EXIT_REJECTIONS);
    List<String> lines = verbose.err().lines().toList();
    assertThat(lines)
        .as("every line is timestamped: " + verbose.err())
        .allMatch(line -> TIMESTAMP.matcher(line).find());
    List<String> stages =
        lines.stream()
            .map(line -> TIMESTAMP.matcher(line).replaceFirst(""))
            .filter(line -> line.matches("^\\[\\d/6\\] .*"))
            .toList();
    List<String> startsAndBetween =
        stages.stream().filter(line -> !line.contains("(done in ")).toList();
    assertThat(
            stages.stream()
                .filter(line -> line.contains("(done in "))
                .map(line -> line.substring(0, 5))
                .toList())
        .as("each stage ends once, in order: " + stages)
        .containsExactly("[1/6]", "[2/6]", "[3/6]", "[4/6]", "[5/6]", "[6/6]");
    assertThat(startsAndBetween.stream().map(line -> line.substring(0, 5)).distinct().toList())
        .containsExactly("[1/6]", "[2/6]", "[3/6]", "[4/6]", "[5/6]", "[6/6]");

    String ingestEnd = endOf(stages, "[2/6]");
    assertThat(inboxFiles).as("13 counties × 2 days").isEqualTo(26);
    assertThat(ingestEnd)
        .as("files parsed reach the inbox's " + inboxFiles)
        .contains("… " + inboxFiles + "/" + inboxFiles + " files, ");
    Matcher tables = Pattern.compile(", (\\d+)/(\\d+) tables").matcher(ingestEnd);
    assertThat(tables.find()).as(ingestEnd).isTrue();
    assertThat(tables.group(1)).as("every ingest table written").isEqualTo(tables.group(2));
    assertThat(endOf(stages, "[3/6]"))
        .contains(
            "… "
                + MetricsJob.TABLES_WRITTEN
                + "/"
                + MetricsJob.TABLES_WRITTEN
                + " tables (done in ");
    assertThat(endOf(stages, "[5/6]")).contains("… 2/2 dates (done in ");
    assertThat(lines)
        .anyMatch(line -> line.matches(".*  wrote county_daily \\(\\d+ ms\\)$"))
        .anyMatch(line -> line.matches(".*  wrote submissions \\(\\d+ ms\\)$"));
    assertThat(lines)
        .anyMatch(line -> line.contains("  reports of 2020-02-26: "))
        .anyMatch(line -> line.contains("  reports of 2020-02-27: "));
    assertThat(verbose.out()).contains("reports: ").doesNotContain("[2/6]");

    CommandLineTest.Outcome quiet =
        CommandLineTest.execute(concat(run, "--quiet", "--from", "2020-02-27"));

    assertThat(quiet.exitCode())
        .as(quiet.err())
        .isIn(FugongCommand.EXIT_OK, FugongCommand.EXIT_REJECTIONS);
    assertThat(quiet.err()).as("quiet: no stage lines").doesNotContain("/6]");
    assertThat(quiet.out()).contains("lake published at").contains("reports: ");
  }

  private static String endOf(List<String> stages, String stage) {
    return stages.stream()
        .filter(line -> line.startsWith(stage) && line.contains("(done in "))
        .findFirst()
        .orElseThrow();
  }

  private static String[] concat(String[] arguments, String... more) {
    String[] all = java.util.Arrays.copyOf(arguments, arguments.length + more.length);
    System.arraycopy(more, 0, all, arguments.length, more.length);
    return all;
  }
}
