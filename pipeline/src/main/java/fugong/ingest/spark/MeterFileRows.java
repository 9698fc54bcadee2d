package fugong.ingest.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.lake.LakeSchemas;
import fugong.lake.PowerSchemas;
import fugong.power.PowerFileOutcome;
import fugong.power.PowerFileValidator;
import fugong.power.PowerReading;
import fugong.spark.SparkValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Spark row per meter file (DOMAIN.md §3.2): the file's {@code power_files} columns (those of
 * {@code files}) plus its {@code meter_readings} and {@code power_quarantine} rows as arrays. A
 * meter file has no raw-row, warning or contact table: only its three meter columns are kept.
 */
public final class MeterFileRows {
  public static final String ACCEPTED = ParsedFileRows.ACCEPTED;
  public static final String QUARANTINED = ParsedFileRows.QUARANTINED;

  public static final StructType SCHEMA = schema();

  private MeterFileRows() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(LakeSchemas.FILES.fields()));
    fields.add(
        new StructField(ParsedFileRows.ALREADY_INGESTED, BooleanType, false, Metadata.empty()));
    fields.add(
        new StructField(
            ACCEPTED, createArrayType(PowerSchemas.METER_READINGS), false, Metadata.empty()));
    fields.add(
        new StructField(
            QUARANTINED, createArrayType(LakeSchemas.QUARANTINE), false, Metadata.empty()));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * How {@link InboxParser} reads meter files: with {@code validator}, at most {@code maxBytes}.
   */
  public static FileReading<PowerFileOutcome> reading(
      PowerFileValidator validator, long maxFileBytes) {
    return new Reading(validator, maxFileBytes);
  }

  static Row of(
      InboxFile file, String sha256, PowerFileOutcome outcome, String runId, Instant ingestedAt) {
    Integer version = outcome.name() == null ? null : outcome.name().version();
    boolean read = outcome.status() == FileStatus.READ;
    List<Row> accepted = new ArrayList<>();
    for (PowerReading reading : outcome.accepted()) {
      accepted.add(
          RowFactory.create(
              reading.countyCode(),
              reading.uscc(),
              reading.kilowattHours(),
              reading.sourceFile(),
              sha256,
              reading.sourceRow(),
              version,
              runId,
              reading.reportDate()));
    }
    List<Row> quarantined = new ArrayList<>();
    for (QuarantinedRow row : outcome.quarantined()) {
      quarantined.add(ParsedFileRows.quarantined(row, sha256, version, runId));
    }
    List<Object> values =
        ParsedFileRows.fileColumns(
            file,
            sha256,
            outcome.name(),
            outcome.status(),
            read ? null : outcome.rejection(),
            read ? null : outcome.message(),
            outcome.encoding(),
            outcome.rowsRead(),
            outcome.accepted().size(),
            outcome.quarantined().size(),
            outcome.collapsed(),
            0,
            runId,
            ingestedAt);
    values.add(SparkValues.array(accepted));
    values.add(SparkValues.array(quarantined));
    return RowFactory.create(values.toArray());
  }

  private record Reading(PowerFileValidator validator, long maxFileBytes)
      implements FileReading<PowerFileOutcome> {
    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public PowerFileOutcome validate(String fileName, byte[] content) {
      return validator.validate(fileName, content);
    }

    @Override
    public PowerFileOutcome refused(String fileName, FileRejection reason, String message) {
      return validator.refused(fileName, reason, message);
    }

    @Override
    public boolean rejected(PowerFileOutcome outcome) {
      return outcome.status() == FileStatus.REJECTED;
    }

    @Override
    public Row row(
        InboxFile file, String sha256, PowerFileOutcome outcome, String runId, Instant ingestedAt) {
      return MeterFileRows.of(file, sha256, outcome, runId, ingestedAt);
    }

    @Override
    public Row alreadyIngested(InboxFile file, String sha256, String runId, Instant ingestedAt) {
      return ParsedFileRows.alreadyIngested(file, sha256, 2);
    }
  }
}
