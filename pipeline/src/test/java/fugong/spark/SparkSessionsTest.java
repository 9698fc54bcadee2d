package fugong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private final List<Path> jars =
      List.of(Path.of("/opt/fugong/fugong.jar"), Path.of("/opt/fugong/lib/fugong-pipeline.jar"));

  @Test
  void localModeNeedsNoClusterSettings() {
    assertThat(SparkSessions.clusterSettings("local[*]", key -> false, jars)).isEmpty();
  }

  @Test
  void loopbackStandaloneMasterShipsTheJarsAndKeepsTheDriverOnTheLoopback() {
    assertThat(SparkSessions.clusterSettings("spark://127.0.0.1:7077", key -> false, jars))
        .containsExactly(
            Map.entry(
                "spark.jars",
                "file:///opt/fugong/fugong.jar,file:///opt/fugong/lib/fugong-pipeline.jar"),
            Map.entry("spark.driver.host", "127.0.0.1"));
    assertThat(SparkSessions.clusterSettings("spark://localhost:7077", key -> false, jars))
        .containsKey("spark.driver.host");
  }

  @Test
  void remoteMastersGetTheJarsOnly() {
    assertThat(
            SparkSessions.clusterSettings("spark://spark-master.example:7077", key -> false, jars))
        .containsOnlyKeys("spark.jars");
    assertThat(SparkSessions.clusterSettings("yarn", key -> false, jars))
        .containsOnlyKeys("spark.jars");
    assertThat(SparkSessions.clusterSettings("k8s://https://127.0.0.1:6443", key -> false, jars))
        .containsOnlyKeys("spark.jars");
  }

  @Test
  void settingsAlreadyConfiguredAreLeftAlone() {
    assertThat(SparkSessions.clusterSettings("spark://127.0.0.1:7077", key -> true, jars))
        .isEmpty();
    assertThat(SparkSessions.clusterSettings("spark://127.0.0.1:7077", key -> false, List.of()))
        .containsOnlyKeys("spark.driver.host");
  }

  @Test
  void findsTheJarAClassWasLoadedFrom() {
    assertThat(SparkSessions.codeSourceJar(org.apache.spark.sql.SparkSession.class))
        .hasValueSatisfying(jar -> assertThat(jar.toString()).endsWith(".jar"));
    assertThat(SparkSessions.codeSourceJar(SparkSessionsTest.class)).isEmpty();
    assertThat(SparkSessions.codeSourceJar(String.class)).isEmpty();
  }
}
