package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.ProductZone;
import fugong.generate.GeneratorConfig;
import fugong.generate.SyntheticDataGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the lake as it was published (issue 16): a figure before and after a correction, by run
 * id, by time, with {@code fugong sql --as-of} and in plain DuckDB through {@code lake_versions};
 * and the retention {@code lake.published_states_kept}.
 *
 * <p>The world: 26 enterprises (2 per county) over 3 days from 2020-02-26, published three times
 * into one output folder: run 1 days 1–2, run 2 adds day 3, run 3 adds a correction {@code
 * 131102_20200227_v2.csv} of 桃城区's day 2 without its last row, keeping only 2 states.
 */
class AsOfReadingTest {
  static final String TAOCHENG_DAY_TWO =
      "SELECT reported FROM county_daily WHERE county_code = '131102' AND report_date = DATE"
          + " '2020-02-27'";

  @TempDir static Path world;
  static Path out;
  static List<String> runIds = new ArrayList<>();

  @BeforeAll
  static void publishThreeStates() throws IOException {
    Path generated = world.resolve("generated");
    new SyntheticDataGenerator(new GeneratorConfig(generated, 26, 3, 11L, 0.0)).run();
    Path reference = generated.resolve("reference");
    Path inbox = world.resolve("inbox");
    Files.createDirectories(inbox);
    List<Path> dayThree = new ArrayList<>();
    try (Stream<Path> files = Files.list(generated.resolve("inbox"))) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().contains("_20200228")) {
          dayThree.add(file);
        } else {
          Files.copy(file, inbox.resolve(file.getFileName()));
        }
      }
    }
    out = world.resolve("out");
    run(inbox, reference);
    for (Path file : dayThree) {
      Files.copy(file, inbox.resolve(file.getFileName()));
    }
    run(inbox, reference);
    List<String> dayTwo =
        Files.readAllLines(inbox.resolve("131102_20200227.csv"), StandardCharsets.UTF_8);
    Files.write(
        inbox.resolve("131102_20200227_v2.csv"),
        dayTwo.subList(0, dayTwo.size() - 1),
        StandardCharsets.UTF_8);
    run(inbox, reference, "--set", "lake.published_states_kept=2");
  }

  private static void run(Path inbox, Path reference, String... settings) {
    List<String> arguments =
        new ArrayList<>(List.of(CommandLineTest.runArguments(inbox, reference, out)));
    arguments.addAll(List.of("--set", "ingest.quiet_seconds=0"));
    arguments.addAll(List.of(settings));
    CommandLineTest.Outcome outcome = CommandLineTest.execute(arguments.toArray(String[]::new));
    assertThat(outcome.exitCode()).as(outcome.err()).isIn(0, 1);
    runIds.add(published(out.resolve("runs")));
  }

  /** The run id of the newest manifest. */
  private static String published(Path runs) {
    try (Stream<Path> manifests = Files.list(runs)) {
      String newest =
          manifests.map(file -> file.getFileName().toString()).sorted().reduce((a, b) -> b).get();
      return newest.substring(0, newest.length() - ".json".length());
    } catch (IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }

  private static CommandLineTest.Outcome sql(String... arguments) {
    List<String> all = new ArrayList<>(List.of("sql", "--out", out.toString(), "--format", "csv"));
    all.addAll(List.of(arguments));
    return CommandLineTest.execute(all.toArray(String[]::new));
  }

  /** The one value a query gives, as of a run id or time. */
  private static long asOf(String reference, String query) {
    CommandLineTest.Outcome outcome = sql("--as-of", reference, query);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return Long.parseLong(outcome.out().lines().toList().get(1));
  }

  @Test
  void aFigureAsOfBeforeAndAfterItsCorrection() throws IOException {
    long before = asOf(runIds.get(1), TAOCHENG_DAY_TWO);
    long after = asOf(runIds.get(2), TAOCHENG_DAY_TWO);
    assertThat(after).as("the corrected file has one row less").isEqualTo(before - 1);
    assertThat(Long.parseLong(sql(TAOCHENG_DAY_TWO).out().lines().toList().get(1)))
        .as("without --as-of: the published state")
        .isEqualTo(after);

    // by time: --list-versions shows when each state was published, in a form --as-of takes
    CommandLineTest.Outcome versions = sql("--list-versions");
    assertThat(versions.exitCode()).as(versions.err()).isZero();
    List<String> lines = versions.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("sequence,run_id,published_at");
    assertThat(lines.subList(1, lines.size()))
        .as("newest first, only lake.published_states_kept = 2")
        .hasSize(2)
        .satisfiesExactly(
            line -> assertThat(line).startsWith("3," + runIds.get(2) + ",2"),
            line -> assertThat(line).startsWith("2," + runIds.get(1) + ",2"));
    String correctionPublished = lines.get(1).split(",")[2];
    OffsetDateTime published = OffsetDateTime.parse(correctionPublished);
    assertThat(published.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    String secondBefore =
        published
            .minusSeconds(1)
            .atZoneSameInstant(ProductZone.ZONE)
            .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"));
    assertThat(asOf(secondBefore, TAOCHENG_DAY_TWO))
        .as("Asia/Shanghai local time a second before the correction was published")
        .isEqualTo(before);
    assertThat(asOf(correctionPublished, TAOCHENG_DAY_TWO)).isEqualTo(after);
    assertThat(asOf(published.toInstant().toString(), TAOCHENG_DAY_TWO)).isEqualTo(after);

    // the runs as of run 2 are those up to it
    assertThat(asOf(runIds.get(1), "SELECT count(*) FROM runs")).isEqualTo(2);
    assertThat(asOf(runIds.get(2), "SELECT count(*) FROM runs")).isEqualTo(3);
  }

  @Test
  void theStateReadIsNamedAndItsCatalogDeletedAfterwards() throws IOException {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = asOfFolders(temporary);
    var catalogWritten = Files.getLastModifiedTime(out.resolve("catalog.duckdb"));

    CommandLineTest.Outcome outcome = sql("--as-of", runIds.get(1), TAOCHENG_DAY_TWO);

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err())
        .matches(
            "fugong: as of "
                + runIds.get(1)
                + ": reading state 2 of run "
                + runIds.get(1)
                + ", published at 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00\n");
    assertThat(asOfFolders(temporary)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(out.resolve("catalog.duckdb")))
        .as("the published catalog is left alone")
        .isEqualTo(catalogWritten);
  }

  private static List<Path> asOfFolders(Path temporary) throws IOException {
    try (Stream<Path> entries = Files.list(temporary)) {
      return entries
          .filter(entry -> entry.getFileName().toString().startsWith("fugong-as-of-"))
          .sorted()
          .toList();
    }
  }

  @Test
  void aStateOlderThanTheRetentionIsRefusedWithWhatIsKept() {
    assertThat(out.resolve("lake/_published/000000000001.properties")).doesNotExist();

    CommandLineTest.Outcome refused =
        sql("--set", "lake.published_states_kept=2", "--as-of", runIds.get(0), TAOCHENG_DAY_TWO);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .isEqualTo(
            "fugong: no kept published state of run "
                + runIds.get(0)
                + ": that run published nothing, or its state was deleted (each run keeps the"
                + " newest lake.published_states_kept = 2 states). Kept now, newest first: "
                + runIds.get(2)
                + " (state 3), "
                + runIds.get(1)
                + " (state 2)\n");

    CommandLineTest.Outcome unknown = sql("--as-of", "20200101T000000Z-0000", TAOCHENG_DAY_TWO);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no kept published state of run 20200101T000000Z-0000");

    CommandLineTest.Outcome tooEarly = sql("--as-of", "2020-03-10 16:00:00", TAOCHENG_DAY_TWO);
    assertThat(tooEarly.exitCode()).isEqualTo(2);
    assertThat(tooEarly.err())
        .startsWith(
            "fugong: no kept state was published at or before 2020-03-10T16:00:00+08:00: the"
                + " oldest kept, state 2 of run "
                + runIds.get(1));

    Path empty = world.resolve("empty");
    CommandLineTest.Outcome nothing =
        CommandLineTest.execute("sql", "--out", empty.toString(), "--list-versions");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err())
        .isEqualTo(
            "fugong: no published lake state in "
                + empty
                + "; run 'fugong run … --out "
                + empty
                + "' (or 'fugong demo') first\n");

    CommandLineTest.Outcome neither = sql("--as-of", "last tuesday", TAOCHENG_DAY_TWO);
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("is neither a run id").contains("Asia/Shanghai");
  }

  @Test
  void plainDuckDbReadsAnEarlierStateThroughLakeVersions() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:duckdb:" + out.resolve("catalog.duckdb").toAbsolutePath(), properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path = '" + out.toAbsolutePath() + "'");
      assertThat(longs(statement, "SELECT DISTINCT sequence FROM lake_versions ORDER BY 1"))
          .containsExactly(2L, 3L);
      List<Long> reported = new ArrayList<>();
      for (String runId : List.of(runIds.get(1), runIds.get(2))) {
        // the way docs/operations.md shows ("Reading the lake as it was")
        statement.execute(
            "SET VARIABLE county_daily_then = (SELECT parquet_glob FROM lake_versions WHERE"
                + " run_id = '"
                + runId
                + "' AND view_name = 'county_daily')");
        reported.addAll(
            longs(
                statement,
                "SELECT reported FROM read_parquet(getvariable('county_daily_then'),"
                    + " hive_partitioning = true) WHERE county_code = '131102' AND report_date ="
                    + " DATE '2020-02-27'"));
      }
      assertThat(reported)
          .containsExactly(
              asOf(runIds.get(1), TAOCHENG_DAY_TWO), asOf(runIds.get(2), TAOCHENG_DAY_TWO));
      assertThat(reported.get(1)).isEqualTo(reported.get(0) - 1);

      // by time: the state published at or before it, a second before the correction was
      long correctionPublished =
          longs(statement, "SELECT epoch(published_at) FROM lake_versions WHERE sequence = 3")
              .get(0);
      String secondBefore =
          java.time.Instant.ofEpochSecond(correctionPublished - 1)
              .atZone(ProductZone.ZONE)
              .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssx"));
      statement.execute(
          "SET VARIABLE county_daily_then = (SELECT parquet_glob FROM lake_versions WHERE"
              + " view_name = 'county_daily' AND sequence = (SELECT max(sequence) FROM"
              + " lake_versions WHERE published_at <= TIMESTAMPTZ '"
              + secondBefore
              + "'))");
      assertThat(
              longs(
                  statement,
                  "SELECT reported FROM read_parquet(getvariable('county_daily_then'),"
                      + " hive_partitioning = true) WHERE county_code = '131102' AND report_date ="
                      + " DATE '2020-02-27'"))
          .containsExactly(reported.get(0));
    }
  }

  private static List<Long> longs(Statement statement, String query) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getLong(1));
      }
    }
    return values;
  }
}
