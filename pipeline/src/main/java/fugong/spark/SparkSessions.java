package fugong.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every job uses. Local mode ({@code local[*]}) is the embedded default;
 * a {@code spark://}, {@code yarn} or {@code k8s://} master runs the same code on a cluster.
 * Dates and times are read and shown in the product's zone, Asia/Shanghai, whatever the machine's.
 */
public final class SparkSessions {
  /** The zone every date and time of the product is read in. */
  public static final String PRODUCT_TIME_ZONE = "Asia/Shanghai";

  private SparkSessions() {}

  public static SparkSession create(String master, String applicationName) {
    return create(master, applicationName, java.util.Map.of());
  }

  /** A session with extra Spark settings ({@code spark.conf.*} keys of the configuration). */
  public static SparkSession create(String master, String applicationName, java.util.Map<String, String> settings) {
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
          .config("spark.sql.shuffle.partitions", "4");
    }
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }
}
