package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.catalog.CatalogBuilder;
import fugong.lake.Lake;
import fugong.testing.TestSpark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DuckDB catalog as an outside client and as {@code fugong sql} meet it. */
class CatalogTest {
  /** Row counts of every view on data-sample/ (see data-sample/README.md). */
  static final Map<String, Long> EXPECTED_ROWS = new LinkedHashMap<>();

  static {
    EXPECTED_ROWS.put("counties", 13L);
    EXPECTED_ROWS.put("assignments", 14L);
    EXPECTED_ROWS.put("enterprises", 1560L);
    EXPECTED_ROWS.put("files", 182L);
    EXPECTED_ROWS.put("raw_rows", 20871L);
    EXPECTED_ROWS.put(
        "submissions", 20169L); // 20280 accepted − 111 of the superseded 131103_20200228.csv
    EXPECTED_ROWS.put("quarantine", 435L); // 440 quarantined − 5 of the superseded file
    EXPECTED_ROWS.put("warnings", 0L);
    EXPECTED_ROWS.put("enterprise_daily", 1560L * 14);
    EXPECTED_ROWS.put("county_daily", 13L * 14);
    EXPECTED_ROWS.put("leader_daily", 4L * 14);
    EXPECTED_ROWS.put("city_daily", 14L);
    EXPECTED_ROWS.put("industry_daily", 18L * 14);
    EXPECTED_ROWS.put("scale_daily", 2L * 14);
    // no fresh report, nothing assessed: 武强县 on 2020-03-01 (no file), 阜城县 on 2020-03-03 (only an
    // unreadable file)
    EXPECTED_ROWS.put("checklist_daily", 13L * 18 * 14 - 2 * 18);
    EXPECTED_ROWS.put("difficulty_cases", null);
    EXPECTED_ROWS.put("alerts", null);
    EXPECTED_ROWS.put("forecasts", 3L * (13 + 4 + 1) * 14);
    EXPECTED_ROWS.put("power_baselines", 1547L);
    EXPECTED_ROWS.put("power_files", 182L);
    // 21375 meter rows read − 6 quarantined: the 5 planted invalid rows of
    // power/131102_20200227.csv, and the first row of the enterprise whose conflicting duplicate is
    // one of them (both rows of a conflicting duplicate are quarantined)
    EXPECTED_ROWS.put("meter_readings", 21369L);
    EXPECTED_ROWS.put("power_quarantine", 6L);
    EXPECTED_ROWS.put("power_readings", 21369L); // every accepted reading falls on a report date
    // 14 dates × (13 counties + 4 leaders + 1 city + 18 industries + 2 scales) = 532
    EXPECTED_ROWS.put("power_daily", 14L * (13 + 4 + 1 + 18 + 2));
    EXPECTED_ROWS.put("power_flags", 426L); // 62 复工存疑 + 258 用电未报 + 106 产值电量背离
    EXPECTED_ROWS.put("resumption_flows", null); // as many as the flows that occur
    EXPECTED_ROWS.put("revisions", 0L); // one run: nothing published before it
    EXPECTED_ROWS.put("runs", 1L);
  }

  @TempDir Path temporary;

