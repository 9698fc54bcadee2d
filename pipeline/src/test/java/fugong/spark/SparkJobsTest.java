package fugong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;

class SparkJobsTest {
  @Test
  void aStepsJobsCarryItsNameAndThePreviousNameComesBack() throws InterruptedException {
    SparkContext context = LocalSpark.session().sparkContext();
    List<String> described = new ArrayList<>();
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart jobStart) {
            synchronized (described) {
              described.add(
                  jobStart.properties().getProperty("spark.jobGroup.id")
                      + " | "
                      + jobStart.properties().getProperty("spark.job.description"));
            }
          }
        };
    context.addSparkListener(listener);
    try {
      context.setJobDescription("outer");
      long rows =
          SparkJobs.describe(
              LocalSpark.session(),
              "metrics",
              "enterprise_daily",
              () -> LocalSpark.session().range(3).count());
      assertThat(rows).isEqualTo(3);
      assertThat(context.getLocalProperty("spark.job.description")).isEqualTo("outer");
      assertThat(context.getLocalProperty("spark.jobGroup.id")).isNull();
      SparkJobs.describe(
          LocalSpark.session(),
          "ingest",
          "files",
          () ->
              SparkJobs.describeUnlessNamed(
                  LocalSpark.session(),
                  "write lake table files",
                  () -> LocalSpark.session().range(2).count()));
      context.setJobDescription(null);
      SparkJobs.describeUnlessNamed(
          LocalSpark.session(),
          "write lake table runs",
          () -> LocalSpark.session().range(1).count());
      assertThat(context.getLocalProperty("spark.job.description")).isNull();
      Thread.sleep(500); // the listener hears of jobs on Spark's event thread
    } finally {
      context.removeSparkListener(listener);
    }
    synchronized (described) {
      assertThat(described)
          .contains(
              "metrics | metrics: enterprise_daily",
              "ingest | ingest: files",
              "null | write lake table runs");
      assertThat(described).noneMatch(line -> line.endsWith("write lake table files"));
    }
  }
}
