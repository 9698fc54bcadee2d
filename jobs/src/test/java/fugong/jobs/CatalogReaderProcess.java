package fugong.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * A separate process that keeps a read-only connection to a catalog open and queries it in a loop,
 * as an analyst's DuckDB client would while a run rebuilds the catalog. Prints one line per query
 * ("ok N" or "error …") and "done" at the end.
 */
public final class CatalogReaderProcess {
  private CatalogReaderProcess() {}

  public static void main(String[] arguments) throws Exception {
    String out = arguments[0];
    long until = System.currentTimeMillis() + Long.parseLong(arguments[1]);
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection connection =
        DriverManager.getConnection("jdbc:duckdb:" + out + "/catalog.duckdb", properties)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET file_search_path = '" + out.replace("'", "''") + "'");
      }
      System.out.println("connected");
      System.out.flush();
      while (System.currentTimeMillis() < until) {
        try (Statement statement = connection.createStatement();
            ResultSet result = statement.executeQuery("SELECT count(*) FROM county_daily")) {
          result.next();
          System.out.println("ok " + result.getLong(1));
        } catch (Exception failure) {
          System.out.println("error " + failure.getMessage().lines().findFirst().orElse(""));
        }
        System.out.flush();
        Thread.sleep(50);
      }
    }
    System.out.println("done");
  }
}
