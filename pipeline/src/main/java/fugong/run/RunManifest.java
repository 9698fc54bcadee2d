package fugong.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run did, written to {@code OUT/runs/{run_id}.json}: inputs seen with hashes, rows
 * read/accepted/quarantined per file, outputs written, timings, and the §3.1 identity check. The
 * row sums are those of the submission files; the meter files (DOMAIN.md §3.2) are listed apart in
 * {@code meterFiles} with their sums in {@code meterTotals}, {@code power} being the folder they
 * were listed in (null: none).
 */
public record RunManifest(
    String runId,
    String ruleVersion,
    Instant startedAt,
    Instant finishedAt,
    String status,
    String failure,
    String inbox,
    String reference,
    List<FileSummary> files,
    Map<String, String> outputs,
    List<StageTiming> timings,
    long rowsRead,
    long rowsAccepted,
    long rowsQuarantined,
    long duplicatesCollapsed,
    boolean identityHolds,
    String power,
    List<FileSummary> meterFiles,
    FileSummary.Totals meterTotals) {

  public void write(String outputFolder, Configuration hadoopConfiguration) {
    Path target = new Path(new Path(outputFolder, "runs"), runId + ".json");
    try {
      FileSystem fileSystem = target.getFileSystem(hadoopConfiguration);
      fileSystem.setWriteChecksum(false);
      ObjectMapper mapper =
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .enable(SerializationFeature.INDENT_OUTPUT);
      try (OutputStream output = fileSystem.create(target, true)) {
        mapper.writeValue(output, this);
      }
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot write the run manifest " + target + ": " + failure.getMessage(),
          failure);
    }
  }
}
