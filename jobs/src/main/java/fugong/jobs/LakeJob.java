package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.ProgressCounts;
import fugong.run.StageTimer;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What the lake jobs share: the session, the lake, the stage timer and the progress counts; {@link
 * #run} stages the job on the published state, publishes the tables it wrote at once and removes
 * the versions nobody publishes.
 *
 * @param <C> the job's configuration
 * @param <R> what one run of the job returns
 */
abstract class LakeJob<C extends LakeJob.Settings, R extends LakeJob.Written> {
  /** A job's configuration: the lake folder and the run id labelling what it writes. */
  interface Settings {
    String out();

    String runId();
  }

  /** A job's result: the version folders it wrote, by table. */
  interface Written {
    Map<LakeTable, String> locations();
  }

  final SparkSession spark;
  final Lake lake;
  final StageTimer timer = new StageTimer();
  ProgressCounts counts = ProgressCounts.NONE;

  /** The group of this job's Spark jobs. */
  final String job;

  final C config;

  LakeJob(String job, SparkSession spark, C config) {
    this.job = job;
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /**
   * Runs the job on top of {@code base} (normally the published state) and writes each table's new
   * version, but publishes nothing: the caller publishes this run's tables together.
   */
  public abstract R stage(PublishedState base);

  /** Runs the job and publishes its new table versions at once. */
  public R run() {
    R result = stage(lake.published());
    lake.publish(config.runId(), result.locations());
    lake.removeUnpublished();
    return result;
  }

  /** Reports to {@code counts} as the job goes. */
  void reportTo(ProgressCounts counts) {
    this.counts = requireNonNull(counts, "counts is null");
  }

  /** Writes this job's tables under Spark jobs named after them, counting each one written. */
  TableWrites tableWrites(boolean timeEach) {
    return new TableWrites(spark, job, counts, timeEach ? timer : null);
  }
}
