package fugong.jobs;

import static fugong.testing.Fixtures.A;
import static fugong.testing.Fixtures.B;
import static fugong.testing.Fixtures.C;
import static fugong.testing.Fixtures.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.error.FugongException;
import fugong.ingest.FileStatus;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import fugong.run.FileSummary;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county power supply companies' meter files (DOMAIN.md §3.2) on their way into the lake: every
 * row accepted, quarantined with its reasons or collapsed, a {@code _v2} replacing its county-date,
 * a GBK file, a file with no meter file's name; a rerun adding nothing; a run without meter files
 * saying so once and writing empty power tables; the catalog's views over the power tables.
 */
class MeterFileIngestTest {
  /** A code with a valid check digit that is in no registry. */
  private static final String UNKNOWN = Fixtures.uscc("91131102MA0000009");

  private static final String HEADER = "统一社会信用代码,日期,日用电量(千瓦时)";

  private final SparkSession spark = TestSpark.session();
  @TempDir Path temporary;

  /** The Fixtures reference plus power_baseline.csv for A, B and D (C has none). */
  private Path reference() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Files.writeString(
        reference.resolve("power_baseline.csv"),
        "统一社会信用代码,基准日均用电量(千瓦时)\n" + A + ",4000\n" + B + ",250.5\n" + D + ",12.125\n",
        StandardCharsets.UTF_8);
    return reference;
  }

  /**
   * The Fixtures reference with one more enterprise in each of the other 11 counties and a leader
   * for every county, so that a whole run (metrics and reports) has a city to report on.
   */
  private Path wholeCityReference() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    StringBuilder assignments = new StringBuilder("局领导,县市区,责任科室,valid_from,valid_to\n");
    StringBuilder enterprises = new StringBuilder();
    List<String> counties =
        Files.readAllLines(reference.resolve("counties.csv"), StandardCharsets.UTF_8);
    for (String county : counties.subList(1, counties.size())) {
      String code = county.split(",")[0];
      assignments.append("赵振川,").append(county.split(",")[1]).append(",运行监测科,2020-02-26,\n");
      if (!code.equals("131102") && !code.equals("131103")) {
        enterprises
            .append(Fixtures.uscc("91" + code + "MA0000010"))
            .append(",衡水")
            .append(code)
            .append("机械有限公司,")
            .append(code)
            .append(",C34,否,否,否,10,1\n");
      }
    }
    Files.writeString(
        reference.resolve("assignments.csv"), assignments.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        reference.resolve("enterprises.csv"),
        enterprises.toString(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    return reference;
  }

  /** One clean submission file, so the inbox is not empty. */
  private Path inbox() throws IOException {
    Path inbox = temporary.resolve("inbox");
    Fixtures.write(
        inbox,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "桃城区", A, 80, "40", ""));
    return inbox;
  }

  /**
   * The meter files: 131102 on 03-01 (then corrected by a _v2), 131102 on 03-02, 131103 on 03-01 in
   * GBK, and a file whose name is no meter file's.
   */
  private static void writeMeterFiles(Path folder) throws IOException {
    Fixtures.write(
        folder,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        "\uFEFF" + HEADER,
        A + ",2020-03-01,1200.5",
        B + ",2020-03-01,-3",
        C + ",2020-03-01,约300",
        UNKNOWN + ",2020-03-01,10",
        A + ",2020-03-01,1200.5");
    Fixtures.write(
        folder,
        "131102_20200301_v2.csv",
        StandardCharsets.UTF_8,
        HEADER,
        A + ",2020-03-01,1300",
        B + ",2020-03-01,0.1234567");
    Fixtures.write(
        folder,
        "131102_20200302.csv",
        StandardCharsets.UTF_8,
        HEADER,
        A + ",2020-03-02,800.25",
        B + ",2020-03-01,50",
        C + ",2020-03-02,10",
        C + ",2020-03-02,11");
    Fixtures.write(
        folder,
        "131103_20200301.csv",
        Charset.forName("GBK"),
        "统一社会信用代码,用电日期,日用电量",
        D + ",2020/3/1,3.5");
    Fixtures.write(folder, "meter readings.csv", StandardCharsets.UTF_8, HEADER);
  }

  private IngestJob.Result ingest(Path inbox, Path reference, Path out) {
    return TestIngest.run(spark, inbox, reference, out, false);
  }

  private static String line(FileSummary file) {
    return file.sourceFile()
        + " "
        + (file.alreadyIngested() ? "SEEN" : file.status())
        + " "
        + file.countyCode()
        + " "
        + file.reportDate()
        + " v"
        + file.version()
        + " "
        + file.encoding()
        + " "
        + file.rowsRead()
        + "="
        + file.rowsAccepted()
        + "+"
        + file.rowsQuarantined()
        + "+"
        + file.duplicatesCollapsed()
        + " current="
        + file.current();
  }

  private static List<String> rows(Lake lake, LakeTable table, String columns, String order) {
    Column[] ordering =
        java.util.Arrays.stream(order.split(",")).map(functions::col).toArray(Column[]::new);
    return lake
        .read(table)
        .selectExpr(
            java.util.Arrays.stream(columns.split(","))
                .map(column -> column.replace(';', ',')) // a comma inside an expression
                .toArray(String[]::new))
        .orderBy(ordering)
        .collectAsList()
        .stream()
        .map(Row::toString)
        .toList();
  }

  @Test
  void meterFilesLandRowByRowAndARerunAddsNothing() throws IOException {
    Path inbox = inbox();
    writeMeterFiles(inbox.resolve("power"));
    Path reference = reference();
    Path out = temporary.resolve("out");

    IngestJob.Result result = ingest(inbox, reference, out);

    assertThat(result.meterFolder()).isEqualTo(inbox + "/power");
    assertThat(result.meterFiles().stream().map(MeterFileIngestTest::line))
        .containsExactly(
            "131102_20200301.csv READ 131102 2020-03-01 v1 UTF-8 with BOM 5=1+3+1 current=false",
            "131102_20200301_v2.csv READ 131102 2020-03-01 v2 UTF-8 2=1+1+0 current=true",
            "131102_20200302.csv READ 131102 2020-03-02 v1 UTF-8 4=1+3+0 current=true",
            "131103_20200301.csv READ 131103 2020-03-01 v1 GB18030 1=1+0+0 current=true",
            "meter readings.csv REJECTED null null vnull null 0=0+0+0 current=false");
    assertThat(result.meterFiles().get(4).rejection()).isEqualTo("BAD_FILE_NAME");
    assertThat(result.meterTotals()).isEqualTo(new FileSummary.Totals(5, 1, 12, 4, 7, 1));
    assertThat(result.files())
        .singleElement()
        .satisfies(file -> assertThat(file.rowsAccepted()).isEqualTo(1));
    assertThat(result.hasRejections()).isTrue();

    Lake lake = new Lake(spark, out.toString());
    // the _v2 replaced 131102's 03-01: only its rows remain, of both tables
    assertThat(
            rows(
                lake,
                LakeTable.METER_READINGS,
                "county_code,uscc,cast(kwh as"
                    + " string),source_file,source_row,file_version,report_date",
                "report_date,county_code"))
        .containsExactly(
            "[131102," + A + ",1300.000000,131102_20200301_v2.csv,2,2,2020-03-01]",
            "[131103," + D + ",3.500000,131103_20200301.csv,2,1,2020-03-01]",
            "[131102," + A + ",800.250000,131102_20200302.csv,2,1,2020-03-02]");
    assertThat(lake.read(LakeTable.METER_READINGS).schema().apply("kwh").dataType().sql())
        .isEqualTo("DECIMAL(24,6)");
    assertThat(
            rows(
                lake,
                LakeTable.POWER_QUARANTINE,
                "source_file,source_row,uscc,array_join(reasons; '|'),file_version,report_date",
                "source_file,source_row"))
        .containsExactly(
            "[131102_20200301_v2.csv,3," + B + ",BAD_NUMBER,2,2020-03-01]",
            "[131102_20200302.csv,3," + B + ",DATE_MISMATCH,1,2020-03-02]",
            "[131102_20200302.csv,4," + C + ",CONFLICTING_DUPLICATE,1,2020-03-02]",
            "[131102_20200302.csv,5," + C + ",CONFLICTING_DUPLICATE,1,2020-03-02]");
    Row tooPrecise =
        lake.read(LakeTable.POWER_QUARANTINE).where("source_row = 3 and file_version = 2").first();
    assertThat(
            tooPrecise.<String, String>getJavaMap(tooPrecise.fieldIndex("cells")).get("日用电量(千瓦时)"))
        .isEqualTo("0.1234567");
    assertThat(tooPrecise.getList(tooPrecise.fieldIndex("problems")).toString())
        .contains("more than 6 decimal places; kWh are kept to 6 places and never rounded");
    assertThat(
            rows(
                lake,
                LakeTable.POWER_FILES,
                "source_file,status,rows_read,rows_accepted,rows_quarantined,duplicates_collapsed,is_current",
                "source_file"))
        .containsExactly(
            "[131102_20200301.csv,READ,5,1,3,1,false]",
            "[131102_20200301_v2.csv,READ,2,1,1,0,true]",
            "[131102_20200302.csv,READ,4,1,3,0,true]",
            "[131103_20200301.csv,READ,1,1,0,0,true]",
            "[meter readings.csv,REJECTED,0,0,0,0,false]");
    assertThat(
            rows(
                lake,
                LakeTable.POWER_BASELINES,
                "uscc,county_code,cast(baseline_kwh as string),source_row",
                "source_row"))
        .containsExactly(
            "[" + A + ",131102,4000.000000,2]",
            "[" + B + ",131102,250.500000,3]",
            "[" + D + ",131103,12.125000,4]");
    // the meter files are not submissions
    assertThat(lake.read(LakeTable.FILES).count()).isEqualTo(1);

    IngestJob.Result again = ingest(inbox, reference, out);

    assertThat(again.meterFiles())
        .hasSize(5)
        .allSatisfy(
            file -> {
              assertThat(file.alreadyIngested()).isTrue();
              assertThat(file.status()).isEqualTo(FileStatus.ALREADY_INGESTED);
            });
    assertThat(again.hasRejections()).isFalse();
    assertThat(lake.read(LakeTable.POWER_FILES).count()).isEqualTo(5);
    assertThat(lake.read(LakeTable.METER_READINGS).count()).isEqualTo(3);
    assertThat(lake.read(LakeTable.POWER_QUARANTINE).count()).isEqualTo(4);
  }

  @Test
  void aBaselineWithMoreThanSixDecimalPlacesRefusesTheReferenceInsteadOfBeingRounded()
      throws IOException {
    Path reference = reference();
    Files.writeString(
        reference.resolve("power_baseline.csv"),
        "统一社会信用代码,基准日均用电量(千瓦时)\n" + A + ",4000.0000001\n",
        StandardCharsets.UTF_8);
    ReferenceData registry = ReferenceLoader.load(reference);

    assertThatThrownBy(() -> ReferenceLoader.loadPowerBaselineRows(reference, registry))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining(
            "power_baseline.csv row 2 column 基准日均用电量(千瓦时): '4000.0000001' has more than 6"
                + " decimal places; kWh are kept to 6 places and never rounded");
  }

  @Test
  void aRunWithoutMeterDataSaysSoOnceThenMeterFilesGivenWithPowerAreReportedAndInTheCatalog()
      throws IOException, SQLException {
    Path inbox = inbox();
    Path reference = wholeCityReference();
    Path out = temporary.resolve("out");

    CommandLineTest.Outcome plain = run(inbox, reference, out);

    assertThat(plain.exitCode()).as(plain.err()).isEqualTo(FugongCommand.EXIT_OK);
    assertThat(plain.out().lines().filter(line -> line.contains("meter")).toList())
        .containsExactly(
            "no meter data was given (no meter files in "
                + inbox
                + "/power): the electricity cross-check has nothing to compare");
    try (Connection catalog = catalog(out)) {
      for (String view :
          List.of("power_baselines", "power_files", "meter_readings", "power_quarantine")) {
        assertThat(count(catalog, "SELECT count(*) FROM " + view)).as(view).isZero();
      }
    }
    JsonNode manifest = manifest(out);
    assertThat(manifest.path("meterFiles").size()).isZero();
    assertThat(manifest.path("power").isNull()).isTrue();

    Path meter = temporary.resolve("meter");
    writeMeterFiles(meter);
    Files.writeString(
        reference.resolve("power_baseline.csv"),
        "统一社会信用代码,基准日均用电量(千瓦时)\n" + A + ",4000\n",
        StandardCharsets.UTF_8);

    CommandLineTest.Outcome withMeter = run(inbox, reference, out, "--power", meter.toString());

    assertThat(withMeter.exitCode())
        .as("quarantined meter rows and a rejected meter file: " + withMeter.err())
        .isEqualTo(FugongCommand.EXIT_REJECTIONS);
    List<String> lines = withMeter.out().lines().toList();
    assertThat(lines).noneMatch(line -> line.contains("no meter data"));
    assertThat(lines).contains("meter files in " + meter + ":");
    assertThat(lines)
        .contains(
            "meter files: 5 new, 12 rows read = 4 accepted + 7 quarantined + 1 duplicates"
                + " collapsed (identity holds)");
    assertThat(lines)
        .anyMatch(line -> line.matches("131102_20200301_v2\\.csv +READ +2 +1 +1 +0 +yes +"));
    assertThat(lines)
        .anyMatch(line -> line.matches("TOTAL meter files +12 +4 +7 +1 +identity holds"));
    assertThat(lines)
        .anyMatch(line -> line.startsWith("meter readings.csv") && line.contains("BAD_FILE_NAME"));

    manifest = manifest(out);
    assertThat(manifest.path("power").asText()).isEqualTo(meter.toString());
    List<String> manifestFiles = new ArrayList<>();
    manifest
        .path("meterFiles")
        .forEach(file -> manifestFiles.add(file.path("sourceFile").asText()));
    assertThat(manifestFiles)
        .containsExactly(
            "131102_20200301.csv",
            "131102_20200301_v2.csv",
            "131102_20200302.csv",
            "131103_20200301.csv",
            "meter readings.csv");
    assertThat(manifest.path("meterTotals").path("rowsQuarantined").asLong()).isEqualTo(7);
    assertThat(manifest.path("rowsRead").asLong()).as("the submissions' sums").isZero();

    try (Connection catalog = catalog(out)) {
      assertThat(
              strings(
                  catalog,
                  "SELECT uscc || ' ' || CAST(kwh AS VARCHAR) || ' ' || CAST(report_date AS"
                      + " VARCHAR) FROM meter_readings ORDER BY report_date, county_code"))
          .containsExactly(
              A + " 1300.000000 2020-03-01",
              D + " 3.500000 2020-03-01",
              A + " 800.250000 2020-03-02");
      assertThat(count(catalog, "SELECT count(*) FROM power_quarantine")).isEqualTo(4);
      assertThat(count(catalog, "SELECT count(*) FROM power_files WHERE is_current")).isEqualTo(3);
      assertThat(count(catalog, "SELECT count(*) FROM power_baselines")).isEqualTo(1);
      assertThat(
              count(
                  catalog,
                  "SELECT count(*) FROM duckdb_columns() WHERE table_name IN ('power_baselines',"
                      + " 'power_files', 'meter_readings', 'power_quarantine') AND comment IS"
                      + " NULL"))
          .as("every column of the power views is described")
          .isZero();
      assertThat(
              strings(
                  catalog,
                  "SELECT comment FROM duckdb_columns() WHERE table_name = 'meter_readings' AND"
                      + " column_name = 'kwh'"))
          .containsExactly("日用电量(千瓦时) the enterprise's metered kWh on report_date");
    }
  }

  @Test
  void meterFilesStillBeingWrittenAreLeftForTheNextRunAndTheSummarySaysSo() throws IOException {
    Path inbox = inbox();
    // the county file arrived long ago; the meter files (same names) are being written now
    Files.setLastModifiedTime(
        inbox.resolve("131102_20200301.csv"),
        java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3_600)));
    writeMeterFiles(inbox.resolve("power"));
    Path out = temporary.resolve("out");

    CommandLineTest.Outcome outcome =
        run(inbox, wholeCityReference(), out, "--set", "ingest.quiet_seconds=600");

    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(FugongCommand.EXIT_OK);
    assertThat(outcome.out().lines().filter(line -> line.contains("meter")).toList())
        .containsExactly(
            "no meter files ingested: the 5 file(s) in "
                + inbox
                + "/power were modified too recently (ingest.quiet_seconds) and are left for the"
                + " next run; the warnings above name them");
    assertThat(manifest(out).path("meterFiles").size()).isZero();
  }

  private static CommandLineTest.Outcome run(Path inbox, Path reference, Path out, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "run",
                "--inbox",
                inbox.toString(),
                "--reference",
                reference.toString(),
                "--out",
                out.toString(),
                "--set",
                "ingest.quiet_seconds=0",
                "--progress",
                "plain"));
    arguments.addAll(List.of(more));
    return CommandLineTest.execute(arguments.toArray(String[]::new));
  }

  private static JsonNode manifest(Path out) throws IOException {
    try (Stream<Path> manifests = Files.list(out.resolve("runs"))) {
      Path latest =
          manifests
              .filter(file -> file.toString().endsWith(".json"))
              .sorted()
              .reduce((a, b) -> b)
              .orElseThrow();
      return new ObjectMapper().readTree(latest.toFile());
    }
  }

  private static Connection catalog(Path out) throws SQLException {
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

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
