package fugong.catalog;

import static fugong.catalog.LakeViews.literal;

import fugong.lake.PublishedPointers;
import fugong.lake.PublishedState;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalog table {@code lake_versions}: one row per published state still kept and view, with
 * where that state's Parquet of the view lives (relative to {@code OUT}, as in {@code
 * catalog_views}). It is how a plain DuckDB client reads the lake as it was published then (see
 * docs/operations.md, "Reading the lake as it was"); {@code fugong sql --as-of} does the same with
 * a catalog of its own.
 */
final class LakeVersions {
  static final String TABLE = "lake_versions";

  private LakeVersions() {}

  static void create(Connection connection, Path out) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + TABLE
              + " (sequence BIGINT, run_id VARCHAR, published_at TIMESTAMP WITH TIME ZONE,"
              + " view_name VARCHAR, location VARCHAR, parquet_glob VARCHAR, partitioned BOOLEAN)");
      statement.execute(
          "COMMENT ON TABLE "
              + TABLE
              + " IS "
              + literal(
                  "one row per published state still kept (lake.published_states_kept) and view:"
                      + " where that state's Parquet lives, relative to the output folder;"
                      + " parquet_glob is NULL for a table without rows. Read an earlier state"
                      + " with read_parquet(parquet_glob, hive_partitioning = partitioned); for"
                      + " raw_rows add union_by_name = true (its cells: map(files.raw_headers,"
                      + " cell_values), or cells where cell_values is NULL)"));
    }
    List<PublishedState> kept = new ArrayList<>(PublishedPointers.local(out).kept());
    Collections.reverse(kept); // oldest first
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO "
                + TABLE
                + " VALUES (?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), ?, ?, ?, ?)")) {
      for (PublishedState state : kept) {
        LakeViews views = LakeViews.relativeTo(out, state);
        for (CatalogView view : CatalogView.ALL) {
          insert.setLong(1, state.sequence());
          insert.setString(2, state.runId());
          insert.setString(3, state.publishedAt().toString());
          insert.setString(4, view.name());
          insert.setString(5, views.location(view.table()).orElse(null));
          insert.setString(6, views.parquetGlob(view.table()).orElse(null));
          insert.setBoolean(7, view.table().partitionedByDate());
          insert.execute();
        }
      }
    }
  }
}
