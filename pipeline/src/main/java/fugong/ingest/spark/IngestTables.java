package fugong.ingest.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import fugong.ingest.FileStatus;
import fugong.lake.LakeSchemas;
import fugong.lake.LakeTable;
import fugong.run.FileSummary;
import fugong.run.RuleVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * The ingest tables built from the parsed files ({@link ParsedFileRows}) and the published ones:
 * {@code files} with which version of each county-date is current, the row tables kept to the
 * current files, the {@code runs} row of this run, and the reconciliation line of each file.
 */
public final class IngestTables {
  private IngestTables() {}

  /**
   * The rows a run writes of the tables the inbox files feed, from the new files of {@code parsed}
   * and {@code published} (of each row table: its published rows of the report dates the new files
   * replace; of {@code files}: all of it): {@code files} whole, with which version of each
   * county-date is current; the new rows of {@code raw_rows} and {@code contacts}, which only grow
   * (their published files are kept beside them); and of {@code submissions}, {@code quarantine}
   * and {@code warnings} the rows of the replaced dates that come from a current file (their other
   * dates are kept as published: a new file changes which files are current only on its own date).
   */
  public static Map<LakeTable, Dataset<Row>> fileTables(
      Dataset<Row> parsed, Function<LakeTable, Dataset<Row>> published) {
    Dataset<Row> files = files(parsed, published.apply(LakeTable.FILES));
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(LakeTable.FILES, files);
    tables.put(LakeTable.RAW_ROWS, newRows(parsed, ParsedFileRows.RAW));
    tables.put(
        LakeTable.SUBMISSIONS,
        current(
            published.apply(LakeTable.SUBMISSIONS),
            newRows(parsed, ParsedFileRows.ACCEPTED),
            files));
    tables.put(
        LakeTable.QUARANTINE,
        current(
            published.apply(LakeTable.QUARANTINE),
            newRows(parsed, ParsedFileRows.QUARANTINED),
            files));
    tables.put(
        LakeTable.WARNINGS,
        current(
            published.apply(LakeTable.WARNINGS), newRows(parsed, ParsedFileRows.WARNINGS), files));
    tables.put(LakeTable.CONTACTS, newRows(parsed, ParsedFileRows.CONTACTS));
    return tables;
  }

  /**
   * The rows a run writes of the tables the meter files feed (DOMAIN.md §3.2), as {@link
   * #fileTables} does for submissions: {@code power_files} whole, and of {@code meter_readings} and
   * {@code power_quarantine} the rows of the replaced dates ({@code published}: their published
   * rows of those dates) that come from a current file; a {@code _v{n}} correction replaces its
   * county-date.
   */
  public static Map<LakeTable, Dataset<Row>> meterTables(
      Dataset<Row> parsed, Function<LakeTable, Dataset<Row>> published) {
    Dataset<Row> files = files(parsed, published.apply(LakeTable.POWER_FILES));
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(LakeTable.POWER_FILES, files);
    tables.put(
        LakeTable.METER_READINGS,
        current(
            published.apply(LakeTable.METER_READINGS),
            newRows(parsed, MeterFileRows.ACCEPTED),
            files));
    tables.put(
        LakeTable.POWER_QUARANTINE,
        current(
            published.apply(LakeTable.POWER_QUARANTINE),
            newRows(parsed, MeterFileRows.QUARANTINED),
            files));
    return tables;
  }

  /**
   * Every file ever ingested ({@code published} plus the new ones of {@code parsed}) with {@code
   * is_current}: the highest readable version of its county-date, the latest ingested among equal
   * versions.
   */
  public static Dataset<Row> files(Dataset<Row> parsed, Dataset<Row> published) {
    String[] names = LakeSchemas.FILES.fieldNames();
    Dataset<Row> newFiles =
        newFiles(parsed).select(names[0], Arrays.copyOfRange(names, 1, names.length));
    String read = FileStatus.READ.name();
    var latestFirst =
        Window.partitionBy(col("county_code"), col("report_date"), col("status").equalTo(read))
            .orderBy(col("version").desc(), col("ingested_at").desc(), col("source_file").desc());
    return published
        .unionByName(newFiles)
        .withColumn(
            "is_current",
            when(
                    col("status").equalTo(read).and(col("county_code").isNotNull()),
                    row_number().over(latestFirst).equalTo(1))
                .otherwise(lit(false)));
  }

