package fugong.ingest.spark;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.FileStatus;
import fugong.lake.LakeSchemas;
import fugong.run.FileSummary;
import fugong.spark.LocalSpark;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The ingest tables from parsed files, on hand-made files: which version of a county-date is
 * current, which rows survive, the runs row and each file's reconciliation line read by name.
 */
class IngestTablesTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 1);
  private static final Instant EARLIER = Instant.parse("2020-03-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2020-03-02T10:00:00Z");

  /** A row of {@code schema} from values by column name (others NULL), for nesting in arrays. */
  private static Row nested(StructType schema, Map<String, Object> values) {
    List<Object> cells = new ArrayList<>();
    for (StructField field : schema.fields()) {
      cells.add(values.get(field.name()));
    }
    return RowFactory.create(cells.toArray());
  }

  /**
   * Flat parsed rows: each file's own row (its map's file columns) and, after it, a row for each
   * submission of its {@link ParsedFileRows#ACCEPTED} entry.
   */
  @SafeVarargs
  private static Dataset<Row> parsed(Map<String, Object>... files) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> file : files) {
      Map<String, Object> columns = new java.util.HashMap<>(file);
      Object accepted = columns.remove(ParsedFileRows.ACCEPTED);
      rows.add(row(ParsedFileRows.FILE, nested(ParsedFileRows.FILE_COLUMNS, columns)));
      if (accepted != null) {
        for (Object submission : (List<?>) accepted) {
          rows.add(row(ParsedFileRows.ACCEPTED, submission));
        }
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object>[] array = rows.toArray(Map[]::new);
    return rows(ParsedFileRows.SCHEMA, array);
  }

  private static Map<String, Object> parsedFile(
      String name, String county, int version, String status, boolean alreadyIngested) {
    Map<String, Object> file =
        row(
            "source_file",
            name,
            "source_sha256",
            "sha-" + name,
            "county_code",
            county,
            "report_date",
            DAY,
            "version",
            version,
            "status",
            status,
            "ingested_at",
            LATER,
            ParsedFileRows.ALREADY_INGESTED,
            alreadyIngested);
    return file;
  }

  /** A file of the lake, read as version 1 of DAY at EARLIER and current. */
  private static Map<String, Object> publishedFile(String name, String sha256, String county) {
    return row(
        "source_file",
        name,
        "source_sha256",
        sha256,
        "county_code",
        county,
        "report_date",
        DAY,
        "version",
        1,
        "status",
        "READ",
        "ingested_at",
        EARLIER,
        "is_current",
        true);
  }

  /** A file of the lake by name (its digest {@code sha-NAME}), current or not; nothing else. */
  private static Map<String, Object> fileCurrency(String name, boolean current) {
    return row("source_file", name, "source_sha256", "sha-" + name, "is_current", current);
  }

  @Test
  void theHighestReadableVersionIsCurrentAndTheLatestIngestedAmongEqualOnes() {
    Dataset<Row> published =
        rows(
            LakeSchemas.FILES,
            publishedFile("131102_20200301.csv", "s1", "131102"),
            publishedFile("131103_20200301.csv", "s2", "131103"));
    Dataset<Row> parsed =
        parsed(
            parsedFile("131102_20200301_v2.csv", "131102", 2, "READ", false),
            parsedFile("131102_20200301_v3.csv", "131102", 3, "REJECTED", false),
            parsedFile("131103_20200301 copy.csv", "131103", 1, "READ", false),
            parsedFile("131102_20200301.csv", "131102", 1, "READ", true));
    Map<String, Boolean> current = new TreeMap<>();
    for (Row row : IngestTables.files(parsed, published).collectAsList()) {
      current.put(row.getAs("source_file"), row.getAs("is_current"));
    }
    assertThat(current)
        .as("the already-ingested file is not listed twice; a rejected v3 is never current")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "131102_20200301.csv", false,
                "131102_20200301_v2.csv", true,
                "131102_20200301_v3.csv", false,
                "131103_20200301.csv", false,
                "131103_20200301 copy.csv", true));
  }

  @Test
  void rowTablesKeepTheRowsOfCurrentFilesOnly() {
    Dataset<Row> parsed =
        parsed(
            withAccepted(parsedFile("131102_20200301_v2.csv", "131102", 2, "READ", false), "B"),
            parsedFile("131103_20200301.csv", "131103", 1, "READ", true),
            withAccepted(parsedFile("131104_20200301.csv", "131104", 1, "READ", false), "C"));
    Dataset<Row> newRows = IngestTables.newRows(parsed, ParsedFileRows.ACCEPTED);
    assertThat(newRows.collectAsList())
        .extracting(row -> row.<String>getAs("uscc"))
        .as("every table row of the parsed files, whichever file it follows")
        .containsExactlyInAnyOrder("B", "C");

    Dataset<Row> published =
        rows(
            LakeSchemas.SUBMISSIONS,
            row(
                "uscc",
                "A",
                "source_file",
                "131102_20200301.csv",
                "source_sha256",
                "sha-131102_20200301.csv",
                "report_date",
                DAY));
    Dataset<Row> files =
        rows(
            LakeSchemas.FILES,
            fileCurrency("131102_20200301.csv", false),
            fileCurrency("131102_20200301_v2.csv", true));
    assertThat(IngestTables.current(published, newRows, files).collectAsList())
        .extracting(row -> row.<String>getAs("uscc"))
        .containsExactly("B");
  }

  private static Map<String, Object> withAccepted(Map<String, Object> file, String uscc) {
    file.put(
        ParsedFileRows.ACCEPTED,
        List.of(
            nested(
                LakeSchemas.SUBMISSIONS,
                row(
                    "uscc",
                    uscc,
                    "source_file",
                    file.get("source_file"),
                    "source_sha256",
                    file.get("source_sha256"),
                    "report_date",
                    DAY))));
    return file;
  }

  @Test
  void reconciliationLinesTotalsAndTheRunsRow() {
    Map<String, Object> read = parsedFile("131102_20200301.csv", "131102", 1, "READ", false);
    read.putAll(
        row(
            "size_bytes",
            100L,
            "rows_read",
            4L,
            "rows_accepted",
            2L,
            "rows_quarantined",
            1L,
            "duplicates_collapsed",
            1L,
            "warnings",
            3L,
            "encoding",
            "UTF-8"));
    Map<String, Object> rejected =
        parsedFile("131103_20200301.xlsx", "131103", 1, "REJECTED", false);
    rejected.putAll(row("rejection", "READ_FAILED", "rejection_message", "cannot be read"));
    Map<String, Object> seen = parsedFile("131121_20200301.csv", null, 1, null, true);
    seen.put("report_date", null);
    List<FileSummary> summaries = IngestTables.summaries(parsed(seen, rejected, read));

    assertThat(summaries)
        .extracting(FileSummary::sourceFile)
        .as("in file name order")
        .containsExactly("131102_20200301.csv", "131103_20200301.xlsx", "131121_20200301.csv");
    FileSummary first = summaries.get(0);
    assertThat(first.status()).isEqualTo(FileStatus.READ);
    assertThat(first.sizeBytes()).isEqualTo(100L);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.reportDate()).isEqualTo(DAY);
    assertThat(first.encoding()).isEqualTo("UTF-8");
    assertThat(
            List.of(
                first.rowsRead(),
                first.rowsAccepted(),
                first.rowsQuarantined(),
                first.duplicatesCollapsed(),
                first.warnings()))
        .containsExactly(4L, 2L, 1L, 1L, 3L);
    assertThat(first.identityHolds()).isTrue();
    assertThat(summaries.get(1).rejected()).isTrue();
    assertThat(summaries.get(1).rejection()).isEqualTo("READ_FAILED");
    FileSummary already = summaries.get(2);
    assertThat(already.status()).isEqualTo(FileStatus.ALREADY_INGESTED);
    assertThat(already.alreadyIngested()).isTrue();
    assertThat(already.rowsRead()).isZero();

    FileSummary.Totals totals = FileSummary.Totals.of(FileSummary.newFiles(summaries));
    assertThat(totals).isEqualTo(new FileSummary.Totals(2, 1, 4, 2, 1, 1));

    List<Row> runs =
        IngestTables.runs(LocalSpark.session(), "now", EARLIER, LATER, summaries).collectAsList();
    assertThat(runs).hasSize(1);
    Row run = runs.get(0);
    assertThat(run.<String>getAs("run_id")).isEqualTo("now");
    assertThat(run.<String>getAs("status")).isEqualTo("PUBLISHED");
    assertThat(
            List.of(
                run.<Long>getAs("files_seen"),
                run.<Long>getAs("files_new"),
                run.<Long>getAs("files_rejected")))
        .containsExactly(3L, 2L, 1L);
    assertThat(
            List.of(
                run.<Long>getAs("rows_read"),
                run.<Long>getAs("rows_accepted"),
                run.<Long>getAs("rows_quarantined"),
                run.<Long>getAs("duplicates_collapsed")))
        .containsExactly(4L, 2L, 1L, 1L);
    assertThat(run.<Instant>getAs("finished_at")).isEqualTo(LATER);
  }

  @Test
  void knownFilesAreNameAndContentAndEachNamesLatestCopy() {
    Dataset<Row> files =
        rows(
            LakeSchemas.FILES,
            row(
                "source_file",
                "a.csv",
                "source_sha256",
                "123",
                "size_bytes",
                10L,
                "arrived_at",
                EARLIER,
                "status",
                "READ",
                "ingested_at",
                EARLIER),
            row(
                "source_file",
                "a.csv",
                "source_sha256",
                "124",
                "size_bytes",
                11L,
                "arrived_at",
                LATER,
                "status",
                "READ",
                "ingested_at",
                LATER),
            row(
                "source_file",
                "b.csv",
                "source_sha256",
                "456",
                "size_bytes",
                20L,
                "arrived_at",
                EARLIER,
                "status",
                "REJECTED",
                "ingested_at",
                EARLIER));
    KnownFiles known = IngestTables.knownFiles(files, false);
    assertThat(known.contains("a.csv", "123")).isTrue();
    assertThat(known.contains("a.csv", "124")).isTrue();
    assertThat(known.contains("b.csv", "456")).isTrue();
    assertThat(known.contains("b.csv", "123")).isFalse();
    // a.csv's latest copy (ingested LATER) is 11 bytes, modified LATER
    assertThat(known.unchanged(InboxFile.readable("/in/a.csv", "a.csv", 11, LATER, LATER, true)))
        .contains("124");
    assertThat(
            known.unchanged(InboxFile.readable("/in/a.csv", "a.csv", 10, EARLIER, EARLIER, true)))
        .isEmpty();
    // b.csv was rejected: read again
    assertThat(
            known.unchanged(InboxFile.readable("/in/b.csv", "b.csv", 20, EARLIER, EARLIER, true)))
        .isEmpty();
    assertThat(
            IngestTables.knownFiles(files, true)
                .unchanged(InboxFile.readable("/in/a.csv", "a.csv", 11, LATER, LATER, true)))
        .isEmpty();
  }
}