  private static Connection outsideClient(Path out) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    Connection connection =
        DriverManager.getConnection(
            "jdbc:duckdb:" + out.resolve("catalog.duckdb").toAbsolutePath(), properties);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path = '" + out.toAbsolutePath() + "'");
    }
    return connection;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void anOutsideClientQueriesEveryViewWithTheExpectedRowCounts() throws SQLException {
    Path out = SampleRun.output();
    try (Connection connection = outsideClient(out)) {
      List<String> views = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name")) {
        while (result.next()) {
          views.add(result.getString(1));
        }
      }
      assertThat(views).containsExactlyInAnyOrderElementsOf(EXPECTED_ROWS.keySet());
      for (Map.Entry<String, Long> view : EXPECTED_ROWS.entrySet()) {
        long rows = count(connection, "SELECT count(*) FROM " + view.getKey());
        if (view.getValue() != null) {
          assertThat(rows).as(view.getKey()).isEqualTo(view.getValue());
        } else {
          assertThat(rows).as(view.getKey()).isPositive();
        }
      }
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM catalog_views WHERE description IS NULL OR description ="
                      + " ''"))
          .isZero();
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'county_daily' AND"
                      + " comment IS NOT NULL"))
          .isGreaterThan(40);
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM county_daily WHERE typeof(report_date) <> 'DATE' OR"
                      + " typeof(enterprises) <> 'BIGINT'"))
          .isZero();
    }
  }

  @Test
  void noViewExposesPersonalData() throws SQLException {
    Path out = SampleRun.output();
    try (Connection connection = outsideClient(out)) {
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM duckdb_columns() WHERE column_name IN ('reporter', 'phone',"
                      + " '填报人', '联系电话')"))
          .isZero();
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM raw_rows, unnest(map_keys(cells)) AS k(key) WHERE key IN"
                      + " ('填报人', '联系电话')"))
          .isZero();
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM raw_rows, unnest(map_values(cells)) AS v(value) WHERE"
                      + " regexp_matches(value, '^1[3-9][0-9]{9}$')"))
          .isZero();
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM quarantine, unnest(map_values(cells)) AS v(value) WHERE"
                      + " regexp_matches(value, '^1[3-9][0-9]{9}$')"))
          .isZero();
    }
  }

  @Test
  void theCatalogSurvivesTheOutputFolderBeingMoved() throws IOException, SQLException {
    Path copy = temporary.resolve("moved elsewhere");
    copyTree(SampleRun.output(), copy);
    try (Connection connection = outsideClient(copy)) {
      assertThat(count(connection, "SELECT count(*) FROM submissions"))
          .isEqualTo(EXPECTED_ROWS.get("submissions"));
      assertThat(count(connection, "SELECT count(*) FROM county_daily"))
          .isEqualTo(EXPECTED_ROWS.get("county_daily"));
    }
    CommandLineTest.Outcome outcome =
        CommandLineTest.execute(
            "sql",
            "--out",
            copy.toString(),
            "--format",
            "csv",
            "SELECT count(*) AS n FROM city_daily");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).isEqualTo("n\n14\n");
  }

  static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path destination = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(path, destination);
        }
      }
    }
  }

  @Test
  void fugongSqlAnswersQueriesInEveryFormat() {
    String out = SampleRun.output().toString();
    String query =
        "SELECT county_name, enterprises FROM county_daily WHERE report_date = DATE '2020-03-10'"
            + " AND county_code = '131127'";

    CommandLineTest.Outcome table = CommandLineTest.execute("sql", "--out", out, query);
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .isEqualTo(
            "county_name | enterprises\n"
                + "------------+------------\n"
                + "景县        |         120\n"
                + "(1 row)\n");

    CommandLineTest.Outcome csv =
        CommandLineTest.execute("sql", "--out", out, "--format", "csv", query);
    assertThat(csv.out()).isEqualTo("county_name,enterprises\n景县,120\n");

    CommandLineTest.Outcome json =
        CommandLineTest.execute("sql", "--out", out, "--format", "json", query);
    assertThat(json.out())
        .contains("\"county_name\" : \"景县\"")
        .contains("\"enterprises\" : \"120\"");

    CommandLineTest.Outcome error =
        CommandLineTest.execute("sql", "--out", out, "SELECT nonexistent FROM county_daily");
    assertThat(error.exitCode()).isEqualTo(2);
    assertThat(error.err().strip().lines().count())
        .as("one clear line, not a stack trace: " + error.err())
        .isEqualTo(1);
    assertThat(error.err()).contains("nonexistent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "COPY (SELECT 1) TO 'lake/stolen.csv'",
        "COPY (SELECT * FROM submissions) TO '/tmp/fugong-stolen.csv'",
        "EXPORT DATABASE 'lake/export'",
        "ATTACH '/tmp/fugong-other.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "SET allowed_directories = ['/']",
        "RESET lock_configuration",
        "CREATE TABLE stolen AS SELECT 1",
        "CREATE TEMP TABLE scratch AS SELECT 1",
        "INSERT INTO catalog_info VALUES ('a', 'b')",
        "DROP VIEW county_daily",
        "PRAGMA enable_profiling",
        "PRAGMA memory_limit = '1GB'",
        "CALL enable_logging()",
        "SELECT 1; COPY (SELECT 1) TO 'lake/stolen.csv'",
        "SELECT count(*) FROM read_parquet('restricted/**/*.parquet')",
        "SELECT count(*) FROM read_parquet('lake/../restricted/**/*.parquet')",
        "SELECT * FROM read_parquet('/work/*/reports/demo/restricted/**/*.parquet')",
        "SELECT * FROM read_text('/work/*/reports/demo/lake/_published/*.properties')",
        "SELECT count(*) FROM read_parquet('/work/*/reports/demo/lake/submissions/*/*.parquet')",
        "SELECT count(*) FROM"
            + " read_parquet('/work/*/reports/demo/lake/county_daily/29990101T000000Z-beef/**/*.parquet')"
      })
  void fugongSqlRefusesEveryAttack(String attack) throws IOException {
    Path out = SampleRun.output();
    String restricted = out.resolve("restricted").toAbsolutePath().toString();
    String statement =
        attack
            .replace("/work/*/reports/demo/restricted", restricted)
            .replace("/work/*/reports/demo/lake", out.resolve("lake").toAbsolutePath().toString());
    // an unpublished version folder (a run still working, or one that died): never readable
    Path unpublished =
        out.resolve("lake/county_daily/29990101T000000Z-beef/report_date=2020-03-10");
    Files.createDirectories(unpublished);
    Path published =
        out.resolve(
            new Lake(TestSpark.session(), out.toString())
                .published()
                .location(fugong.lake.LakeTable.COUNTY_DAILY)
                .orElseThrow());
    try (Stream<Path> files = Files.walk(published)) {
      Path part =
          files.filter(file -> file.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(
          part,
          unpublished.resolve("part-00000.parquet"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<Path> before = listFiles(out);

    CommandLineTest.Outcome outcome =
        CommandLineTest.execute("sql", "--out", out.toString(), statement);

    assertThat(outcome.exitCode()).as(statement + " → " + outcome.out()).isEqualTo(2);
    assertThat(outcome.err().strip().lines().count()).as("one line: " + outcome.err()).isEqualTo(1);
    assertThat(outcome.err())
        .matches("(?s)fugong: (refused: .*|.*(Permission Error|disabled|read-only|locked).*)");
    assertThat(listFiles(out)).as("nothing written").isEqualTo(before);
    assertThat(Path.of("/tmp/fugong-stolen.csv")).doesNotExist();
    assertThat(Path.of("/tmp/fugong-other.duckdb")).doesNotExist();
  }

  @Test
  void fugongSqlNeutralisesFormulasAndControlCharactersInTableAndCsv() {
    String out = SampleRun.output().toString();
    String query =
        "SELECT '=HYPERLINK(\"http://evil.example\",\"点我\")' AS link, chr(27) || '[2J' ||"
            + " county_name AS name, -3 AS change FROM counties WHERE county_code = '131127'";

    CommandLineTest.Outcome csv =
        CommandLineTest.execute("sql", "--out", out, "--format", "csv", query);
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out())
        .isEqualTo(
            "link,name,change\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",\\u001b[2J景县,-3\n");

    CommandLineTest.Outcome table = CommandLineTest.execute("sql", "--out", out, query);
    assertThat(table.out())
        .doesNotContain("\u001b")
        .contains("'=HYPERLINK(")
        .contains("\\u001b[2J景县 |     -3");
  }

  @Test
  void fugongSqlStopsARunawayQueryAndCutsAHugeResult() {
    String out = SampleRun.output().toString();
    long started = System.nanoTime();
    CommandLineTest.Outcome runaway =
        CommandLineTest.execute(
            "sql",
            "--out",
            out,
            "--set",
            "sql.timeout_seconds=2",
            "SELECT count(*) FROM range(1000000000000)");
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(runaway.exitCode()).isEqualTo(2);
    assertThat(runaway.err().strip())
        .isEqualTo(
            "fugong: stopped: the query ran longer than 2 s (sql.timeout_seconds) and was"
                + " interrupted; narrow it (WHERE, LIMIT) or raise sql.timeout_seconds");
    assertThat(seconds).isLessThan(10);

    CommandLineTest.Outcome huge =
        CommandLineTest.execute(
            "sql",
            "--out",
            out,
            "--format",
            "csv",
            "--set",
            "sql.max_rows=100",
            "SELECT report_date, uscc FROM enterprise_daily ORDER BY 1, 2");
    assertThat(huge.exitCode()).isZero();
    assertThat(huge.out().lines().count()).as("header and 100 rows of 21,840").isEqualTo(101);
    assertThat(huge.err().strip())
        .isEqualTo(
            "fugong: the result was cut after 100 rows (sql.max_rows); add a WHERE or LIMIT, or"
                + " raise sql.max_rows with --set sql.max_rows=N");
  }

  private static List<Path> listFiles(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.sorted().toList();
    }
  }

  @Test
  void aReaderInAnotherProcessKeepsWorkingWhileTheCatalogIsRebuilt() throws Exception {
    Path out = temporary.resolve("out");
    copyTree(SampleRun.output(), out);
    Process reader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CatalogReaderProcess.class.getName(),
                out.toAbsolutePath().toString(),
                "6000")
            .redirectErrorStream(true)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8))) {
      lines.add(output.readLine());
      assertThat(lines.get(0)).isEqualTo("connected");
      Lake lake = new Lake(TestSpark.session(), out.toString());
      for (int rebuild = 0; rebuild < 3; rebuild++) {
        CatalogBuilder.build(out, lake.published());
      }
      try (Connection fresh = outsideClient(out)) {
        assertThat(count(fresh, "SELECT count(*) FROM county_daily")).isEqualTo(182);
      }
      String line;
      while ((line = output.readLine()) != null) {
        lines.add(line);
      }
    }
    assertThat(reader.waitFor()).isZero();
    assertThat(lines).contains("done");
    assertThat(lines.stream().filter(line -> line.startsWith("ok ")).count()).isGreaterThan(5);
    assertThat(lines).filteredOn(line -> line.startsWith("error")).isEmpty();
    assertThat(lines)
        .filteredOn(line -> line.startsWith("ok "))
        .allMatch(line -> line.equals("ok 182"));
  }
}
