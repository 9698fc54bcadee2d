package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.FileOutcome;
import fugong.ingest.SubmissionValidator;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, messages, and a full run on data-sample/. */
class CommandLineTest {
  static final Path SAMPLE = Path.of("..", "data-sample");
  @TempDir Path temporary;

  record Outcome(int exitCode, String out, String err) {}

  static Outcome execute(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = FugongCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(arguments);
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  /** The arguments of {@code fugong run --inbox INBOX --reference REFERENCE --out OUT}. */
  static String[] runArguments(Path inbox, Path reference, Path out) {
    return new String[] {
      "run",
      "--inbox",
      inbox.toString(),
      "--reference",
      reference.toString(),
      "--out",
      out.toString()
    };
  }

  /** {@code fugong run} of an inbox against reference data into an output folder. */
  static Outcome run(Path inbox, Path reference, Path out) {
    return execute(runArguments(inbox, reference, out));
  }

  /**
   * {@code fugong validate} of one file 131102_20200301.csv holding the fixture header and {@code
   * rows}, against the fixture reference data.
   */
  private Outcome validateRows(String... rows) throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    String[] lines = new String[rows.length + 1];
    lines[0] = Fixtures.header();
    System.arraycopy(rows, 0, lines, 1, rows.length);
    Path file = Fixtures.write(temporary, "131102_20200301.csv", StandardCharsets.UTF_8, lines);
    return execute("validate", file.toString(), "--reference", reference.toString());
  }

  @Test
  void everyCommandsSummaryIsAWholeSentenceAndNoDescriptionLineBreaksInsideASentence() {
    CommandLine root = FugongCommand.commandLine();
    List<CommandLine> commands = new java.util.ArrayList<>(List.of(root));
    commands.addAll(
        root.getSubcommands().values().stream()
            .filter(command -> !command.getCommandName().equals("help"))
            .toList());
    String overview = execute("--help").out().replaceAll("\\s+", " ");
    for (CommandLine command : commands) {
      CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      String name = command.getCommandSpec().qualifiedName();
      assertThat(usage.header()).as(name + " has one summary line").hasSize(1);
      assertThat(usage.header()[0]).as(name + " summary").endsWith(".");
      for (String paragraph : usage.description()) {
        boolean example = paragraph.startsWith("  ");
        assertThat(example || paragraph.endsWith(".") || paragraph.endsWith(":"))
            .as(name + ": a description line ends inside a sentence: " + paragraph)
            .isTrue();
      }
      if (command != root && !command.getCommandSpec().usageMessage().hidden()) {
        assertThat(overview)
            .as("fugong --help shows the whole summary of " + name)
            .contains(usage.header()[0]);
      }
    }
  }

