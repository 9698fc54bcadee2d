package fugong.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.spark.RevisionTable;
import fugong.run.RunIds;
import fugong.spark.SparkJobs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The revision log of the metrics run ({@link RevisionTable}, docs/metrics.md "Revisions"):
 * compares the unit tables' figures of the dates this run rewrote with those published before and
 * appends the differences to {@code revisions}. A run that changes no published figure writes
 * nothing; the first run of an output folder writes the table empty, so that its view exists.
 */
final class RevisionStep {
  /** The reference tables: a version written since the last figures is a reference change. */
  private static final List<LakeTable> REFERENCE_TABLES =
      List.of(LakeTable.COUNTIES, LakeTable.ASSIGNMENTS, LakeTable.ENTERPRISES);

  private final LakeJob<?, ?> metrics;
  private final PublishedState base;

  /** {@code base}: the state the run computes from (the published figures, the new inbox). */
  RevisionStep(LakeJob<?, ?> metrics, PublishedState base) {
    this.metrics = metrics;
    this.base = base;
  }

  /**
   * Writes this run's revisions: the figures of {@code recomputed} (the unit tables as written, by
   * table) on the dates {@code written} that differ from those published. {@code files}: the lake's
   * files table; {@code publishedThrough}: the latest report date.
   */
  void write(
      MetricTableWriter writer,
      Map<LakeTable, Dataset<Row>> recomputed,
      Column written,
      Dataset<Row> files,
      LocalDate publishedThrough) {
    Optional<String> previousFigures = base.location(LakeTable.COUNTY_DAILY);
    if (previousFigures.isEmpty()) {
      if (base.location(LakeTable.REVISIONS).isEmpty()) {
        writer.write(LakeTable.REVISIONS, () -> empty());
      } else {
        metrics.counts.advance(IngestJob.TABLES);
      }
      return;
    }
    String previousRun = runOf(previousFigures.get());
    Map<LakeTable, Dataset<Row>> published = new EnumMap<>(LakeTable.class);
    Map<LakeTable, Dataset<Row>> compared = new EnumMap<>(LakeTable.class);
    for (LakeTable table : RevisionTable.TABLES) {
      published.put(table, metrics.lake.read(table, base).where(written));
      compared.put(table, recomputed.get(table).where(written));
    }
    Instant previousStart = RunIds.startedAt(previousRun).orElse(Instant.EPOCH);
    Dataset<Row> newFiles =
        files.where(
            col("ingest_run_id")
                .notEqual(lit(previousRun))
                .and(col("ingested_at").geq(lit(java.sql.Timestamp.from(previousStart))))
                .and(col("rows_accepted").gt(0))
                .and(col("county_code").isNotNull())
                .and(col("report_date").isNotNull()));
    boolean referenceChanged =
        REFERENCE_TABLES.stream()
            .map(base::location)
            .flatMap(Optional::stream)
            .map(RevisionStep::runOf)
            .anyMatch(run -> writtenSince(run, previousRun, previousStart));
    Dataset<Row> revisions =
        RevisionTable.of(published, compared, newFiles, referenceChanged, publishedThrough)
            .persist(StorageLevel.MEMORY_AND_DISK());
    boolean none =
        SparkJobs.describe(metrics.spark, metrics.job, "revisions", () -> revisions.isEmpty());
    if (!none || base.location(LakeTable.REVISIONS).isEmpty()) {
      writer.write(LakeTable.REVISIONS, () -> revisions);
    } else {
      metrics.counts.advance(IngestJob.TABLES); // considered: nothing to add
    }
    revisions.unpersist();
  }

  private Dataset<Row> empty() {
    return metrics.spark.createDataFrame(List.of(), LakeTable.REVISIONS.schema()).drop("run_id");
  }

  /** The run that wrote a version folder ({@code lake/{table}/{run id}}). */
  private static String runOf(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** True for a version written by another run that started at or after {@code previousStart}. */
  private static boolean writtenSince(String run, String previousRun, Instant previousStart) {
    return !run.equals(previousRun)
        && RunIds.startedAt(run).map(start -> !start.isBefore(previousStart)).orElse(false);
  }
}
