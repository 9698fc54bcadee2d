package fugong.testing;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the independent DuckDB SQL ({@link DuckDbMetrics#script()} then {@link
 * DuckDbMetrics#alertsAndForecastsScript()}) on a published fixture lake and lists every alert and
 * forecast that only one engine has: compared are the date, kind, severity, county, leader,
 * enterprise and value of each alert, and unit, rate, date, status, projected date, points, value,
 * slope and R² of each forecast, doubles rounded to 9 decimals. {@code MetricsCrossCheckTest} does
 * the same column by column on the sample.
 */
public final class AlertsAndForecastsOracle {
  private static final String ALERT_COLUMNS =
      "report_date, kind, severity, county_code, leader, uscc, round(value, 9)";
  private static final String FORECAST_COLUMNS =
      "unit_type, unit, metric, report_date, status, projected_date, points, round(value, 9),"
          + " round(target, 9), round(slope_per_day, 9), round(r2, 9)";

  private AlertsAndForecastsOracle() {}

  /** "alerts only in spark: …" and the like; empty when both engines agree. */
  public static List<String> differences(Lake lake) throws IOException, SQLException {
    Path out = Path.of(lake.root().toUri().getPath());
    PublishedState published = lake.published();
    List<String> differences = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbMetrics.createInputViews(duckdb, out, published);
      DuckDbMetrics.createView(duckdb, "spark_alerts", LakeTable.ALERTS, out, published);
      DuckDbMetrics.createView(duckdb, "spark_forecasts", LakeTable.FORECASTS, out, published);
      DuckDbMetrics.runScript(duckdb, DuckDbMetrics.script());
      DuckDbMetrics.runScript(duckdb, DuckDbMetrics.alertsAndForecastsScript());
      for (String[] table :
          new String[][] {{"alerts", ALERT_COLUMNS}, {"forecasts", FORECAST_COLUMNS}}) {
        for (String[] sides : new String[][] {{"spark", "duckdb"}, {"duckdb", "spark"}}) {
          String query =
              "SELECT "
                  + table[1]
                  + " FROM "
                  + sides[0]
                  + "_"
                  + table[0]
                  + " EXCEPT ALL SELECT "
                  + table[1]
                  + " FROM "
                  + sides[1]
                  + "_"
                  + table[0];
          for (String row : rows(duckdb, query)) {
            differences.add(table[0] + " only in " + sides[0] + ": " + row);
          }
        }
      }
    }
    return differences;
  }

  private static List<String> rows(Connection duckdb, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          values.add(String.valueOf(result.getObject(column)));
        }
        rows.add(String.join(" | ", values));
      }
    }
    return rows;
  }
}