  @Test
  void validateListsEveryProblemWithFileRowColumnCodeAndCellAndExitsOne() throws IOException {
    Outcome outcome =
        validateRows(
            Fixtures.resumed("2020-03-01", "桃城区", Fixtures.A, 80, "40", "D1"),
            Fixtures.resumed("2020-02-30", "冀州区", Fixtures.B, 10, "1", "缺电"));

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out())
        .contains("131102_20200301.csv:3\t填报日期\tBAD_DATE\t\"2020-02-30\"\t不是有效的日期")
        .contains("131102_20200301.csv:3\t县市区\tCOUNTY_MISMATCH\t\"冀州区\"")
        .contains("131102_20200301.csv:3\t存在困难\tUNKNOWN_DIFFICULTY\t\"缺电\"")
        .contains("# 131102_20200301.csv: 2 rows read, 1 accepted, 1 quarantined");
    assertThat(outcome.out()).doesNotContain("DATE_MISMATCH").doesNotContain(Fixtures.PHONE);
  }

  @Test
  void validateExitsZeroOnACleanFile() throws IOException {
    Outcome outcome = validateRows(Fixtures.notResumed("2020-03-01", "131102", Fixtures.C));

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().strip())
        .isEqualTo(
            "# 131102_20200301.csv: 1 rows read, 1 accepted, 0 quarantined, 0 identical duplicates"
                + " collapsed, 0 warnings (UTF-8) — OK");
  }

  @Test
  void validateNamesARejectedFileAndItsReason() throws IOException {
    Outcome outcome =
        execute(
            "validate",
            SAMPLE.resolve("bad/桃城区0302日报.csv").toString(),
            "--reference",
            SAMPLE.resolve("reference").toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out())
        .contains("桃城区0302日报.csv (whole file)\t-\tBAD_FILE_NAME")
        .contains("REJECTED (BAD_FILE_NAME), 0 rows read");
  }

  @Test
  void usageErrorsExitTwoWithAHint() {
    Outcome missingOption = execute("validate", "x.csv");
    assertThat(missingOption.exitCode()).isEqualTo(2);
    assertThat(missingOption.err())
        .contains("Missing required option: '--reference=DIR'")
        .contains("fugong validate --help");

    Outcome missingReference =
        execute("validate", "x.csv", "--reference", temporary.resolve("nowhere").toString());
    assertThat(missingReference.exitCode()).isEqualTo(3);
    assertThat(missingReference.err())
        .contains("reference file")
        .contains("counties.csv does not exist");
  }

  @Test
  void generateWritesPlainCsvWithTheGivenThreadsAndRefusesAnUnknownFormat() throws IOException {
    Path out = temporary.resolve("generated");
    Outcome outcome =
        execute(
            "generate",
            "--out",
            out.toString(),
            "--enterprises",
            "40",
            "--days",
            "2",
            "--format",
            "csv",
            "--threads",
            "3");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .contains("wrote 40 enterprises in 13 counties")
        .contains("wrote 26 submission files");
    try (var files = Files.list(out.resolve("inbox"))) {
      assertThat(
              files
                  .filter(Files::isRegularFile) // power/ holds the meter files
                  .map(file -> file.getFileName().toString())
                  .filter(name -> !name.startsWith("_")))
          .hasSize(26)
          .allSatisfy(name -> assertThat(name).endsWith(".csv"));
    }

    Outcome unknownFormat = execute("generate", "--out", out.toString(), "--format", "parquet");
    assertThat(unknownFormat.exitCode()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("--format must be mixed or csv, not 'parquet'");
    assertThat(execute("generate", "--out", out.toString(), "--threads", "0").exitCode())
        .isEqualTo(2);
  }

  @Test
  void generatePutsEveryEnterpriseIntoTheGivenCountyAndRefusesAnUnknownCode() {
    Path out = temporary.resolve("one-county");
    Outcome outcome =
        execute(
            "generate",
            "--out",
            out.toString(),
            "--enterprises",
            "30",
            "--days",
            "1",
            "--format",
            "csv",
            "--county",
            "131102");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .contains("wrote 30 enterprises, all in county 131102 (the other 12 counties have none)");

    Outcome unknownCounty =
        execute("generate", "--out", out.toString(), "--county", "131100", "--days", "1");
    assertThat(unknownCounty.exitCode()).isEqualTo(2);
    assertThat(unknownCounty.err())
        .contains("--county must be the six-digit code of a county of Hengshui (131102, 131103,")
        .contains("not '131100'");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "run", "validate", "generate")) {
      Outcome outcome = execute(command, "--help");
      assertThat(outcome.exitCode()).as(command).isZero();
      String summary =
          FugongCommand.commandLine()
              .getSubcommands()
              .get(command)
              .getCommandSpec()
              .usageMessage()
              .header()[0];
      assertThat(outcome.out().replaceAll("\\s+", " "))
          .as(command)
          .startsWith(summary + " Usage: fugong " + command);
    }
  }

  @Test
  void runOnTheSampleAgreesWithValidatingEachCurrentFileDirectly() throws IOException {
    Path out = temporary.resolve("out");
    Outcome outcome = run(SAMPLE.resolve("inbox"), SAMPLE.resolve("reference"), out);

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.out())
        .contains("182 new file(s)")
        .contains("identity holds")
        .contains("131128_20200303.xlsx       REJECTED");

    ReferenceData reference = ReferenceLoader.load(SAMPLE.resolve("reference"));
    SubmissionValidator validator = new SubmissionValidator(reference);
    long accepted = 0;
    long quarantined = 0;
    try (var files = Files.list(SAMPLE.resolve("inbox"))) {
      for (Path file :
          files
              .filter(Files::isRegularFile) // power/ holds the meter files
              .filter(path -> !path.getFileName().toString().startsWith("_"))
              .toList()) {
        String name = file.getFileName().toString();
        if (name.equals("131103_20200228.csv")) {
          continue; // superseded by its _v2 correction
        }
        FileOutcome fileOutcome = validator.validate(name, Files.readAllBytes(file));
        accepted += fileOutcome.accepted().size();
        quarantined += fileOutcome.quarantined().size();
      }
    }
    Lake lake = new Lake(TestSpark.session(), out.toString());
    assertThat(lake.read(LakeTable.SUBMISSIONS).count()).isEqualTo(accepted);
    assertThat(lake.read(LakeTable.QUARANTINE).count()).isEqualTo(quarantined);
    List<Row> perDate =
        lake.read(LakeTable.SUBMISSIONS).groupBy("report_date").count().collectAsList();
    assertThat(perDate).hasSize(14);
    assertThat(Files.list(out.resolve("runs")).toList()).hasSize(1);

    Outcome again = run(SAMPLE.resolve("inbox"), SAMPLE.resolve("reference"), out);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("nothing new in the inbox");
    assertThat(lake.read(LakeTable.SUBMISSIONS).count()).isEqualTo(accepted);
  }
}
