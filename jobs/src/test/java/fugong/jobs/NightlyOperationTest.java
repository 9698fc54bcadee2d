package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.generate.GeneratorConfig;
import fugong.generate.SyntheticDataGenerator;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.OutputLock;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nightly operation under faults: a run killed at any point before publishing changes nothing a
 * reader sees; killed after it, the next run completes the catalog and reports; leftovers of dead
 * runs are ignored and cleaned; a second run is refused; a damaged lake is detected; a correction
 * changes exactly the county-dates it affects.
 *
 * <p>The world: 52 enterprises (4 per county) over 5 days. "Early" is days 1–4; the "late" files
 * are day 5 plus a correction {@code 131102_20200227_v2.csv} of 桃城区's day 2 without its last row.
 */
class NightlyOperationTest {
  static final LocalDate DAY_TWO = LocalDate.of(2020, 2, 27);
  static final LocalDate DAY_FIVE = LocalDate.of(2020, 3, 1);
  static final List<LakeTable> METRIC_TABLES =
      List.of(
          LakeTable.COUNTY_DAILY,
          LakeTable.LEADER_DAILY,
          LakeTable.CITY_DAILY,
          LakeTable.ENTERPRISE_DAILY,
          LakeTable.ALERTS,
          LakeTable.FORECASTS,
          LakeTable.CHECKLIST_DAILY);

  @TempDir static Path world;
  static Path reference;
  static Path earlyInbox;
  static Path fullInbox;

  /** Output of one run on the early inbox: the state every fault test starts from. */
  static Path baseline;

  /**
   * Output of runs on early then full inbox, uninterrupted: what every recovered run must equal.
   */
  static Path uninterrupted;

  @TempDir Path temporary;

