package fugong.ingest.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import fugong.domain.ChecklistItem;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.ingest.RawRow;
import fugong.ingest.Submission;
import fugong.ingest.SubmissionFileName;
import fugong.lake.LakeSchemas;
import fugong.sheet.Problem;
import fugong.spark.SparkValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Spark row per inbox file: the file's {@code files} columns plus its rows for each lake table
 * as arrays, so a whole file is parsed once on one executor and every table is a projection.
 */
public final class ParsedFileRows {
  public static final String ALREADY_INGESTED = "already_ingested";
  public static final String RAW = "raw";
  public static final String ACCEPTED = "accepted";
  public static final String QUARANTINED = "quarantined";
  public static final String WARNINGS = "warning_rows";
  public static final String CONTACTS = "contacts";

  public static final StructType SCHEMA = schema();

  private ParsedFileRows() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(LakeSchemas.FILES.fields()));
    fields.add(new StructField(ALREADY_INGESTED, BooleanType, false, Metadata.empty()));
    fields.add(array(RAW, LakeSchemas.RAW_ROWS));
    fields.add(array(ACCEPTED, LakeSchemas.SUBMISSIONS));
    fields.add(array(QUARANTINED, LakeSchemas.QUARANTINE));
    fields.add(array(WARNINGS, LakeSchemas.WARNINGS));
    fields.add(array(CONTACTS, LakeSchemas.CONTACTS));
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructField array(String name, StructType element) {
    return new StructField(name, createArrayType(element), false, Metadata.empty());
  }

  /** A file already in the lake with the same name and content: listed, not ingested again. */
  public static Row alreadyIngested(
      InboxFile file, String sha256, String runId, Instant ingestedAt) {
    return alreadyIngested(file, sha256, 5);
  }

  /**
   * The parsed row of a file already ingested, for a schema of the {@code files} columns,
   * already_ingested and {@code arrays} row arrays (all empty).
   */
  static Row alreadyIngested(InboxFile file, String sha256, int arrays) {
    List<Object> values = new ArrayList<>();
    values.add(file.name());
    values.add(sha256);
    for (int index = 2; index < LakeSchemas.FILES.size(); index++) {
      values.add(null);
    }
    values.add(Boolean.TRUE);
    for (int index = 0; index < arrays; index++) {
      values.add(SparkValues.array(List.of()));
    }
    return RowFactory.create(values.toArray());
  }

  public static Row of(
      InboxFile file, String sha256, FileOutcome outcome, String runId, Instant ingestedAt) {
    String county = outcome.name() == null ? null : outcome.name().countyCode();
    LocalDate date = outcome.name() == null ? null : outcome.name().reportDate();
    Integer version = outcome.name() == null ? null : outcome.name().version();
    boolean read = outcome.status() == FileStatus.READ;

    List<Row> raw = new ArrayList<>();
    List<Row> contacts = new ArrayList<>();
    for (RawRow row : outcome.rawRows()) {
      raw.add(
          RowFactory.create(
              county,
              file.name(),
              sha256,
              row.sourceRow(),
              SparkValues.map(row.cells()),
              runId,
              date));
      if (!row.reporter().isEmpty() || !row.phone().isEmpty() || row.untrustedCells() != null) {
        contacts.add(
            RowFactory.create(
                file.name(),
                sha256,
                row.sourceRow(),
                row.reporter(),
                row.phone(),
                runId,
                row.untrustedCells() == null ? null : SparkValues.map(row.untrustedCells())));
      }
    }
    List<Row> accepted = new ArrayList<>();
    for (Submission submission : outcome.accepted()) {
      accepted.add(submission(submission, sha256, version, runId));
    }
    List<Row> quarantined = new ArrayList<>();
    for (QuarantinedRow row : outcome.quarantined()) {
      quarantined.add(quarantined(row, sha256, version, runId));
    }
    List<Row> warnings = new ArrayList<>();
    for (Problem warning : outcome.warnings()) {
      warnings.add(
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
              date));
    }
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
    values.add(SparkValues.array(raw));
    values.add(SparkValues.array(accepted));
    values.add(SparkValues.array(quarantined));
    values.add(SparkValues.array(warnings));
    values.add(SparkValues.array(contacts));
    return RowFactory.create(values.toArray());
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
    values.add(null);
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
