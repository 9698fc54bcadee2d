package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.jobs.MetricsCrossCheckTest.Comparison;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.testing.DuckDbMetrics;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Spark electricity cross-check ({@code PowerTables} through {@link MetricsJob}) against the
 * same definitions written independently as DuckDB SQL ({@link
 * DuckDbMetrics#POWER_SCRIPT_RESOURCE}): every row of power_readings, power_daily and power_flags,
 * and every column (flags: all but the message text) must agree — counts, decisions, decimals and
 * strings exactly, doubles within 1e-12, NULL only where the other side is NULL. The comparison is
 * {@link MetricsCrossCheckTest#compare}. Two worlds: the hand-built {@link PowerWorld} (this class)
 * and the sample ({@link SamplePowerCrossCheckTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PowerCrossCheckTest {

  private Connection connection;

  /** The output folder of the world compared, built by the time this returns. */
  Path world() throws IOException {
    PowerWorld.lake();
    return PowerWorld.out();
  }

  /** The rows of power_readings, power_daily and power_flags the world has. */
  long[] expectedRows() {
    return new long[] {21, 48, 11};
  }

  @BeforeAll
  void computeTheElectricityFiguresWithBothEngines() throws IOException, SQLException {
    Path out = world();
    PublishedState published = new Lake(TestSpark.session(), out.toString()).published();
    connection = DriverManager.getConnection("jdbc:duckdb:");
    DuckDbMetrics.createInputViews(connection, out, published);
    for (LakeTable table : DuckDbMetrics.POWER_INPUT_TABLES) {
      DuckDbMetrics.createView(connection, table.tableName(), table, out, published);
    }
    for (LakeTable table :
        List.of(LakeTable.POWER_READINGS, LakeTable.POWER_DAILY, LakeTable.POWER_FLAGS)) {
      DuckDbMetrics.createView(connection, "spark_" + table.tableName(), table, out, published);
    }
    DuckDbMetrics.runScript(connection, DuckDbMetrics.script());
    DuckDbMetrics.runScript(connection, DuckDbMetrics.powerScript());
    try (var statement = connection.createStatement()) {
      statement.execute(
          "CREATE OR REPLACE VIEW duckdb_power_flags_compared AS SELECT * FROM"
              + " duckdb_power_flags_named");
      statement.execute(
          "CREATE OR REPLACE VIEW spark_power_flags_compared AS SELECT * FROM spark_power_flags");
    }
    MetricsCrossCheckTest.duckdb = connection;
  }

  @AfterAll
  void closeDuckdb() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void powerReadingsAgreeInEveryColumn() throws SQLException {
    MetricsCrossCheckTest.duckdb = connection;
    Comparison comparison =
        MetricsCrossCheckTest.compare(
            "power_readings",
            List.of("uscc", "report_date"),
            new LinkedHashSet<>(
                List.of(
                    "county_code",
                    "enterprise_name",
                    "leader",
                    "industry_code",
                    "above_scale",
                    "kwh",
                    "baseline_kwh",
                    "consumption_ratio",
                    "power_resumed",
                    "status",
                    "resumed",
                    "source_file",
                    "source_row")),
            false);

    assertThat(comparison.mismatches()).as("power_readings mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(expectedRows()[0]);
    assertThat(comparison.comparedValues()).isEqualTo(expectedRows()[0] * 13);
  }

  @Test
  void powerDailyAgreesInEveryColumn() throws SQLException {
    MetricsCrossCheckTest.duckdb = connection;
    Set<String> columns =
        new LinkedHashSet<>(
            List.of(
                "unit_name",
                "enterprises_with_baseline",
                "enterprises_read",
                "power_resumed",
                "kwh",
                "baseline_kwh",
                "power_resumption_rate",
                "consumption_recovery_rate",
                "power_index",
                "coverage",
                "enterprises_without_baseline",
                "readings_without_baseline",
                "resumption_rate"));
    Comparison comparison =
        MetricsCrossCheckTest.compare(
            "power_daily", List.of("unit_type", "unit", "report_date"), columns, false);

    assertThat(comparison.mismatches()).as("power_daily mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(expectedRows()[1]);
    assertThat(comparison.comparedValues()).isEqualTo(expectedRows()[1] * 13);
  }

  @Test
  void powerFlagsAgreeInRowsKindsAndValues() throws SQLException {
    MetricsCrossCheckTest.duckdb = connection;
    Comparison comparison =
        MetricsCrossCheckTest.compare(
            "power_flags_compared",
            List.of("report_date", "kind", "uscc"),
            new LinkedHashSet<>(
                List.of(
                    "county_code",
                    "county_name",
                    "leader",
                    "enterprise_name",
                    "kwh",
                    "baseline_kwh",
                    "value")),
            true);

    assertThat(comparison.mismatches()).as("power_flags mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(expectedRows()[2]);
  }
}