  @BeforeAll
  static void buildTheWorldAndTheUninterruptedRuns() throws IOException {
    Path generated = world.resolve("generated");
    new SyntheticDataGenerator(new GeneratorConfig(generated, 52, 5, 7L, 0.05)).run();
    reference = generated.resolve("reference");
    earlyInbox = world.resolve("early");
    fullInbox = world.resolve("full");
    Files.createDirectories(earlyInbox);
    Files.createDirectories(fullInbox);
    try (Stream<Path> files = Files.list(generated.resolve("inbox"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        Files.copy(file, fullInbox.resolve(name));
        if (!name.contains("_20200301")) {
          Files.copy(file, earlyInbox.resolve(name));
        }
      }
    }
    List<String> dayTwo =
        Files.readAllLines(fullInbox.resolve("131102_20200227.csv"), StandardCharsets.UTF_8);
    Path correction = fullInbox.resolve("131102_20200227_v2.csv");
    Files.write(correction, dayTwo.subList(0, dayTwo.size() - 1), StandardCharsets.UTF_8);
    // a file written this second is still "being written" to a run (ingest.quiet_seconds): this one
    // arrived an hour ago
    Files.setLastModifiedTime(
        correction,
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

    baseline = world.resolve("baseline");
    assertThat(run(earlyInbox, baseline)).isEqualTo(1);
    uninterrupted = world.resolve("uninterrupted");
    CatalogTest.copyTree(baseline, uninterrupted);
    assertThat(run(fullInbox, uninterrupted)).isEqualTo(1);
  }

  static int run(Path inbox, Path out) {
    return CommandLineTest.run(inbox, reference, out).exitCode();
  }

  private Path copyOfBaseline() throws IOException {
    Path out = temporary.resolve("out");
    CatalogTest.copyTree(baseline, out);
    return out;
  }

  /**
   * A fingerprint of what readers see: the published pointer files, the catalog and every report.
   */
  static String visibleState(Path out) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(out.resolve("lake").resolve("_published"), out.resolve("reports"))) {
      try (Stream<Path> paths = Files.walk(root)) {
        paths.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    files.add(out.resolve("catalog.duckdb"));
    files.sort(null);
    for (Path file : files) {
      digest.update(out.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Every metric table's rows (run bookkeeping columns left out), sorted, as text. */
  static Map<String, List<String>> metricContents(Path out) {
    Lake lake = new Lake(TestSpark.session(), out.toString());
    Map<String, List<String>> contents = new TreeMap<>();
    for (LakeTable table : METRIC_TABLES) {
      contents.put(
          table.tableName(),
          lake.read(table).drop("run_id").collectAsList().stream()
              .map(Row::toString)
              .sorted()
              .toList());
    }
    contents.put(
        "submissions",
        lake.read(LakeTable.SUBMISSIONS).drop("ingest_run_id").collectAsList().stream()
            .map(Row::toString)
            .sorted()
            .toList());
    return contents;
  }

  /**
   * Runs fugong in a separate JVM with a fault injected, as a kill -9 at that point would leave it.
   */
  int runKilledAt(String checkpoint, Path inbox, Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("--add-opens")
          || argument.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || argument.startsWith("-Dio.netty")) {
        command.add(argument);
      }
    }
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), FugongCommand.class.getName()));
    command.addAll(List.of(CommandLineTest.runArguments(inbox, reference, out)));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(temporary.resolve("child.log").toFile());
    builder.environment().put("FUGONG_FAULT", checkpoint);
    Process process = builder.start();
    int exitCode = process.waitFor();
    assertThat(Files.readString(temporary.resolve("child.log")))
        .as("child output")
        .contains("fault injected at checkpoint " + checkpoint);
    return exitCode;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest:written", "before-publish"})
  void aRunKilledBeforePublishingChangesNothingVisibleAndTheNextRunCatchesUp(String checkpoint)
      throws Exception {
    Path out = copyOfBaseline();
    String before = visibleState(out);

    assertThat(runKilledAt(checkpoint, fullInbox, out)).isEqualTo(137);

    assertThat(visibleState(out))
        .as("published pointer, catalog and reports after the kill")
        .isEqualTo(before);
    assertThat(run(fullInbox, out)).isEqualTo(1);
    assertThat(metricContents(out)).isEqualTo(metricContents(uninterrupted));
  }

  @Test
  void aRunKilledAfterPublishingIsCompletedByTheNextRun() throws Exception {
    Path out = copyOfBaseline();
    assertThat(runKilledAt("after-publish", fullInbox, out)).isEqualTo(137);
    PublishedState published = new Lake(TestSpark.session(), out.toString()).published();
    assertThat(ReportJob.completedRun(out))
        .as("reports still show the previous run")
        .isNotEqualTo(java.util.Optional.of(published.runId()));

    CommandLineTest.Outcome next = CommandLineTest.run(fullInbox, reference, out);

    assertThat(next.exitCode()).isZero();
    assertThat(next.err()).contains("rebuilding it").contains("rendering them again");
    assertThat(next.out()).contains("nothing new in the inbox");
    assertThat(ReportJob.completedRun(out)).contains(published.runId());
    assertThat(
            Files.exists(out.resolve("reports").resolve(DAY_FIVE.toString()).resolve("city.pdf")))
        .isTrue();
    assertThat(metricContents(out)).isEqualTo(metricContents(uninterrupted));
  }

  @Test
  void leftoversOfDeadRunsAreIgnoredAndCleaned() throws Exception {
    Path out = copyOfBaseline();
    Path temporaryFolder = out.resolve("lake/submissions/_temporary/0/_temporary/attempt_1");
    Files.createDirectories(temporaryFolder);
    Files.writeString(temporaryFolder.resolve("part-00000.snappy.parquet"), "half a file");
    Path deadVersion =
        out.resolve("lake/county_daily/19990101T000000Z-dead/report_date=2020-02-26");
    Files.createDirectories(deadVersion);
    Files.writeString(deadVersion.resolve("part-00000.snappy.parquet"), "not parquet");
    // a run that started after this one (its lock cleared by hand): its folder is never touched
    Path youngerRun = out.resolve("lake/county_daily/29990101T000000Z-beef/report_date=2020-02-26");
    Files.createDirectories(youngerRun);
    Files.writeString(youngerRun.resolve("part-00000.snappy.parquet"), "being written");
    // a dead run's report staging, a folder it moved aside after moving the new one in, one it
    // moved aside before dying (the date is missing now), its temporary catalog and marker
    Path reports = out.resolve("reports");
    Files.createDirectories(reports.resolve(".staging-19990101T000000Z-dead/2020-02-26"));
    Files.writeString(
        reports.resolve(".staging-19990101T000000Z-dead/2020-02-26/city.pdf"), "half a report");
    Files.createDirectories(reports.resolve(".previous-19990101T000000Z-dead-2020-02-26"));
    Files.writeString(
        reports.resolve(".previous-19990101T000000Z-dead-2020-02-26/city.pdf"), "an old report");
    byte[] dayThreeCity = Files.readAllBytes(reports.resolve("2020-02-28/city.pdf"));
    Files.move(
        reports.resolve("2020-02-28"),
        reports.resolve(".previous-19990101T000000Z-dead-2020-02-28"));
    Files.writeString(
        reports.resolve(".run_id.tmp-19990101T000000Z-dead"), "19990101T000000Z-dead\n");
    Files.writeString(out.resolve(".catalog-19990101T000000Z-dead-123.duckdb"), "half a catalog");

    CommandLineTest.Outcome outcome = CommandLineTest.run(fullInbox, reference, out);

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.err())
        .contains("leftover of a dead run: deleted reports/.staging-19990101T000000Z-dead")
        .contains(
            "leftover of a dead run: deleted reports/.previous-19990101T000000Z-dead-2020-02-26")
        .contains(
            "leftover of a dead run: moved reports/.previous-19990101T000000Z-dead-2020-02-28 back"
                + " to reports/2020-02-28")
        .contains("leftover of a dead run: deleted .catalog-19990101T000000Z-dead-123.duckdb");
    assertThat(metricContents(out)).isEqualTo(metricContents(uninterrupted));
    assertThat(out.resolve("lake/submissions/_temporary")).doesNotExist();
    assertThat(out.resolve("lake/county_daily/19990101T000000Z-dead")).doesNotExist();
    assertThat(youngerRun.resolve("part-00000.snappy.parquet")).hasContent("being written");
    try (Stream<Path> left = Files.list(reports)) {
      assertThat(
              left.map(path -> path.getFileName().toString())
                  .filter(name -> name.contains("19990101T000000Z-dead")))
          .isEmpty();
    }
    assertThat(out.resolve(".catalog-19990101T000000Z-dead-123.duckdb")).doesNotExist();
    assertThat(reports.resolve("2020-02-28/city.pdf"))
        .as("the day-3 reports, moved back (the correction re-renders day 2 on)")
        .exists();
    assertThat(dayThreeCity).isNotEmpty();
  }