  /**
   * The files of a files table (collected to the driver), with {@code rehash} whether each inbox
   * file is read again however unchanged it looks.
   */
  public static KnownFiles knownFiles(Dataset<Row> files, boolean rehash) {
    List<KnownFiles.Entry> entries = new ArrayList<>();
    for (Row row :
        files
            .select(
                "source_file",
                "source_sha256",
                "size_bytes",
                "arrived_at",
                "status",
                "ingested_at",
                "modified_at")
            .collectAsList()) {
      entries.add(
          new KnownFiles.Entry(
              row.getString(0),
              row.getString(1),
              row.isNullAt(2) ? null : row.getLong(2),
              instant(row.get(3)),
              FileStatus.READ.name().equals(row.getString(4)),
              row.isNullAt(5) ? Instant.EPOCH : instant(row.get(5)),
              instant(row.get(6))));
    }
    return new KnownFiles(entries, rehash);
  }

  /** A timestamp cell as an instant, whichever Java type the session returns timestamps as. */
  private static Instant instant(Object value) {
    return value == null
        ? null
        : value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  /**
   * The rows of one of the parsed rows' table columns ({@link ParsedFileRows#RAW} …): the new
   * files' rows of that table (a file already ingested has none).
   */
  public static Dataset<Row> newRows(Dataset<Row> parsed, String tableColumn) {
    return parsed.where(col(tableColumn).isNotNull()).select(tableColumn + ".*");
  }

  /** The files' own rows of the parsed rows: the {@code files} columns and already_ingested. */
  public static Dataset<Row> fileRows(Dataset<Row> parsed) {
    return parsed.where(col(ParsedFileRows.FILE).isNotNull()).select(ParsedFileRows.FILE + ".*");
  }

  /**
   * Published rows plus new rows, kept only where they come from a current file of {@code files}.
   */
  public static Dataset<Row> current(
      Dataset<Row> published, Dataset<Row> newRows, Dataset<Row> files) {
    Dataset<Row> currentFiles =
        files.where(col("is_current")).select("source_file", "source_sha256");
    return published
        .unionByName(newRows)
        .join(broadcast(currentFiles), new String[] {"source_file", "source_sha256"}, "left_semi");
  }

  /**
   * This run's row of {@code runs} (a table that only grows: the published rows are kept beside
   * it). It is written before the commit point and is visible only once the lake is published, so
   * its status is {@code PUBLISHED}: what happened after (catalog and reports) is in the run
   * manifest, which the catalog's {@code runs} view joins.
   */
  public static Dataset<Row> runs(
      SparkSession spark,
      String runId,
      Instant startedAt,
      Instant finishedAt,
      List<FileSummary> files) {
    FileSummary.Totals totals = FileSummary.Totals.of(FileSummary.newFiles(files));
    Row run =
        RowFactory.create(
            runId,
            startedAt,
            finishedAt,
            "PUBLISHED",
            RuleVersion.CURRENT,
            (long) files.size(),
            totals.files(),
            totals.rejected(),
            totals.rowsRead(),
            totals.rowsAccepted(),
            totals.rowsQuarantined(),
            totals.duplicatesCollapsed(),
            Boolean.TRUE);
    return spark.createDataFrame(List.of(run), LakeSchemas.RUNS);
  }

  /**
   * The reconciliation line of every parsed file (submissions or meter files), in file name order
   * (not yet marked current).
   */
  public static List<FileSummary> summaries(Dataset<Row> parsed) {
    List<FileSummary> summaries = new ArrayList<>();
    for (Row row :
        fileRows(parsed)
            .select(ParsedFileRows.ALREADY_INGESTED, LakeSchemas.FILES.fieldNames())
            .orderBy("source_file")
            .collectAsList()) {
      boolean already = row.getAs(ParsedFileRows.ALREADY_INGESTED);
      summaries.add(
          new FileSummary(
              row.getAs("source_file"),
              row.getAs("source_sha256"),
              row.getAs("county_code"),
              row.getAs("report_date"),
              row.getAs("version"),
              row.getAs("arrived_at"),
              whole(row, "size_bytes"),
              already ? FileStatus.ALREADY_INGESTED : FileStatus.valueOf(row.getAs("status")),
              row.getAs("rejection"),
              row.getAs("rejection_message"),
              row.getAs("encoding"),
              whole(row, "rows_read"),
              whole(row, "rows_accepted"),
              whole(row, "rows_quarantined"),
              whole(row, "duplicates_collapsed"),
              whole(row, "warnings"),
              already,
              false));
    }
    return summaries;
  }

  private static Dataset<Row> newFiles(Dataset<Row> parsed) {
    return fileRows(parsed).where(col(ParsedFileRows.ALREADY_INGESTED).equalTo(false));
  }

  private static long whole(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
