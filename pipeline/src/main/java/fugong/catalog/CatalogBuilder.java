package fugong.catalog;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.RuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;

/**
 * Builds {@code OUT/catalog.duckdb}: one view per lake table over its published Parquet, with
 * comments on views and columns, a {@code catalog_views} table describing each view and a
 * {@code catalog_info} table. Paths in the views are relative to {@code OUT}, so the folder can
 * be moved or copied: open it from {@code OUT} ({@code cd OUT && duckdb catalog.duckdb}) or set
 * DuckDB's {@code file_search_path} to {@code OUT}.
 *
 * <p>The file is built under a temporary name and renamed into place, so an analyst connected to
 * the old catalog keeps a working file and the next connection sees the new one.
 */
public final class CatalogBuilder {
  public static final String CATALOG_FILE = "catalog.duckdb";

  /**
   * The oldest DuckDB storage format that keeps everything the catalog uses (views, comments on
   * views and columns, the column types): header version 64, read by DuckDB 0.10 and every later
   * release. The JDBC driver otherwise writes the newest format, which only DuckDB 2.0 opens.
   */
  public static final String DEFAULT_STORAGE_VERSION = "v1.0.0";

  private CatalogBuilder() {}

  /** Builds the catalog in the default storage format, readable by DuckDB 0.10 and later. */
  public static Path build(Path out, PublishedState state) {
    return build(out, state, DEFAULT_STORAGE_VERSION);
  }

  /**
   * Builds the catalog for the given published state of the lake under a local output folder.
   *
   * @param storageVersion DuckDB's {@code storage_compatibility_version}, e.g. {@code v1.0.0} or
   *     {@code latest}; it must be given when the database is opened, a later SET has no effect
   */
  public static Path build(Path out, PublishedState state, String storageVersion) {
    Path target = out.resolve(CATALOG_FILE);
    Path temporary = out.resolve(".catalog-" + state.runId() + "-" + System.nanoTime() + ".duckdb");
    try {
      Files.createDirectories(out);
      Properties properties = new Properties();
      properties.setProperty("storage_compatibility_version", storageVersion);
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + temporary.toAbsolutePath(), properties);
          Statement statement = connection.createStatement()) {
        statement.execute("SET file_search_path=" + literal(out.toAbsolutePath().toString()));
        statement.execute(
            "CREATE TABLE catalog_views (view_name VARCHAR, description VARCHAR, location VARCHAR, parquet_glob VARCHAR, partitioned BOOLEAN, row_count BIGINT)");
        statement.execute("CREATE TABLE catalog_info (key VARCHAR, value VARCHAR)");
        for (CatalogView view : CatalogView.ALL) {
          createView(connection, out, state, view);
        }
        insertInfo(connection, "run_id", state.runId());
        insertInfo(connection, "rule_version", RuleVersion.CURRENT);
        insertInfo(connection, "built_at", Instant.now().toString());
        insertInfo(connection, "how_to_open", "cd into the output folder, then: duckdb -readonly catalog.duckdb (or SET file_search_path to the output folder)");
        statement.execute("COMMENT ON TABLE catalog_views IS 'one row per view: what it holds and where its Parquet lives (relative to the output folder)'");
        statement.execute("CHECKPOINT");
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (SQLException | IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot build the catalog " + target + ": " + failure.getMessage(), failure);
    } finally {
      try {
        Files.deleteIfExists(temporary);
        Files.deleteIfExists(Path.of(temporary + ".wal"));
      } catch (IOException ignored) {
        // a leftover temporary file is harmless: it is never opened again
      }
    }
  }

  private static void createView(Connection connection, Path out, PublishedState state, CatalogView view) throws SQLException, IOException {
    LakeTable table = view.table();
    String location = state.location(table).orElse(null);
    boolean hasFiles = location != null && containsParquet(out.resolve(location));
    String glob = location == null ? null : location + (table.partitionedByDate() ? "/**/*.parquet" : "/*.parquet");
    String select = hasFiles ? "SELECT * FROM " + readParquet(glob, table.partitionedByDate()) : emptySelect(table);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE VIEW " + identifier(view.name()) + " AS " + select);
      statement.execute("COMMENT ON VIEW " + identifier(view.name()) + " IS " + literal(view.description()));
      for (StructField field : table.schema().fields()) {
        String description = ColumnDescriptions.of(field.name()).orElse(null);
        if (description != null) {
          statement.execute("COMMENT ON COLUMN " + identifier(view.name()) + "." + identifier(field.name()) + " IS " + literal(description));
        }
      }
      long rows;
      try (var result = statement.executeQuery("SELECT count(*) FROM " + identifier(view.name()))) {
        result.next();
        rows = result.getLong(1);
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog_views VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, view.name());
        insert.setString(2, view.description());
        insert.setString(3, location);
        insert.setString(4, hasFiles ? glob : null);
        insert.setBoolean(5, table.partitionedByDate());
        insert.setLong(6, rows);
        insert.execute();
      }
    }
  }

  /** A read_parquet call; the report_date partition is read as DATE. */
  static String readParquet(String path, boolean partitioned) {
    return partitioned
        ? "read_parquet(" + literal(path) + ", hive_partitioning = true, hive_types = {'report_date': DATE})"
        : "read_parquet(" + literal(path) + ")";
  }

  /** A typed, empty SELECT for a table that has no rows (Spark writes no file for it). */
  private static String emptySelect(LakeTable table) {
    List<String> columns = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      columns.add("CAST(NULL AS " + DuckDbTypes.of(field.dataType()) + ") AS " + identifier(field.name()));
    }
    return "SELECT " + String.join(", ", columns) + " WHERE false";
  }

  private static boolean containsParquet(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static void insertInfo(Connection connection, String key, String value) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog_info VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      insert.execute();
    }
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
