package fugong.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A read-only, sandboxed DuckDB session on {@code OUT/catalog.duckdb}, as {@code fugong sql}
 * uses it. The catalog is opened read-only; each view is re-pointed (as a TEMP view) at the
 * absolute path of its Parquet; then only the lake folder is readable ({@code
 * allowed_directories}), all other file and network access, extension loading and ATTACH are off
 * ({@code enable_external_access=false}), and the configuration is locked. On top of that every
 * query is parsed by DuckDB first and refused unless it is exactly one SELECT-like statement
 * (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE), which rules out COPY … TO, EXPORT, CREATE
 * and PRAGMA writes even inside the lake folder.
 */
public final class SqlSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection connection;

  private SqlSession(Connection connection) {
    this.connection = connection;
  }

  public static SqlSession open(Path out) {
    Path catalog = out.resolve(CatalogBuilder.CATALOG_FILE);
    if (!Files.isRegularFile(catalog)) {
      throw new FugongException(
          ErrorCode.USAGE, "no catalog at " + catalog + "; run 'fugong run … --out " + out + "' (or 'fugong demo') first");
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath(), properties);
      Path absolute = out.toAbsolutePath().normalize();
      try (Statement statement = connection.createStatement();
          ResultSet views = statement.executeQuery("SELECT view_name, parquet_glob, partitioned FROM catalog_views WHERE parquet_glob IS NOT NULL")) {
        List<String> definitions = new ArrayList<>();
        while (views.next()) {
          String path = absolute.resolve(views.getString(2)).toString();
          definitions.add(
              "CREATE TEMP VIEW " + CatalogBuilder.identifier(views.getString(1)) + " AS SELECT * FROM "
                  + CatalogBuilder.readParquet(path, views.getBoolean(3)));
        }
        for (String definition : definitions) {
          statement.execute(definition);
        }
        statement.execute("SET allowed_directories = [" + CatalogBuilder.literal(absolute.resolve("lake") + "/") + "]");
        statement.execute("SET enable_external_access = false");
        statement.execute("SET autoinstall_known_extensions = false");
        statement.execute("SET autoload_known_extensions = false");
        statement.execute("SET lock_configuration = true");
      }
      return new SqlSession(connection);
    } catch (SQLException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot open the catalog " + catalog + ": " + firstLine(failure.getMessage()), failure);
    }
  }

  /** Runs one read-only query; refuses anything else with a one-line message. */
  public QueryResult query(String sql) {
    String text = sql.strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.isEmpty()) {
      throw new FugongException(ErrorCode.USAGE, "empty query");
    }
    requireSingleReadOnlyStatement(text);
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(text)) {
      return read(result);
    } catch (SQLException failure) {
      throw new FugongException(ErrorCode.USAGE, firstLine(failure.getMessage()));
    }
  }

  private void requireSingleReadOnlyStatement(String text) {
    JsonNode parsed;
    try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
      statement.setString(1, text);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        parsed = JSON.readTree(result.getString(1));
      }
    } catch (SQLException | IOException failure) {
      throw new FugongException(ErrorCode.USAGE, "cannot parse the query: " + firstLine(failure.getMessage()));
    }
    if (parsed.path("error").asBoolean(false)) {
      String type = parsed.path("error_type").asText("");
      if (type.equals("parser")) {
        throw new FugongException(ErrorCode.USAGE, firstLine(parsed.path("error_message").asText("syntax error")));
      }
      throw new FugongException(
          ErrorCode.USAGE,
          "refused: the catalog is read-only; only queries (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE) are allowed — no COPY, EXPORT, CREATE, INSERT, SET, PRAGMA, ATTACH, INSTALL or LOAD");
    }
    if (parsed.path("statements").size() != 1) {
      throw new FugongException(ErrorCode.USAGE, "refused: one query at a time, please (found " + parsed.path("statements").size() + " statements)");
    }
  }

  /** The names of the views analysts query, in catalog order. */
  public List<String> views() {
    List<String> names = new ArrayList<>();
    for (List<String> row : query("SELECT view_name FROM catalog_views").rows()) {
      names.add(row.get(0));
    }
    return names;
  }

  /** Columns of a view with type and description. */
  public QueryResult schema(String view) {
    return query(
        "SELECT column_name, data_type, comment AS description FROM duckdb_columns() WHERE schema_name = 'main' AND database_name <> 'temp'"
            + " AND table_name = " + CatalogBuilder.literal(view) + " ORDER BY column_index");
  }

  private static QueryResult read(ResultSet result) throws SQLException {
    ResultSetMetaData metadata = result.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int index = 1; index <= metadata.getColumnCount(); index++) {
      columns.add(metadata.getColumnLabel(index));
    }
    List<List<String>> rows = new ArrayList<>();
    while (result.next()) {
      List<String> row = new ArrayList<>();
      for (int index = 1; index <= columns.size(); index++) {
        row.add(result.getString(index));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() > 500 ? line.substring(0, 500) + "…" : line;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a read-only connection cannot lose anything
    }
  }
}
