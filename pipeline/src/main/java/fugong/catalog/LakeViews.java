package fugong.catalog;

import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;

/**
 * DuckDB views over a published lake, the one place that says how DuckDB reads a lake table: a view
 * over the table's published Parquet version, the {@code report_date} partition read as DATE
 * through Hive partitioning; a table that is not published, or published without any data file
 * (Spark writes none for an empty table), is a typed empty view with its declared columns.
 *
 * <p>The catalog ({@link CatalogBuilder}) reads with paths relative to {@code OUT} (its connection
 * sets {@code file_search_path}), so the folder can be moved; the DuckDB test oracle and the
 * benchmark read with absolute paths in an in-memory database.
 */
public final class LakeViews {
  private final Path out;
  private final PublishedState published;
  private final boolean relative;

  private LakeViews(Path out, PublishedState published, boolean relative) {
    this.out = out;
    this.published = published;
    this.relative = relative;
  }

  /**
   * Views whose paths are relative to {@code out}: the connection must set {@code file_search_path}
   * to it.
   */
  public static LakeViews relativeTo(Path out, PublishedState published) {
    return new LakeViews(out, published, true);
  }

  /** Views whose paths are absolute: for any connection. */
  public static LakeViews absolute(Path out, PublishedState published) {
    return new LakeViews(out, published, false);
  }

  /**
   * The published version folder of a table, relative to {@code out}; empty when it is not
   * published.
   */
  public Optional<String> location(LakeTable table) {
    return published.location(table);
  }

  /**
   * The glob of a table's Parquet files, relative to {@code out}; empty when it has no data file.
   */
  public Optional<String> parquetGlob(LakeTable table) throws IOException {
    Optional<String> location = location(table);
    if (location.isEmpty() || !containsParquet(out.resolve(location.get()))) {
      return Optional.empty();
    }
    return Optional.of(
        location.get() + (table.partitionedByDate() ? "/**/*.parquet" : "/*.parquet"));
  }

  /**
   * What a view over the table selects from: a {@code read_parquet(…)} call or a typed empty
   * subquery.
   */
  public String source(LakeTable table) throws IOException {
    Optional<String> glob = parquetGlob(table);
    if (glob.isEmpty()) {
      return "(" + emptySelect(table) + ")";
    }
    return readParquet(
        relative ? glob.get() : out.toAbsolutePath() + "/" + glob.get(),
        table.partitionedByDate(),
        mixesLayouts(table));
  }

  /**
   * Whether a version of the table can hold files of two layouts, read by column name: {@code
   * raw_rows} keeps the files of rows ingested before {@code cell_values} existed beside newer ones
   * (it only grows, and its old files are linked into each new version).
   */
  public static boolean mixesLayouts(LakeTable table) {
    return table == LakeTable.RAW_ROWS;
  }

  /**
   * {@code source} with every column the table declares, typed: those its files lack (written
   * before the column existed) are NULL.
   */
  public static String withDeclaredColumns(LakeTable table, String source) {
    return "(" + emptySelect(table) + " UNION ALL BY NAME SELECT * FROM " + source + ")";
  }

  /** Creates the view {@code view} over the table: everything it holds. */
  public void create(Connection connection, String view, LakeTable table)
      throws IOException, SQLException {
    create(connection, view, table, source -> "SELECT * FROM " + source);
  }

  /**
   * Creates the view {@code view} as the query {@code select} makes of the table's {@link #source}.
   */
  public void create(
      Connection connection, String view, LakeTable table, UnaryOperator<String> select)
      throws IOException, SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE VIEW " + identifier(view) + " AS " + select.apply(source(table)));
    }
  }

  /**
   * A read_parquet call; the report_date partition is read as DATE; {@code unionByName}: files of
   * different columns are read by name, a column a file lacks is NULL ({@link #mixesLayouts}).
   */
  static String readParquet(String path, boolean partitioned, boolean unionByName) {
    return "read_parquet("
        + literal(path)
        + (partitioned ? ", hive_partitioning = true, hive_types = {'report_date': DATE}" : "")
        + (unionByName ? ", union_by_name = true" : "")
        + ")";
  }

  /** A typed, empty SELECT for a table that has no rows (Spark writes no file for it). */
  private static String emptySelect(LakeTable table) {
    List<String> columns = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      columns.add(
          "CAST(NULL AS " + DuckDbTypes.of(field.dataType()) + ") AS " + identifier(field.name()));
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

  /** A DuckDB string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A DuckDB quoted identifier. */
  public static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
