package fugong.jobs;

import fugong.ingest.InboxLimits;
import fugong.run.RunIds;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;

/** The real {@link IngestJob}, run now on an inbox and reference folder into {@code out}. */
final class TestIngest {
  private TestIngest() {}

  /** {@code rehash}: every inbox file is read again however unchanged it looks. */
  static IngestJob.Result run(
      SparkSession spark, Path inbox, Path reference, Path out, boolean rehash) {
    Instant started = Instant.now();
    return new IngestJob(
            spark,
            new IngestJob.Config(
                inbox.toString(),
                reference,
                out.toString(),
                RunIds.next(started),
                started,
                InboxLimits.DEFAULTS.withQuietSeconds(0),
                null,
                rehash))
        .run();
  }
}
