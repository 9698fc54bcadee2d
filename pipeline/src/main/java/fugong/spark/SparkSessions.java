package fugong.spark;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every job uses. Local mode ({@code local[*]}) is the embedded default; a
 * {@code spark://}, {@code yarn} or {@code k8s://} master runs the same code on a cluster. Dates
 * and times are read and shown in the product's zone, Asia/Shanghai, whatever the machine's.
 *
 * <p>On a cluster the executors need the fugong classes (the pipeline's lambdas otherwise fail with
 * a {@code SerializedLambda} ClassCastException): unless {@code spark.jars} is already set
 * (spark-submit sets it to the application jar), the jars holding this class and the given
 * application classes are shipped as {@code spark.jars}. When the master is on the loopback address
 * the driver is reachable there too, so {@code spark.driver.host} is 127.0.0.1.
 */
public final class SparkSessions {
  /** The zone every date and time of the product is read in. */
  public static final String PRODUCT_TIME_ZONE = fugong.domain.ProductZone.ID;

  private SparkSessions() {}

  public static SparkSession create(String master, String applicationName) {
    return create(master, applicationName, Map.of());
  }

  /**
   * A session for {@code master} with extra Spark settings ({@code spark.conf.*} keys of the
   * configuration); on a cluster the jars of {@code applicationClasses} (and of the pipeline) are
   * shipped to the executors unless {@code spark.jars} is configured.
   */
  public static SparkSession create(
      String master,
      String applicationName,
      Map<String, String> settings,
      Class<?>... applicationClasses) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(applicationName)
            .master(master)
            .config("spark.sql.session.timeZone", PRODUCT_TIME_ZONE)
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.parquet.compression.codec", "snappy")
            .config("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          // one machine: the driver lists a table's date folders itself, in milliseconds; above
          // the default 32 folders Spark would list them with a job of its own, per read
          .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "1000000");
    } else {
      List<Class<?>> classes = new ArrayList<>();
      classes.add(SparkSessions.class);
      classes.addAll(List.of(applicationClasses));
      List<Path> jars = new ArrayList<>();
      for (Class<?> type : classes) {
        codeSourceJar(type).ifPresent(jars::add);
      }
      clusterSettings(master, key -> settings.containsKey(key) || configured(key), jars)
          .forEach(builder::config);
    }
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The settings a cluster master needs that are not configured already ({@code isConfigured}
   * tells, e.g. from {@code --conf} or {@code spark-defaults.conf}): {@code spark.jars} = the given
   * jars, and {@code spark.driver.host} = 127.0.0.1 when the master is on the loopback.
   */
  static Map<String, String> clusterSettings(
      String master, Predicate<String> isConfigured, List<Path> jars) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (master.startsWith("local")) {
      return settings;
    }
    Set<String> uris = new LinkedHashSet<>();
    for (Path jar : jars) {
      uris.add(jar.toAbsolutePath().normalize().toUri().toString());
    }
    if (!uris.isEmpty() && !isConfigured.test("spark.jars")) {
      settings.put("spark.jars", String.join(",", uris));
    }
    if (isLoopback(master) && !isConfigured.test("spark.driver.host")) {
      settings.put("spark.driver.host", "127.0.0.1");
    }
    return settings;
  }

  /**
   * Whether a standalone {@code spark://} master URL names this machine's loopback address (its
   * workers then run here and reach the driver there). A {@code k8s://} API server on the loopback
   * says nothing about where the executor pods run, so it does not count.
   */
  static boolean isLoopback(String master) {
    if (!master.startsWith("spark://")) {
      return false;
    }
    String rest = master.substring("spark://".length());
    String host = rest.replaceFirst("[:/,].*$", "");
    return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost");
  }

  /**
   * Set by {@code spark-submit --conf} / {@code spark-defaults.conf} or {@code java -Dspark.…}:
   * SparkConf reads them.
   */
  private static boolean configured(String key) {
    return System.getProperty(key) != null;
  }

  /** The jar file a class was loaded from, if it came from a jar (not from a classes folder). */
  static java.util.Optional<Path> codeSourceJar(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return java.util.Optional.empty();
    }
    URL location = source.getLocation();
    try {
      URI uri = location.toURI();
      if (!"file".equals(uri.getScheme())) {
        return java.util.Optional.empty();
      }
      Path path = Path.of(uri);
      return Files.isRegularFile(path) && path.toString().endsWith(".jar")
          ? java.util.Optional.of(path)
          : java.util.Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException notAFile) {
      return java.util.Optional.empty();
    }
  }
}
