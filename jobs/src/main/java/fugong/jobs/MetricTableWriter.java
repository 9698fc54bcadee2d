package fugong.jobs;

import static org.apache.spark.sql.functions.lit;

import fugong.lake.KeptFiles;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.StageTimer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes the metrics run's table versions, each under its own Spark job description and timing,
 * replacing only the report dates the run rewrites, and keeps the version folders written.
 */
final class MetricTableWriter {
  private final Lake lake;
  private final TableWrites writes;
  private final StageTimer timer;
  private final MetricsJob.Config config;
  private final PublishedState base;
  private final Column computed;
  private final Map<LakeTable, String> locations =
      Collections.synchronizedMap(new EnumMap<>(LakeTable.class));

  MetricTableWriter(
      LakeJob<?, ?> job, MetricsJob.Config config, PublishedState base, Column computed) {
    this.computed = computed;
    this.lake = job.lake;
    this.writes = job.tableWrites(true);
    this.timer = job.timer;
    this.config = config;
    this.base = base;
  }

  /** The version folders written so far, by table. */
  Map<LakeTable, String> locations() {
    return new EnumMap<>(locations);
  }

  /** Writes {@code tables} side by side, timed together as {@code stage}; the rows as written. */
  Map<LakeTable, Dataset<Row>> writeSideBySide(
      String stage, Map<LakeTable, Supplier<Dataset<Row>>> tables) {
    return timer.time(
        stage, () -> writes.sideBySide(tables.keySet(), table -> write(table, tables.get(table))));
  }

  /**
   * Writes a table's new version and returns its rows of the computed dates (those written, and the
   * look-back before them as published). Later steps read the written Parquet instead of extending
   * the plan that produced it: plans stay small (Spark's analysis time grows with plan size) and
   * nothing is computed twice.
   */
  Dataset<Row> write(LakeTable table, Supplier<Dataset<Row>> rows) {
    String location = writes.write(table, () -> writeVersion(table, rows.get()));
    locations.put(table, location);
    Dataset<Row> written = lake.readLocation(table, location);
    // the version holds every date (the kept ones linked); later steps need the computed ones
    return table.partitionedByDate() ? written.where(computed) : written;
  }

  private String writeVersion(LakeTable table, Dataset<Row> rows) {
    Dataset<Row> labelled = rows.withColumn("run_id", lit(config.runId()));
    // a table by date keeps the published files of the dates outside from..to as they are
    // the revision log only grows: each run adds its rows beside those published
    KeptFiles kept =
        table.partitionedByDate()
            ? KeptFiles.datesOutside(base.location(table), config.from(), config.to())
            : table == LakeTable.REVISIONS ? KeptFiles.all(base.location(table)) : KeptFiles.none();
    // enterprise_daily leaves its per-enterprise pass spread evenly: writing it as computed saves
    // shuffling its millions of wide rows by date (a few files per date instead of one or two)
    Lake.Clustering clustering =
        table == LakeTable.ENTERPRISE_DAILY ? Lake.Clustering.AS_COMPUTED : Lake.Clustering.BY_DATE;
    return lake.write(table, labelled, config.runId(), clustering, kept, LakeSortOrder.of(table));
  }
}
