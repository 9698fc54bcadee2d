package fugong.spark;

import static java.util.Objects.requireNonNull;

import fugong.run.RunProgress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Feeds a run's {@link RunProgress} from Spark's scheduler events: the tasks done of the jobs
 * running now (several run at once when tables are written side by side), named after the latest
 * job's description ({@code setJobDescription} of the jobs), and the counts the jobs keep in named
 * accumulators ({@link #COUNTER_PREFIX} + unit, e.g. files parsed on the executors), which the
 * driver knows as each task ends.
 */
public final class SparkProgressListener extends SparkListener {
  /** Accumulators named {@code fugong.count.<unit>} are shown as that unit's done count. */
  public static final String COUNTER_PREFIX = "fugong.count.";

  private final RunProgress progress;
  private final Map<Integer, long[]> jobs = new LinkedHashMap<>();
  private final Map<Integer, String> descriptions = new HashMap<>();
  private final Map<Integer, Integer> stageJobs = new HashMap<>();

  private SparkProgressListener(RunProgress progress) {
    this.progress = requireNonNull(progress, "progress is null");
  }

  /** A listener registered with a session; closing it removes it. */
  public interface Attachment extends AutoCloseable {
    @Override
    void close();
  }

  /** Registers a listener feeding {@code progress} with the session's events; close it to stop. */
  public static Attachment attach(SparkSession spark, RunProgress progress) {
    SparkProgressListener listener = new SparkProgressListener(progress);
    spark.sparkContext().addSparkListener(listener);
    return () -> spark.sparkContext().removeSparkListener(listener);
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart jobStart) {
    long tasks = 0;
    for (StageInfo stage : CollectionConverters.asJava(jobStart.stageInfos())) {
      tasks += stage.numTasks();
      stageJobs.put(stage.stageId(), jobStart.jobId());
    }
    jobs.put(jobStart.jobId(), new long[] {0, tasks});
    String description =
        jobStart.properties() == null
            ? null
            : jobStart.properties().getProperty("spark.job.description");
    descriptions.put(jobStart.jobId(), description);
    report();
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    Integer job = stageJobs.get(taskEnd.stageId());
    if (job != null && jobs.containsKey(job)) {
      jobs.get(job)[0]++;
    }
    if (taskEnd.taskInfo() != null) {
      for (AccumulableInfo accumulable :
          CollectionConverters.asJava(taskEnd.taskInfo().accumulables())) {
        String name = accumulable.name().isDefined() ? accumulable.name().get() : "";
        if (name.startsWith(COUNTER_PREFIX)
            && accumulable.value().isDefined()
            && accumulable.value().get() instanceof Number value) {
          progress.done(name.substring(COUNTER_PREFIX.length()), value.longValue());
        }
      }
    }
    report();
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
    jobs.remove(jobEnd.jobId());
    descriptions.remove(jobEnd.jobId());
    stageJobs.values().removeIf(job -> job == jobEnd.jobId());
    report();
  }

  private void report() {
    long done = 0;
    long total = 0;
    Integer latest = null;
    for (Map.Entry<Integer, long[]> job : jobs.entrySet()) {
      done += Math.min(job.getValue()[0], job.getValue()[1]);
      total += job.getValue()[1];
      latest = job.getKey();
    }
    progress.tasks(latest == null ? null : descriptions.get(latest), done, total);
  }
}
