package fugong.jobs;

import fugong.lake.LakeTable;
import fugong.run.ProgressCounts;
import fugong.run.StageTimer;
import fugong.spark.ConcurrentJobs;
import fugong.spark.SparkJobs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a job's table versions, each under a Spark job named after its table, advancing the
 * progress count of {@link IngestJob#TABLES} and printing how long each took; several side by side
 * (most of a small write is planning and committing files). {@code timer}, when not null, records
 * each write as the stage {@code "JOB: table"}.
 */
record TableWrites(SparkSession spark, String job, ProgressCounts counts, StageTimer timer) {
  /** Writes {@code table} by {@code write}, which returns the version folder written. */
  String write(LakeTable table, Supplier<String> write) {
    Supplier<String> described = () -> SparkJobs.describe(spark, job, table.tableName(), write);
    StageTimer.Timed<String> written =
        timer == null
            ? StageTimer.measure(described)
            : timer.timed(job + ": " + table.tableName(), described);
    counts.advance(IngestJob.TABLES);
    counts.detail("  wrote " + table.tableName() + " (" + written.milliseconds() + " ms)");
    return written.value();
  }

  /** Runs {@code write} for each of {@code tables} side by side: what each returned, by table. */
  <V> Map<LakeTable, V> sideBySide(Collection<LakeTable> tables, Function<LakeTable, V> write) {
    return ConcurrentJobs.run(List.copyOf(tables), write);
  }
}
