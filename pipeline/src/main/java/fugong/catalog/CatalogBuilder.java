package fugong.catalog;

import static fugong.catalog.LakeViews.identifier;
import static fugong.catalog.LakeViews.literal;

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
 * comments on views and columns, a {@code catalog_views} table describing each view, a {@code
 * catalog_info} table and the {@code lake_versions} table of the published states kept ({@link
 * LakeVersions}). Paths in the views are relative to {@code OUT}, so the folder can be moved or
 * copied: open it from {@code OUT} ({@code cd OUT && duckdb catalog.duckdb}) or set DuckDB's {@code
 * file_search_path} to {@code OUT}.
 *
 * <p>The file is built under a temporary name and renamed into place, so an analyst connected to
 * the old catalog keeps a working file and the next connection sees the new one.
 *
 * <p>The {@code runs} view joins the lake's {@code runs} table (one row per published run, status
 * {@code PUBLISHED}: written before the commit point, it can only say the lake was published) with
 * the final outcome of every run from its manifest {@code OUT/runs/{run_id}.json}, copied into the
 * table {@code run_outcomes} when the catalog is built: {@code SUCCEEDED}, {@code
 * PUBLISHED_INCOMPLETE} (the lake was published, the catalog or the reports failed; {@code failure}
 * says which), and the runs that published nothing ({@code FAILED}, {@code NOTHING_NEW}).
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

  /**
   * Deletes the temporary catalog files ({@code .catalog-*.duckdb} and their {@code .wal}) that
   * dead runs left in {@code out}; call it holding the output lock. Returns the names deleted.
   */
  public static List<String> sweepDeadRuns(Path out) {
    List<String> swept = new ArrayList<>();
    if (!Files.isDirectory(out)) {
      return swept;
    }
    try (Stream<Path> entries = Files.list(out)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".catalog-")
            && (name.endsWith(".duckdb") || name.endsWith(".duckdb.wal"))
            && Files.isRegularFile(entry)) {
          Files.delete(entry);
          swept.add("deleted " + name);
        }
      }
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot sweep temporary catalogs in " + out + ": " + failure.getMessage(),
          failure);
    }
    return swept;
  }

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
      write(out, state, storageVersion, temporary, false);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (SQLException | IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot build the catalog " + target + ": " + failure.getMessage(),
          failure);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Builds a catalog of an earlier published state of the lake under {@code out} as {@code
   * folder/catalog.duckdb} ({@code fugong sql --as-of}): the same views, over that state's version
   * folders; its {@code runs} view holds the runs up to the state's own. {@code OUT/catalog.duckdb}
   * is not touched. The caller deletes the folder.
   */
  public static Path buildAsOf(Path out, PublishedState state, Path folder) {
    Path target = folder.resolve(CATALOG_FILE);
    try {
      Files.createDirectories(folder);
      write(out, state, DEFAULT_STORAGE_VERSION, target, true);
      return target;
    } catch (SQLException | IOException failure) {
      deleteQuietly(target);
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot build the catalog of state "
              + state.sequence()
              + " (run "
              + state.runId()
              + ") in "
              + folder
              + ": "
              + failure.getMessage(),
          failure);
    }
  }

  /**
   * Writes the catalog of {@code state} of the lake under {@code out} into the new database {@code
   * file}; {@code asOf}: only the runs up to the state's own are in {@code runs}.
   */
  private static void write(
      Path out, PublishedState state, String storageVersion, Path file, boolean asOf)
      throws SQLException, IOException {
    Properties properties = new Properties();
    properties.setProperty("storage_compatibility_version", storageVersion);
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path=" + literal(out.toAbsolutePath().toString()));
      statement.execute(
          "CREATE TABLE catalog_views (view_name VARCHAR, description VARCHAR, location VARCHAR,"
              + " parquet_glob VARCHAR, partitioned BOOLEAN, row_count BIGINT)");
      statement.execute("CREATE TABLE catalog_info (key VARCHAR, value VARCHAR)");
      createRunOutcomes(connection, out, asOf ? state.runId() : null);
      LakeViews views = LakeViews.relativeTo(out, state);
      for (CatalogView view : CatalogView.ALL) {
        createView(connection, views, view);
      }
      LakeVersions.create(connection, out);
      insertInfo(connection, "run_id", state.runId());
      insertInfo(connection, "sequence", Long.toString(state.sequence()));
      insertInfo(
          connection,
          "published_at",
          state.publishedAt() == null ? null : state.publishedAt().toString());
      insertInfo(connection, "rule_version", RuleVersion.CURRENT);
      insertInfo(connection, "built_at", Instant.now().toString());
      insertInfo(
          connection,
          "how_to_open",
          "cd into the output folder, then: duckdb -readonly catalog.duckdb (or SET"
              + " file_search_path to the output folder)");
      statement.execute(
          "COMMENT ON TABLE catalog_views IS 'one row per view: what it holds and where its"
              + " Parquet lives (relative to the output folder)'");
      statement.execute("CHECKPOINT");
    }
  }

  private static void deleteQuietly(Path database) {
    try {
      Files.deleteIfExists(database);
      Files.deleteIfExists(Path.of(database + ".wal"));
    } catch (IOException ignored) {
      // a leftover temporary file is harmless: it is never opened again
    }
  }

  private static void createView(Connection connection, LakeViews views, CatalogView view)
      throws SQLException, IOException {
    LakeTable table = view.table();
    String location = views.location(table).orElse(null);
    String glob = views.parquetGlob(table).orElse(null);
    views.create(connection, view.name(), table, source -> viewSelect(view.name(), source));
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "COMMENT ON VIEW " + identifier(view.name()) + " IS " + literal(view.description()));
      java.util.Set<String> columns = viewColumns(connection, view.name());
      for (StructField field : table.schema().fields()) {
        String description = ColumnDescriptions.of(table.tableName(), field.name()).orElse(null);
        // a column the lake stores but the view does not show (raw_rows.cell_values) has none
        if (description != null && columns.contains(field.name())) {
          statement.execute(
              "COMMENT ON COLUMN "
                  + identifier(view.name())
                  + "."
                  + identifier(field.name())
                  + " IS "
                  + literal(description));
        }
      }
      if (view.name().equals(RUNS_VIEW)) {
        statement.execute(
            "COMMENT ON COLUMN "
                + identifier(view.name())
                + ".failure IS "
                + literal(
                    "what failed (from the run manifest): why a FAILED run published nothing, or"
                        + " what failed after a PUBLISHED_INCOMPLETE run published the lake"));
        statement.execute(
            "COMMENT ON COLUMN "
                + identifier(view.name())
                + ".status IS "
                + literal(
                    "SUCCEEDED; PUBLISHED_INCOMPLETE (lake published, catalog or reports failed);"
                        + " FAILED or NOTHING_NEW (nothing published); PUBLISHED (lake published,"
                        + " outcome not recorded: the run died after publishing)"));
      }
      long rows;
      try (var result = statement.executeQuery("SELECT count(*) FROM " + identifier(view.name()))) {
        result.next();
        rows = result.getLong(1);
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO catalog_views VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, view.name());
        insert.setString(2, view.description());
        insert.setString(3, location);
        insert.setString(4, glob);
        insert.setBoolean(5, table.partitionedByDate());
        insert.setLong(6, rows);
        insert.execute();
      }
    }
  }

  /** The columns of a view of the catalog. */
  private static java.util.Set<String> viewColumns(Connection connection, String view)
      throws SQLException {
    java.util.Set<String> columns = new java.util.HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?")) {
      query.setString(1, view);
      try (var result = query.executeQuery()) {
        while (result.next()) {
          columns.add(result.getString(1));
        }
      }
    }
    return columns;
  }

  static final String RUNS_VIEW = "runs";
  private static final String RUN_OUTCOMES = "run_outcomes";
  private static final List<String> OUTCOME_COLUMNS =
      List.of(
          "run_id",
          "started_at",
          "finished_at",
          "status",
          "failure",
          "rule_version",
          "files_seen",
          "files_new",
          "files_rejected",
          "rows_read",
          "rows_accepted",
          "rows_quarantined",
          "duplicates_collapsed",
          "identity_holds");

  /**
   * What a view selects from its Parquet source (a {@code read_parquet(…)} call or a typed empty
   * subquery): everything, except for {@code runs}, which joins the run outcomes of the manifests
   * (see the class comment). {@link SqlSession} uses it too when it re-points the views.
   */
  static String viewSelect(String viewName, String source) {
    if (viewName.equals(RawRowsView.NAME)) {
      return RawRowsView.select(source);
    }
    java.util.Optional<LakeTable> table = CatalogView.named(viewName).map(CatalogView::table);
    if (table.isPresent()
        && (table.get() == LakeTable.FILES || table.get() == LakeTable.POWER_FILES)) {
      // files tables written before raw_headers existed lack it
      return "SELECT * FROM " + LakeViews.withDeclaredColumns(table.get(), source);
    }
    if (!viewName.equals(RUNS_VIEW)) {
      return "SELECT * FROM " + source;
    }
    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (StructField field : LakeTable.RUNS.schema().fields()) {
      String name = identifier(field.name());
      String outcome = "CAST(o." + name + " AS " + DuckDbTypes.of(field.dataType()) + ")";
      published.add(
          switch (field.name()) {
            case "status", "finished_at" -> "coalesce(" + outcome + ", p." + name + ") AS " + name;
            default -> "p." + name;
          });
      unpublished.add(outcome + " AS " + name);
    }
    published.add("o.failure");
    unpublished.add("o.failure");
    return "SELECT "
        + String.join(", ", published)
        + " FROM "
        + source
        + " AS p LEFT JOIN "
        + RUN_OUTCOMES
        + " AS o ON o.run_id = p.run_id"
        + " UNION ALL SELECT "
        + String.join(", ", unpublished)
        + " FROM "
        + RUN_OUTCOMES
        + " AS o"
        + " WHERE o.run_id NOT IN (SELECT run_id FROM "
        + source
        + ")";
  }

  /**
   * The final outcome of every run, from its manifest {@code OUT/runs/*.json}; unreadable manifests
   * are left out, and so are the runs after {@code upToRunId} when it is given (run ids sort by
   * start time).
   */
  private static void createRunOutcomes(Connection connection, Path out, String upToRunId)
      throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + RUN_OUTCOMES
              + " (run_id VARCHAR, started_at VARCHAR, finished_at VARCHAR, status VARCHAR, failure"
              + " VARCHAR, rule_version VARCHAR, files_seen BIGINT, files_new BIGINT,"
              + " files_rejected BIGINT, rows_read BIGINT, rows_accepted BIGINT, rows_quarantined"
              + " BIGINT, duplicates_collapsed BIGINT, identity_holds BOOLEAN)");
      statement.execute(
          "COMMENT ON TABLE "
              + RUN_OUTCOMES
              + " IS 'the final outcome of every run, copied from OUT/runs/{run_id}.json when the"
              + " catalog was built; the runs view joins it'");
    }
    Path runs = out.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return;
    }
    List<Path> manifests;
    try (Stream<Path> files = Files.list(runs)) {
      manifests =
          files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    String placeholders =
        String.join(", ", java.util.Collections.nCopies(OUTCOME_COLUMNS.size(), "?"));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + RUN_OUTCOMES + " VALUES (" + placeholders + ")")) {
      for (Path manifest : manifests) {
        com.fasterxml.jackson.databind.JsonNode run;
        try {
          run = MANIFESTS.readTree(manifest.toFile());
        } catch (IOException unreadable) {
          continue;
        }
        if (!run.path("runId").isTextual()
            || (upToRunId != null && run.path("runId").asText().compareTo(upToRunId) > 0)) {
          continue;
        }
        List<com.fasterxml.jackson.databind.JsonNode> files = new ArrayList<>();
        run.path("files").forEach(files::add);
        List<com.fasterxml.jackson.databind.JsonNode> newFiles =
            files.stream().filter(file -> !file.path("alreadyIngested").asBoolean(false)).toList();
        insert.setString(1, run.path("runId").asText());
        insert.setString(2, textOrNull(run.path("startedAt")));
        insert.setString(3, textOrNull(run.path("finishedAt")));
        insert.setString(4, textOrNull(run.path("status")));
        insert.setString(5, textOrNull(run.path("failure")));
        insert.setString(6, textOrNull(run.path("ruleVersion")));
        insert.setLong(7, files.size());
        insert.setLong(8, newFiles.size());
        insert.setLong(
            9,
            newFiles.stream()
                .filter(
                    file ->
                        fugong.ingest.FileStatus.REJECTED
                            .name()
                            .equals(file.path("status").asText()))
                .count());
        insert.setLong(10, run.path("rowsRead").asLong());
        insert.setLong(11, run.path("rowsAccepted").asLong());
        insert.setLong(12, run.path("rowsQuarantined").asLong());
        insert.setLong(13, run.path("duplicatesCollapsed").asLong());
        insert.setBoolean(14, run.path("identityHolds").asBoolean(false));
        insert.execute();
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MANIFESTS =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static String textOrNull(com.fasterxml.jackson.databind.JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static void insertInfo(Connection connection, String key, String value)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO catalog_info VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      insert.execute();
    }
  }
}