  @Test
  void restrictedDataIsReadableByItsOwnerOnly() throws IOException {
    Path restricted = baseline.resolve("restricted");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restricted)))
        .isEqualTo("rwx------");
    List<String> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(restricted)) {
      for (Path path : paths.toList()) {
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        assertThat(permissions)
            .as(baseline.relativize(path).toString())
            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        if (Files.isRegularFile(path)) {
          files.add(path.getFileName().toString());
        }
      }
    }
    assertThat(files)
        .as("the contacts were written: a parquet file and _SUCCESS at least")
        .anyMatch(name -> name.endsWith(".parquet"))
        .contains("_SUCCESS");
  }

  @Test
  void twoPublishesFromTheSameStateCannotBothLand() throws Exception {
    Path out = copyOfBaseline();
    Lake lake = new Lake(TestSpark.session(), out.toString());
    PublishedState base = lake.published();
    Map<LakeTable, String> unchanged =
        Map.of(LakeTable.RUNS, base.location(LakeTable.RUNS).orElseThrow());
    for (int round = 0; round < 10; round++) {
      PublishedState start = lake.published();
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<PublishedState>> publishes = new ArrayList<>();
      java.util.concurrent.ExecutorService threads =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      for (String runId : List.of("29990101T000000Z-000" + round, "29990101T000001Z-000" + round)) {
        publishes.add(
            threads.submit(
                () -> {
                  go.await();
                  return lake.publish(runId, unchanged, start);
                }));
      }
      go.countDown();
      int landed = 0;
      List<String> refusals = new ArrayList<>();
      for (var publish : publishes) {
        try {
          publish.get();
          landed++;
        } catch (java.util.concurrent.ExecutionException refused) {
          refusals.add(refused.getCause().getMessage());
        }
      }
      threads.shutdown();
      assertThat(landed).as("round " + round + ": " + refusals).isEqualTo(1);
      assertThat(refusals)
          .singleElement()
          .asString()
          .startsWith("cannot publish: ")
          .contains("nothing was published by this run");
      assertThat(lake.published().sequence()).isEqualTo(start.sequence() + 1);
    }
    assertThat(lake.unreadablePointers()).isEmpty();
  }

  @Test
  void anUnreadableNewestPointerIsSkippedInFavourOfThePreviousOne() throws Exception {
    Path out = copyOfBaseline();
    Lake lake = new Lake(TestSpark.session(), out.toString());
    PublishedState good = lake.published();
    String torn = good.next("29990101T000000Z-dead", Map.of()).render();
    Path newest =
        out.resolve("lake/_published")
            .resolve(String.format("%012d.properties", good.sequence() + 1));
    Files.writeString(
        newest, torn.substring(0, torn.length() / 2)); // cut short by a crash mid-write
    Path garbage =
        out.resolve("lake/_published")
            .resolve(String.format("%012d.properties", good.sequence() + 2));
    Files.write(garbage, new byte[] {0, (byte) 0xFF, 0x13});

    assertThat(lake.published()).isEqualTo(good);
    assertThat(lake.unreadablePointers())
        .containsExactly(
            "lake/_published/" + garbage.getFileName(), "lake/_published/" + newest.getFileName());
    CommandLineTest.Outcome run = CommandLineTest.run(earlyInbox, reference, out);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("nothing new in the inbox");
    assertThat(run.err())
        .contains(
            "fugong: warning: the published state lake/_published/"
                + garbage.getFileName()
                + " cannot be read (cut short or damaged); using the one before it")
        .contains(
            "fugong: warning: the published state lake/_published/"
                + newest.getFileName()
                + " cannot be read")
        .contains("state " + good.sequence() + ", run " + good.runId());

    PublishedState next = lake.publish("29990101T000001Z-0001", Map.of(), good);
    assertThat(next.sequence())
        .as("steps over the unreadable files")
        .isEqualTo(good.sequence() + 3);
    assertThat(lake.published()).isEqualTo(next);
    assertThat(lake.unreadablePointers()).isEmpty();
  }

  @Test
  void aFailureAfterPublishingIsReportedAsSuchAndTheRunsViewTellsTheTruth() throws Exception {
    Path out = temporary.resolve("fresh");
    CommandLineTest.Outcome failed =
        CommandLineTest.run(earlyInbox, temporary.resolve("nowhere"), out);
    assertThat(failed.exitCode()).isEqualTo(3);
    Files.createDirectories(out);
    Files.writeString(out.resolve("reports"), "a file where the reports folder should be");

    CommandLineTest.Outcome outcome = CommandLineTest.run(earlyInbox, reference, out);

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(4);
    assertThat(
            outcome
                .err()
                .lines()
                .filter(line -> line.startsWith("fugong: run "))
                .findFirst()
                .orElseThrow())
        .matches(
            "fugong: run \\S+ published the lake \\(state 1, \\d+ new file\\(s\\)\\): readers of"
                + " the lake see the new data, but the reports failed \\(.*\\)\\. The next run"
                + " completes what is missing; or fix the cause and run again now \\(manifest:"
                + " runs/\\S+\\.json, status PUBLISHED_INCOMPLETE\\)\\.");
    PublishedState published = new Lake(TestSpark.session(), out.toString()).published();
    assertThat(published.sequence()).isEqualTo(1);
    String manifest = Files.readString(out.resolve("runs").resolve(published.runId() + ".json"));
    assertThat(manifest)
        .contains("\"status\" : \"PUBLISHED_INCOMPLETE\"")
        .contains("the reports failed");

    CommandLineTest.Outcome runs =
        CommandLineTest.execute(
            "sql",
            "--out",
            out.toString(),
            "--format",
            "csv",
            "SELECT status, files_new > 0 AS ingested, CASE WHEN failure LIKE 'reference file"
                + " %counties.csv does not exist' THEN 'no reference' WHEN failure LIKE 'published"
                + " the lake, but the reports failed (%' THEN 'reports failed' END AS failure FROM"
                + " runs ORDER BY started_at");
    assertThat(runs.exitCode()).as(runs.err()).isZero();
    assertThat(runs.out().lines().toList())
        .containsExactly(
            "status,ingested,failure",
            "FAILED,false,no reference",
            "PUBLISHED_INCOMPLETE,true,reports failed");

    Files.delete(out.resolve("reports"));
    CommandLineTest.Outcome next = CommandLineTest.run(earlyInbox, reference, out);
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.err()).contains("rendering them again");
    assertThat(ReportJob.completedRun(out)).contains(published.runId());
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedAtOnce() throws Exception {
    Path out = copyOfBaseline();
    String before = visibleState(out);
    try (OutputLock held = OutputLock.acquire(out, "the-first-run")) {
      CommandLineTest.Outcome second = CommandLineTest.run(fullInbox, reference, out);
      assertThat(second.exitCode()).isEqualTo(3);
      assertThat(second.err())
          .contains("another fugong run is working on")
          .contains("run_id=the-first-run")
          .contains("changed nothing");
    }
    assertThat(visibleState(out)).isEqualTo(before);
  }

  @Test
  void aTruncatedParquetFileIsDetectedBeforeAnythingIsPublished() throws Exception {
    Path out = copyOfBaseline();
    PublishedState before = new Lake(TestSpark.session(), out.toString()).published();
    Path victim;
    try (Stream<Path> files =
        Files.walk(out.resolve(before.location(LakeTable.SUBMISSIONS).orElseThrow()))) {
      victim =
          files
              .filter(file -> file.toString().endsWith(".parquet"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(victim.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }

    CommandLineTest.Outcome outcome = CommandLineTest.run(fullInbox, reference, out);

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err())
        .contains(victim.getFileName().toString())
        .contains("truncated or damaged");
    assertThat(new Lake(TestSpark.session(), out.toString()).published()).isEqualTo(before);
  }

  @Test
  void theSameInboxTwiceChangesNothing() throws Exception {
    Path out = temporary.resolve("out");
    CatalogTest.copyTree(uninterrupted, out);
    String before = visibleState(out);
    Map<String, List<String>> contents = metricContents(out);

    CommandLineTest.Outcome again = CommandLineTest.run(fullInbox, reference, out);

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("nothing new in the inbox");
    assertThat(visibleState(out)).isEqualTo(before);
    assertThat(metricContents(out)).isEqualTo(contents);
  }

  @Test
  void aCorrectionChangesOnlyItsCountyFromItsDateOn() {
    Lake before = new Lake(TestSpark.session(), baseline.toString());
    Lake after = new Lake(TestSpark.session(), uninterrupted.toString());
    String unaffected =
        "report_date < DATE '"
            + DAY_TWO
            + "' OR (county_code <> '131102' AND report_date < DATE '"
            + DAY_FIVE
            + "')";
    List<String> beforeRows = countyDailyRows(before, unaffected);
    List<String> afterRows = countyDailyRows(after, unaffected);
    assertThat(afterRows).hasSize(13 + 12 * 3).isEqualTo(beforeRows);

    String taochengDayTwo = "county_code = '131102' AND report_date = DATE '" + DAY_TWO + "'";
    long taochengDayTwoBefore = countyDailyRow(before, taochengDayTwo).getAs("reported");
    long taochengDayTwoAfter = countyDailyRow(after, taochengDayTwo).getAs("reported");
    assertThat(taochengDayTwoAfter)
        .as("the corrected file has one row less")
        .isEqualTo(taochengDayTwoBefore - 1);
  }

  /** The county_daily rows of a lake that meet a condition, without run_id, as sorted text. */
  private static List<String> countyDailyRows(Lake lake, String condition) {
    return lake
        .read(LakeTable.COUNTY_DAILY)
        .where(condition)
        .drop("run_id")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  /** The first county_daily row of a lake that meets a condition. */
  private static Row countyDailyRow(Lake lake, String condition) {
    return lake.read(LakeTable.COUNTY_DAILY).where(condition).first();
  }
}
