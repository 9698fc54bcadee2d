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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A read-only, sandboxed DuckDB session on {@code OUT/catalog.duckdb}, as {@code fugong sql} uses
 * it. The catalog is opened read-only; each view is re-pointed (as a TEMP view) at the absolute
 * path of its Parquet; then only the published version folders the views read are readable ({@code
 * allowed_directories}: not the pointer files under {@code lake/_published}, not older or
 * unpublished versions, not {@code restricted/}), all other file and network access, extension
 * loading and ATTACH are off ({@code enable_external_access=false}), and the configuration is
 * locked. On top of that every query is parsed by DuckDB first and refused unless it is exactly one
 * SELECT-like statement (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE), which rules out COPY …
 * TO, EXPORT, CREATE and PRAGMA writes even inside the lake.
 *
 * <p>Each query runs on a worker thread and is interrupted when it runs longer than the {@link
 * SqlLimits#timeout()}; its rows are read one after the other and the result is cut at {@link
 * SqlLimits#maxRows()}, so neither a runaway query nor a huge result can hang or exhaust the
 * session.
 */
public final class SqlSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CANCEL_GRACE_SECONDS = 10;

  /** DuckDB types whose text is a number, date, time, boolean or UUID: never a formula. */
  private static final Pattern NOT_TEXT =
      Pattern.compile(
          "(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL.*|BOOLEAN|DATE|TIME.*|TIMESTAMP.*|INTERVAL|UUID)");

  private final Connection connection;
  private final SqlLimits limits;

  private SqlSession(Connection connection, SqlLimits limits) {
    this.connection = connection;
    this.limits = limits;
  }

  /** Opens the catalog of {@code out} with the default limits. */
  public static SqlSession open(Path out) {
    return open(out, SqlLimits.DEFAULT);
  }

  public static SqlSession open(Path out, SqlLimits limits) {
    return open(out, out.resolve(CatalogBuilder.CATALOG_FILE), limits);
  }

  /**
   * Opens {@code catalog}, a catalog of the lake under {@code out} (its paths are relative to
   * {@code out}): {@code OUT/catalog.duckdb}, or one {@link CatalogBuilder#buildAsOf} built of an
   * earlier state.
   */
  public static SqlSession open(Path out, Path catalog, SqlLimits limits) {
    if (!Files.isRegularFile(catalog)) {
      throw new FugongException(
          ErrorCode.USAGE,
          "no catalog at "
              + catalog
              + "; run 'fugong run … --out "
              + out
              + "' (or 'fugong demo') first");
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try {
      Connection connection =
          DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath(), properties);
      Path absolute = out.toAbsolutePath().normalize();
      try (Statement statement = connection.createStatement();
          ResultSet views =
              statement.executeQuery(
                  "SELECT view_name, parquet_glob, partitioned, location FROM catalog_views WHERE"
                      + " parquet_glob IS NOT NULL")) {
        List<String> definitions = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        while (views.next()) {
          String path = absolute.resolve(views.getString(2)).toString();
          definitions.add(
              "CREATE TEMP VIEW "
                  + LakeViews.identifier(views.getString(1))
                  + " AS "
                  + CatalogBuilder.viewSelect(
                      views.getString(1),
                      LakeViews.readParquet(
                          path,
                          views.getBoolean(3),
                          CatalogView.named(views.getString(1))
                              .map(view -> LakeViews.mixesLayouts(view.table()))
                              .orElse(false))));
          readable.add(LakeViews.literal(absolute.resolve(views.getString(4)).normalize() + "/"));
        }
        for (String definition : definitions) {
          statement.execute(definition);
        }
        if (!readable.isEmpty()) {
          statement.execute(
              "SET allowed_directories = ["
                  + String.join(", ", readable.stream().distinct().toList())
                  + "]");
        }
        statement.execute("SET enable_external_access = false");
        statement.execute("SET autoinstall_known_extensions = false");
        statement.execute("SET autoload_known_extensions = false");
        statement.execute("SET lock_configuration = true");
      }
      return new SqlSession(connection, limits);
    } catch (SQLException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot open the catalog " + catalog + ": " + firstLine(failure.getMessage()),
          failure);
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
    Statement statement;
    try {
      statement = connection.createStatement();
    } catch (SQLException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, firstLine(failure.getMessage()));
    }
    String query = text;
    FutureTask<QueryResult> task =
        new FutureTask<>(
            () -> {
              try (ResultSet result = statement.executeQuery(query)) {
                return read(result, limits.maxRows());
              }
            });
    Thread worker = new Thread(task, "fugong-sql-query");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException expired) {
      cancel(statement, task);
      throw new FugongException(
          ErrorCode.USAGE,
          "stopped: the query ran longer than "
              + limits.timeout().toSeconds()
              + " s (sql.timeout_seconds) and was interrupted;"
              + " narrow it (WHERE, LIMIT) or raise sql.timeout_seconds");
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof SQLException sqlFailure) {
        throw new FugongException(ErrorCode.USAGE, firstLine(sqlFailure.getMessage()));
      }
      throw new FugongException(
          ErrorCode.INTERNAL, "the query failed: " + failed.getCause(), failed.getCause());
    } catch (InterruptedException interrupted) {
      cancel(statement, task);
      Thread.currentThread().interrupt();
      throw new FugongException(ErrorCode.USAGE, "stopped: the query was interrupted");
    } finally {
      if (task.isDone()) {
        closeQuietly(statement);
      }
    }
  }

  /** Interrupts DuckDB and waits (briefly) until the worker has given up the statement. */
  private static void cancel(Statement statement, FutureTask<QueryResult> task) {
    try {
      statement.cancel();
    } catch (SQLException ignored) {
      // the statement finished or closed in the meantime
    }
    try {
      task.get(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException
        | TimeoutException
        | java.util.concurrent.CancellationException expected) {
      // interrupted as asked (or still winding down; the worker is a daemon thread)
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Statement statement) {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // nothing was written through it
    }
  }

  private void requireSingleReadOnlyStatement(String text) {
    JsonNode parsed;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
      statement.setString(1, text);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        parsed = JSON.readTree(result.getString(1));
      }
    } catch (SQLException | IOException failure) {
      throw new FugongException(
          ErrorCode.USAGE, "cannot parse the query: " + firstLine(failure.getMessage()));
    }
    if (parsed.path("error").asBoolean(false)) {
      String type = parsed.path("error_type").asText("");
      if (type.equals("parser")) {
        throw new FugongException(
            ErrorCode.USAGE, firstLine(parsed.path("error_message").asText("syntax error")));
      }
      throw new FugongException(
          ErrorCode.USAGE,
          "refused: the catalog is read-only; only queries (SELECT, WITH, FROM, DESCRIBE,"
              + " SUMMARIZE) are allowed — no COPY, EXPORT, CREATE, INSERT, SET, PRAGMA, ATTACH,"
              + " INSTALL or LOAD");
    }
    if (parsed.path("statements").size() != 1) {
      throw new FugongException(
          ErrorCode.USAGE,
          "refused: one query at a time, please (found "
              + parsed.path("statements").size()
              + " statements)");
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
        "SELECT column_name, data_type, comment AS description FROM duckdb_columns() WHERE"
            + " schema_name = 'main' AND database_name <> 'temp' AND table_name = "
            + LakeViews.literal(view)
            + " ORDER BY column_index");
  }

  /** Reads rows one after the other, at most {@code maxRows}; the result says when it was cut. */
  private static QueryResult read(ResultSet result, int maxRows) throws SQLException {
    ResultSetMetaData metadata = result.getMetaData();
    List<String> columns = new ArrayList<>();
    List<Boolean> textColumns = new ArrayList<>();
    for (int index = 1; index <= metadata.getColumnCount(); index++) {
      columns.add(metadata.getColumnLabel(index));
      textColumns.add(!NOT_TEXT.matcher(metadata.getColumnTypeName(index)).matches());
    }
    List<List<String>> rows = new ArrayList<>();
    while (result.next()) {
      if (rows.size() == maxRows) {
        return new QueryResult(columns, textColumns, rows, maxRows);
      }
      List<String> row = new ArrayList<>();
      for (int index = 1; index <= columns.size(); index++) {
        row.add(result.getString(index));
      }
      rows.add(row);
    }
    return new QueryResult(columns, textColumns, rows, 0);
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
