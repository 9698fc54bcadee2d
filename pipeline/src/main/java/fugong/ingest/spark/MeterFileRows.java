package fugong.ingest.spark;

import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.lake.LakeSchemas;
import fugong.lake.PowerSchemas;
import fugong.power.PowerFileOutcome;
import fugong.power.PowerFileValidator;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The flat parsed rows of meter files (DOMAIN.md §3.2), as {@link ParsedFileRows} for submissions:
 * one row per file (its {@code power_files} columns, those of {@code files}) and one per {@code
 * meter_readings} and {@code power_quarantine} row. A meter file has no raw-row, warning or contact
 * table: only its three meter columns are kept.
 */
public final class MeterFileRows {
  public static final String ACCEPTED = ParsedFileRows.ACCEPTED;
  public static final String QUARANTINED = ParsedFileRows.QUARANTINED;

  public static final StructType SCHEMA =
      ParsedFileRows.schema(
          List.of(ACCEPTED, QUARANTINED),
          List.of(PowerSchemas.METER_READINGS, LakeSchemas.QUARANTINE));

  private static final int SLOTS = SCHEMA.size();

  private MeterFileRows() {}

  /**
   * How {@link InboxParser} reads meter files: with {@code validator}, at most {@code maxBytes}.
   */
  public static FileReading<PowerFileOutcome> reading(
      PowerFileValidator validator, long maxFileBytes) {
    return new Reading(validator, maxFileBytes);
  }

  static Iterator<Row> of(
      InboxFile file, String sha256, PowerFileOutcome outcome, String runId, Instant ingestedAt) {
    Integer version = outcome.name() == null ? null : outcome.name().version();
    boolean read = outcome.status() == FileStatus.READ;
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
    return ParsedFileRows.chain(
        List.of(ParsedFileRows.slot(0, SLOTS, RowFactory.create(values.toArray()))).iterator(),
        outcome.accepted().stream()
            .map(
                reading ->
                    ParsedFileRows.slot(
                        1,
                        SLOTS,
                        RowFactory.create(
                            reading.countyCode(),
                            reading.uscc(),
                            reading.kilowattHours(),
                            reading.sourceFile(),
                            sha256,
                            reading.sourceRow(),
                            version,
                            runId,
                            reading.reportDate())))
            .iterator(),
        outcome.quarantined().stream()
            .map(
                row ->
                    ParsedFileRows.slot(
                        2, SLOTS, ParsedFileRows.quarantined(row, sha256, version, runId)))
            .iterator());
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
    public Iterator<Row> rows(
        InboxFile file, String sha256, PowerFileOutcome outcome, String runId, Instant ingestedAt) {
      return MeterFileRows.of(file, sha256, outcome, runId, ingestedAt);
    }

    @Override
    public Row alreadyIngested(InboxFile file, String sha256, String runId, Instant ingestedAt) {
      return ParsedFileRows.alreadyIngested(file, sha256, SLOTS);
    }
  }
}
