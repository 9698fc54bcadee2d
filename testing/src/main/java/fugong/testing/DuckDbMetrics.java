package fugong.testing;

import fugong.catalog.LakeViews;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric definitions written a second time, as DuckDB SQL ({@value #SCRIPT_RESOURCE} and
 * {@value #ALERTS_AND_FORECASTS_SCRIPT_RESOURCE}), over views of a published lake: enterprise
 * status per report date, the county, leader and city daily tables, the difficulty cases, the
 * alerts and the forecasts, written from docs/metrics.md rather than from {@code MetricsJob}.
 * {@code MetricsCrossCheckTest} compares its tables with Spark's column by column; the benchmark
 * times it against the Spark metrics stage on the same Parquet files.
 *
 * <p>It covers less than {@code MetricsJob}: no industry, scale or checklist table, no alert
 * message texts, and its enterprise status lacks the per-enterprise open difficulties and the
 * inconsistency flags of {@code enterprise_daily}. Its settings are the defaults (carry window 3
 * days, deadline 20:00:00, the alert thresholds and forecast targets of DOMAIN.md), fixed in the
 * scripts. The alerts and forecasts ({@code duckdb_alerts}, {@code duckdb_forecasts}) are left in
 * the connection for the cross-check; they are not among the {@link #OUTPUT_TABLES} the benchmark
 * writes and times against Spark's.
 */
public final class DuckDbMetrics {
  /** The script, on the class path. Statements end with a semicolon at the end of a line. */
  public static final String SCRIPT_RESOURCE = "/fugong/duckdb/metrics.sql";

  /**
   * The alerts and forecasts, run after {@link #SCRIPT_RESOURCE} in the same connection (by the
   * cross-check only: the benchmark times {@link #SCRIPT_RESOURCE} alone).
   */
  public static final String ALERTS_AND_FORECASTS_SCRIPT_RESOURCE =
      "/fugong/duckdb/alerts-forecasts.sql";

  /**
   * The electricity cross-check (DOMAIN.md §6.3): power_readings, power_daily and power_flags as
   * {@code duckdb_power_readings}, {@code duckdb_power_daily} and {@code duckdb_power_flags_named},
   * run after {@link #SCRIPT_RESOURCE} in the same connection, over the views of {@link
   * #POWER_INPUT_TABLES} besides those of {@link #INPUT_TABLES}.
   */
  public static final String POWER_SCRIPT_RESOURCE = "/fugong/duckdb/power.sql";

  /** The lake tables the power script reads besides {@link #INPUT_TABLES}. */
  public static final List<LakeTable> POWER_INPUT_TABLES =
      List.of(LakeTable.METER_READINGS, LakeTable.POWER_BASELINES);

  /** The lake tables the script reads, each as a view named like the table. */
  public static final List<LakeTable> INPUT_TABLES =
      List.of(
          LakeTable.FILES,
          LakeTable.SUBMISSIONS,
          LakeTable.QUARANTINE,
          LakeTable.ENTERPRISES,
          LakeTable.COUNTIES,
          LakeTable.ASSIGNMENTS);

  /**
   * The tables the script leaves, each with the lake table of {@code MetricsJob} it corresponds to.
   */
  public static final Map<String, LakeTable> OUTPUT_TABLES = outputTables();

  private DuckDbMetrics() {}

  private static Map<String, LakeTable> outputTables() {
    Map<String, LakeTable> tables = new LinkedHashMap<>();
    tables.put("duckdb_difficulty_cases", LakeTable.DIFFICULTY_CASES);
    tables.put("enterprise_status", LakeTable.ENTERPRISE_DAILY);
    tables.put("duckdb_county_daily", LakeTable.COUNTY_DAILY);
    tables.put("duckdb_leader_daily", LakeTable.LEADER_DAILY);
    tables.put("duckdb_city_daily", LakeTable.CITY_DAILY);
    return java.util.Collections.unmodifiableMap(tables);
  }

  /** The text of {@value #SCRIPT_RESOURCE}. */
  public static String script() throws IOException {
    return resource(SCRIPT_RESOURCE);
  }

  /** The text of {@value #ALERTS_AND_FORECASTS_SCRIPT_RESOURCE}. */
  public static String alertsAndForecastsScript() throws IOException {
    return resource(ALERTS_AND_FORECASTS_SCRIPT_RESOURCE);
  }

  /**
   * resumption_flows as {@code duckdb_resumption_flows}, run after {@link #SCRIPT_RESOURCE} in the
   * same connection (by the cross-check).
   */
  public static final String FLOWS_SCRIPT_RESOURCE = "/fugong/duckdb/flows.sql";

  /** The text of {@value #FLOWS_SCRIPT_RESOURCE}. */
  public static String flowsScript() throws IOException {
    return resource(FLOWS_SCRIPT_RESOURCE);
  }

  /** The text of {@value #POWER_SCRIPT_RESOURCE}. */
  public static String powerScript() throws IOException {
    return resource(POWER_SCRIPT_RESOURCE);
  }

  private static String resource(String name) throws IOException {
    try (InputStream input = DuckDbMetrics.class.getResourceAsStream(name)) {
      if (input == null) {
        throw new IOException("resource " + name + " is missing from the class path");
      }
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Creates the views the script reads ({@link #INPUT_TABLES}) over the published lake under {@code
   * out}.
   */
  public static void createInputViews(Connection connection, Path out, PublishedState published)
      throws IOException, SQLException {
    for (LakeTable table : INPUT_TABLES) {
      createView(connection, table.tableName(), table, out, published);
    }
  }

  /**
   * A view named {@code view} over a table's published Parquet version, as the catalog reads it
   * ({@link LakeViews}) but with absolute paths; the table must be published.
   */
  public static void createView(
      Connection connection, String view, LakeTable table, Path out, PublishedState published)
      throws IOException, SQLException {
    published
        .location(table)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "table " + table.tableName() + " is not published in " + out));
    LakeViews.absolute(out, published).create(connection, view, table);
  }

  /** Runs a script whose statements end with a semicolon at the end of a line. */
  public static void runScript(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String part : script.split(";[ \\t]*\\R")) {
        boolean onlyComments =
            part.lines()
                .map(String::strip)
                .allMatch(line -> line.isEmpty() || line.startsWith("--"));
        if (!onlyComments) {
          statement.execute(part);
        }
      }
    }
  }

  /**
   * Writes every {@link #OUTPUT_TABLES output table} as Parquet under {@code folder/{lake table
   * name}/}: partitioned by report_date where the lake table is (one folder per date, as Spark
   * writes it), else one file. {@code folder} must not hold these folders yet.
   */
  public static void writeOutputs(Connection connection, Path folder)
      throws IOException, SQLException {
    Files.createDirectories(folder);
    try (Statement statement = connection.createStatement()) {
      for (Map.Entry<String, LakeTable> output : OUTPUT_TABLES.entrySet()) {
        LakeTable table = output.getValue();
        Path target = folder.resolve(table.tableName()).toAbsolutePath();
        if (table.partitionedByDate()) {
          statement.execute(
              "COPY "
                  + LakeViews.identifier(output.getKey())
                  + " TO "
                  + LakeViews.literal(target.toString())
                  + " (FORMAT parquet, PARTITION_BY (report_date))");
        } else {
          Files.createDirectories(target);
          statement.execute(
              "COPY "
                  + LakeViews.identifier(output.getKey())
                  + " TO "
                  + LakeViews.literal(target.resolve("data.parquet").toString())
                  + " (FORMAT parquet)");
        }
      }
    }
  }
}
