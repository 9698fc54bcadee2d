package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.SubmissionFileName;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample as the bureau receives it: each night {@code fugong run} over the inbox as it stands
 * that night (every file that has arrived by midnight, the earlier ones still there), onto the same
 * output folder. After the last night every published table holds exactly the rows of a cold run
 * over all the files at once ({@link SampleRun}), but for the columns that name the run that wrote
 * a row. This is what the nightly work of issue 14 (append instead of rewrite, only the affected
 * dates) must keep true.
 */
class NightByNightTest {
  /** Columns whose value is the run that wrote the row, not the data. */
  private static final Set<String> RUN_COLUMNS = Set.of("ingest_run_id", "ingested_at", "run_id");

  @Test
  void afterTheLastNightEveryPublishedTableEqualsAColdRunOfTheSameFiles(@TempDir Path temporary)
      throws IOException {
    Path sample = SampleRun.SAMPLE.resolve("inbox");
    Map<Path, LocalDate> nightOf = nights(sample);
    Path inbox = temporary.resolve("inbox");
    Files.createDirectories(inbox.resolve("power"));
    Files.copy(sample.resolve("_arrivals.csv"), inbox.resolve("_arrivals.csv"));
    Path out = temporary.resolve("out");

    Map<LocalDate, List<Path>> byNight = new TreeMap<>();
    nightOf.forEach(
        (file, night) -> byNight.computeIfAbsent(night, key -> new ArrayList<>()).add(file));
    assertThat(byNight).hasSize(14);
    for (Map.Entry<LocalDate, List<Path>> night : byNight.entrySet()) {
      for (Path file : night.getValue()) {
        // the file's own modification time: the inbox's quiet-period rule sees an old file
        Files.copy(
            file,
            inbox.resolve(sample.relativize(file).toString()),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
      CommandLineTest.Outcome outcome =
          CommandLineTest.run(inbox, SampleRun.SAMPLE.resolve("reference"), out);
      assertThat(outcome.exitCode())
          .as("night of " + night.getKey() + ": " + outcome.err())
          .isBetween(FugongCommand.EXIT_OK, FugongCommand.EXIT_REJECTIONS);
    }

    Lake nightly = new Lake(TestSpark.session(), out.toString());
    Lake cold = new Lake(TestSpark.session(), SampleRun.output().toString());
    int compared = 0;
    for (LakeTable table : LakeTable.values()) {
      if (table == LakeTable.RUNS || table == LakeTable.REVISIONS) {
        continue; // one row per run: 14 runs against 1; what later nights revised, against none
      }
      List<String> nightlyRows = rows(nightly.read(table));
      List<String> coldRows = rows(cold.read(table));
      assertThat(nightlyRows).as(table.tableName()).isEqualTo(coldRows);
      compared += coldRows.isEmpty() ? 0 : 1;
    }
    // every table but warnings (the sample has no unknown columns) has rows to compare
    assertThat(compared).isEqualTo(LakeTable.values().length - 3);
    // the nights revised what the corrections and the late files changed, and a cold run has
    // nothing to revise
    assertThat(nightly.read(LakeTable.REVISIONS).count()).isPositive();
    assertThat(cold.read(LakeTable.REVISIONS).count()).isZero();
  }

  /**
   * The night each inbox file arrives: its arrival in {@code _arrivals.csv} (a file that arrived on
   * D after midnight is read the night of D), else the date in its name; a name without a date
   * arrives the last night.
   */
  private static Map<Path, LocalDate> nights(Path sample) throws IOException {
    Map<String, LocalDate> arrivals = new HashMap<>();
    for (String line : Files.readAllLines(sample.resolve("_arrivals.csv"))) {
      String[] cells = line.split(",");
      if (!cells[0].equals("file")) {
        arrivals.put(cells[0], LocalDateTime.parse(cells[1]).toLocalDate());
      }
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> submissions = Files.list(sample);
        Stream<Path> meters = Files.list(sample.resolve("power"))) {
      submissions
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("_"))
          .forEach(files::add);
      meters.forEach(files::add);
    }
    LocalDate last =
        files.stream()
            .map(file -> SubmissionFileName.parse(file.getFileName().toString()))
            .flatMap(java.util.Optional::stream)
            .map(SubmissionFileName::reportDate)
            .max(LocalDate::compareTo)
            .orElseThrow();
    Map<Path, LocalDate> nights = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      LocalDate night =
          arrivals.containsKey(name)
              ? arrivals.get(name)
              : SubmissionFileName.parse(name).map(SubmissionFileName::reportDate).orElse(last);
      nights.put(file, night);
    }
    return nights;
  }

  /** The table's rows without the run columns, each as text, sorted. */
  private static List<String> rows(Dataset<Row> table) {
    Column[] kept =
        Arrays.stream(table.columns())
            .filter(column -> !RUN_COLUMNS.contains(column))
            .map(table::col)
            .toArray(Column[]::new);
    return table.select(kept).collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
