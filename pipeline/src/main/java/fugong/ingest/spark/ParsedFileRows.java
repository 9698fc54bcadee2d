package fugong.ingest.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;

import fugong.domain.ChecklistItem;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.ingest.RawCells;
import fugong.ingest.Submission;
import fugong.ingest.SubmissionFileName;
import fugong.lake.LakeSchemas;
import fugong.sheet.Problem;
import fugong.spark.SparkValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The parsed rows of the inbox files, flat: one Spark row per file (column {@link #FILE}: the
 * file's {@code files} columns and whether it was already ingested) and one per row of each lake
 * table it feeds (one column per table), each parsed row holding exactly one of them. A file is
 * parsed once on one executor and its rows are handed to Spark one at a time, as they are built; no
 * row holds a whole file, so a file's size is bounded by the validator's outcome, not by a Spark
 * row. Every table is a projection of its column's non-null rows.
 */
public final class ParsedFileRows {
  public static final String FILE = "file";
  public static final String ALREADY_INGESTED = "already_ingested";
  public static final String RAW = "raw";
  public static final String ACCEPTED = "accepted";
  public static final String QUARANTINED = "quarantined";
  public static final String WARNINGS = "warning_rows";
  public static final String CONTACTS = "contacts";

  /** The columns of a file's own row: those of {@code files}, then already_ingested. */
  public static final StructType FILE_COLUMNS = fileColumnsSchema();

  public static final StructType SCHEMA =
      schema(
          List.of(RAW, ACCEPTED, QUARANTINED, WARNINGS, CONTACTS),
          List.of(
              LakeSchemas.RAW_ROWS,
              LakeSchemas.SUBMISSIONS,
              LakeSchemas.QUARANTINE,
              LakeSchemas.WARNINGS,
              LakeSchemas.CONTACTS));

  private static final int SLOTS = SCHEMA.size();

  /** Where a file's row holds its raw_headers. */
  private static final int RAW_HEADERS = LakeSchemas.FILES.fieldIndex("raw_headers");

  private ParsedFileRows() {}

  private static StructType fileColumnsSchema() {
    List<StructField> fields = new ArrayList<>(List.of(LakeSchemas.FILES.fields()));
    fields.add(new StructField(ALREADY_INGESTED, BooleanType, false, Metadata.empty()));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * The schema of flat parsed rows: {@link #FILE}, then one column per table ({@code names}, of the
   * row types {@code tables}); every column nullable, one set per row.
   */
  static StructType schema(List<String> names, List<StructType> tables) {
    List<StructField> fields = new ArrayList<>();
    fields.add(new StructField(FILE, FILE_COLUMNS, true, Metadata.empty()));
    for (int index = 0; index < names.size(); index++) {
      fields.add(new StructField(names.get(index), tables.get(index), true, Metadata.empty()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * The parsed row that holds {@code value} in column {@code slot} (0: the file's row) of a schema
   * of {@code slots} columns.
   */
  static Row slot(int slot, int slots, Row value) {
    Object[] values = new Object[slots];
    values[slot] = value;
    return RowFactory.create(values);
  }

  /** A file already in the lake with the same name and content: listed, not ingested again. */
  public static Row alreadyIngested(
      InboxFile file, String sha256, String runId, Instant ingestedAt) {
    return alreadyIngested(file, sha256, SLOTS);
  }

  /**
   * The parsed row of a file already ingested, for a schema of {@code slots} columns: only its
   * name, SHA-256 and already_ingested = true.
   */
  static Row alreadyIngested(InboxFile file, String sha256, int slots) {
    List<Object> values = new ArrayList<>();
    values.add(file.name());
    values.add(sha256);
    for (int index = 2; index < LakeSchemas.FILES.size(); index++) {
      values.add(null);
    }
    values.add(Boolean.TRUE);
    return slot(0, slots, RowFactory.create(values.toArray()));
  }

  /**
   * The parsed rows of a file that was read or rejected: its own row first, then its rows of {@code
   * raw_rows} and {@code contacts}, {@code submissions}, {@code quarantine} and {@code warnings},
   * each built when Spark asks for it.
   */
  public static Iterator<Row> of(
      InboxFile file, String sha256, FileOutcome outcome, String runId, Instant ingestedAt) {
    String county = outcome.name() == null ? null : outcome.name().countyCode();
    LocalDate date = outcome.name() == null ? null : outcome.name().reportDate();
    Integer version = outcome.name() == null ? null : outcome.name().version();
    boolean read = outcome.status() == FileStatus.READ;
    List<Object> values =
        fileColumns(
            file,
            sha256,
            outcome.name(),
            outcome.status(),
            read ? null : outcome.rejection(),
            read ? null : outcome.rejectionMessage(),
            outcome.encoding(),
            outcome.rowsRead(),
            outcome.accepted().size(),
            outcome.quarantined().size(),
            outcome.duplicatesCollapsed(),
            outcome.warnings().size(),
            runId,
            ingestedAt);
    RawCells rawCells = RawCells.of(outcome.rawRows());
    List<String> rawHeaders = rawCells.headers();
    values.set(RAW_HEADERS, rawHeaders == null ? null : SparkValues.array(rawHeaders));
    Row fileRow = slot(0, SLOTS, RowFactory.create(values.toArray()));
    return chain(
        List.of(fileRow).iterator(),
        outcome.rawRows().stream()
            .map(
                row -> {
                  // narrow: the cells under the file's raw_headers; a map only for a row they
                  // do not name
                  List<String> cells = rawCells.values(row);
                  return slot(
                      1,
                      SLOTS,
                      RowFactory.create(
                          county,
                          file.name(),
                          sha256,
                          row.sourceRow(),
                          cells == null ? SparkValues.map(row.cells()) : null,
                          cells == null ? null : SparkValues.array(cells),
                          runId,
                          date));
                })
            .iterator(),
        outcome.accepted().stream()
            .map(submission -> slot(2, SLOTS, submission(submission, sha256, version, runId)))
            .iterator(),
        outcome.quarantined().stream()
            .map(row -> slot(3, SLOTS, quarantined(row, sha256, version, runId)))
            .iterator(),
        outcome.warnings().stream()
            .map(
                warning ->
                    slot(
                        4,
                        SLOTS,
                        RowFactory.create(
                            county,
                            file.name(),
                            sha256,
                            warning.row(),
                            warning.column(),
                            warning.code(),
                            warning.cell(),
                            warning.explanation(),
                            runId,
                            date)))
            .iterator(),
        outcome.rawRows().stream()
            .filter(
                row ->
                    !row.reporter().isEmpty()
                        || !row.phone().isEmpty()
                        || row.untrustedCells() != null)
            .map(
                row ->
                    slot(
                        5,
                        SLOTS,
                        RowFactory.create(
                            file.name(),
                            sha256,
                            row.sourceRow(),
                            row.reporter(),
                            row.phone(),
                            runId,
                            row.untrustedCells() == null
                                ? null
                                : SparkValues.map(row.untrustedCells()))))
            .iterator());
  }

  /** The rows of {@code parts}, one part after the other, none read before it is asked for. */
  @SafeVarargs
  static Iterator<Row> chain(Iterator<Row>... parts) {
    return new Iterator<>() {
      private int part;

      @Override
      public boolean hasNext() {
        while (part < parts.length && !parts[part].hasNext()) {
          part++;
        }
        return part < parts.length;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return parts[part].next();
      }
    };
  }

  /**
   * The {@code files} columns of a file that was read or rejected (is_current is decided later),
   * then already_ingested = false.
   */
  static List<Object> fileColumns(
      InboxFile file,
      String sha256,
      SubmissionFileName name,
      FileStatus status,
      FileRejection rejection,
      String rejectionMessage,
      String encoding,
      long rowsRead,
      long rowsAccepted,
      long rowsQuarantined,
      long duplicatesCollapsed,
      long warnings,
      String runId,
      Instant ingestedAt) {
    List<Object> values = new ArrayList<>();
    values.add(file.name());
    values.add(sha256);
    values.add(name == null ? null : name.countyCode());
    values.add(name == null ? null : name.reportDate());
    values.add(name == null ? null : name.version());
    values.add(file.arrivedAt());
    values.add(file.modifiedAt());
    values.add(file.sizeBytes());
    values.add(status.name());
    values.add(rejection == null ? null : rejection.name());
    values.add(rejectionMessage);
    values.add(encoding);
    values.add(rowsRead);
    values.add(rowsAccepted);
    values.add(rowsQuarantined);
    values.add(duplicatesCollapsed);
    values.add(warnings);
    values.add(runId);
    values.add(ingestedAt);
    values.add(null); // is_current, decided later
    values.add(null); // raw_headers, of a submission file that has raw rows
    values.add(Boolean.FALSE);
    return values;
  }

  /** A quarantined row as a row of the {@code quarantine} schema. */
  static Row quarantined(QuarantinedRow row, String sha256, Integer version, String runId) {
    List<Row> problems = row.problems().stream().map(ParsedFileRows::problem).toList();
    return RowFactory.create(
        row.countyCode(),
        row.uscc(),
        row.sourceFile(),
        sha256,
        row.sourceRow(),
        SparkValues.array(row.reasons()),
        SparkValues.array(problems),
        SparkValues.map(row.cells()),
        version,
        runId,
        row.reportDate());
  }

  private static Row problem(Problem problem) {
    return RowFactory.create(
        problem.column(), problem.code(), problem.cell(), problem.explanation());
  }

  private static Row submission(
      Submission submission, String sha256, Integer version, String runId) {
    List<Object> values = new ArrayList<>();
    values.add(submission.countyCode());
    values.add(submission.uscc());
    values.add(submission.name());
    values.add(submission.resumed());
    values.add(submission.resumedOn());
    values.add(submission.employeesOnDuty());
    values.add(submission.outputValue());
    for (ChecklistItem item : ChecklistItem.values()) {
      values.add(submission.checklist().get(item.code()));
    }
    values.add(submission.dormRooms());
    values.add(submission.dormResidents());
    values.add(submission.dormAreaSquareMetres());
    values.add(submission.suspected());
    values.add(submission.isolated());
    values.add(submission.confirmed());
    values.add(SparkValues.array(submission.difficulties()));
    values.add(submission.difficultyNote());
    values.add(submission.sourceFile());
    values.add(sha256);
    values.add(submission.sourceRow());
    values.add(version);
    values.add(runId);
    values.add(submission.reportDate());
    return RowFactory.create(values.toArray());
  }
}
