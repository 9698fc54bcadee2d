package fugong.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An analyst's DuckDB client in a process of its own, with only a DuckDB JDBC driver on its class
 * path (the current one, or an older release): opens {@code OUT/catalog.duckdb} read-only from the
 * output folder, prints the engine's version, then runs each query of a file (separated by ';') and
 * prints its rows as tab-separated text, one block per query.
 *
 * <p>Arguments: the output folder, the file of queries.
 */
public final class CatalogClientProcess {
  private CatalogClientProcess() {}

  public static void main(String[] arguments) throws Exception {
    Path out = Path.of(arguments[0]).toAbsolutePath();
    List<String> queries = new ArrayList<>();
    for (String query :
        Files.readString(Path.of(arguments[1]), StandardCharsets.UTF_8).split(";")) {
      if (!query.isBlank()) {
        queries.add(query.strip());
      }
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    StringBuilder printed = new StringBuilder();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:duckdb:" + out.resolve("catalog.duckdb"), properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path = '" + out.toString().replace("'", "''") + "'");
      try (ResultSet version = statement.executeQuery("SELECT version()")) {
        version.next();
        printed.append("version\t").append(version.getString(1)).append('\n');
      }
      for (int number = 0; number < queries.size(); number++) {
        printed.append("# query ").append(number + 1).append('\n');
        try (ResultSet rows = statement.executeQuery(queries.get(number))) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            List<String> cells = new ArrayList<>();
            for (int column = 1; column <= columns; column++) {
              cells.add(String.valueOf(rows.getObject(column)));
            }
            printed.append(String.join("\t", cells)).append('\n');
          }
        }
      }
    }
    System.out.write(printed.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }
}
