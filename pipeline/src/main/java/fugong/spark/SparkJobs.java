package fugong.spark;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs a step runs, so the Spark UI, the logs and the run's progress line read like
 * the code ("metrics: enterprise_daily") rather than like the helper that triggered them. The job
 * group and description are Spark's per-thread properties; the previous ones are put back when the
 * step ends, as Apache Iceberg's {@code withJobGroupInfo} does.
 */
public final class SparkJobs {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String DESCRIPTION = "spark.job.description";

  private SparkJobs() {}

  /** Runs {@code step} with its Spark jobs in group {@code job}, described as "job: name". */
  public static <T> T describe(SparkSession spark, String job, String name, Supplier<T> step) {
    requireNonNull(job, "job is null");
    requireNonNull(name, "name is null");
    SparkContext context = spark.sparkContext();
    String previousGroup = context.getLocalProperty(GROUP);
    String previousDescription = context.getLocalProperty(DESCRIPTION);
    context.setJobGroup(job, job + ": " + name, false);
    try {
      return step.get();
    } finally {
      context.setLocalProperty(GROUP, previousGroup);
      context.setLocalProperty(DESCRIPTION, previousDescription);
    }
  }

  /** As {@link #describe(SparkSession, String, String, Supplier)}, for a step without a result. */
  public static void describe(SparkSession spark, String job, String name, Runnable step) {
    describe(
        spark,
        job,
        name,
        () -> {
          step.run();
          return null;
        });
  }

  /**
   * Runs {@code step} described as {@code description} unless the thread's jobs are already
   * described: a helper's own name (a table write) is kept only for callers that named nothing.
   */
  public static <T> T describeUnlessNamed(
      SparkSession spark, String description, Supplier<T> step) {
    SparkContext context = spark.sparkContext();
    if (context.getLocalProperty(DESCRIPTION) != null) {
      return step.get();
    }
    context.setJobDescription(description);
    try {
      return step.get();
    } finally {
      context.setLocalProperty(DESCRIPTION, null);
    }
  }
}
