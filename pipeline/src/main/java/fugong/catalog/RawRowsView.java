package fugong.catalog;

import fugong.lake.LakeTable;

/**
 * The catalog's {@code raw_rows} view: every raw row with its cells as one map from the header as
 * written to the cell, whichever way the lake stores them. Since the narrow layout a row stores its
 * cells as a list ({@code cell_values}) under its file's header names ({@code files.raw_headers},
 * once per file); rows ingested before, and rows their file's header does not name, store a map
 * ({@code cells}). The view puts the names back with DuckDB's {@code map(keys, values)}.
 */
final class RawRowsView {
  static final String NAME = "raw_rows";

  /** The view the {@code files} view is, whose raw_headers name the cells. */
  private static final String FILES_VIEW = "files";

  private RawRowsView() {}

  /**
   * The view's query of {@code source} (a {@code read_parquet(…)} of raw_rows, or a typed empty
   * subquery); the {@code files} view must exist when it is queried.
   */
  static String select(String source) {
    return "SELECT r.county_code, r.source_file, r.source_sha256, r.source_row,"
        + " CASE WHEN r.cell_values IS NULL THEN r.cells"
        + " ELSE map(h.raw_headers, r.cell_values) END AS cells,"
        + " r.ingest_run_id, r.report_date"
        + " FROM "
        + LakeViews.withDeclaredColumns(LakeTable.RAW_ROWS, source)
        + " AS r LEFT JOIN (SELECT source_file, source_sha256, any_value(raw_headers) AS"
        + " raw_headers FROM "
        + LakeViews.identifier(FILES_VIEW)
        + " WHERE raw_headers IS NOT NULL GROUP BY source_file, source_sha256) AS h"
        + " ON h.source_file = r.source_file AND h.source_sha256 = r.source_sha256";
  }
}
