package fugong.config;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.InboxLimits;
import fugong.metrics.MetricSettings;
import fugong.report.ReportThresholds;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The run's configuration, resolved once at start: command line > environment > file > defaults.
 * Every value is checked before anything runs; a bad one is a one-line error naming where it came
 * from. Keys starting with {@code spark.conf.} pass through to Spark.
 */
public record FugongSettings(
    Map<SettingKey, String> values,
    Map<String, String> sparkConfiguration,
    Map<SettingKey, String> sources) {
  public static final String DEFAULT_FILE = "fugong.properties";
  public static final String SPARK_PREFIX = "spark.conf.";

  /**
   * @param file the configuration file, or null for {@code ./fugong.properties} when it exists
   * @param environment the process environment (System.getenv())
   * @param commandLine key=value pairs given on the command line
   */
  public static FugongSettings resolve(
      Path file, Map<String, String> environment, Map<String, String> commandLine) {
    Map<String, String> fromFile = new LinkedHashMap<>();
    String fileLabel = null;
    Path chosen =
        file != null
            ? file
            : environment.containsKey("FUGONG_CONFIG")
                ? Path.of(environment.get("FUGONG_CONFIG"))
                : null;
    if (chosen == null && Files.isRegularFile(Path.of(DEFAULT_FILE))) {
      chosen = Path.of(DEFAULT_FILE);
    }
    if (chosen != null) {
      if (!Files.isRegularFile(chosen)) {
        throw new FugongException(
            ErrorCode.CONFIG_INVALID, "configuration file " + chosen + " does not exist");
      }
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException failure) {
        throw new FugongException(
            ErrorCode.CONFIG_INVALID,
            "cannot read configuration file " + chosen + ": " + failure.getMessage());
      }
      properties
          .stringPropertyNames()
          .forEach(name -> fromFile.put(name, properties.getProperty(name).strip()));
      fileLabel = chosen.toString();
    }
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    Map<SettingKey, String> sources = new EnumMap<>(SettingKey.class);
    List<String> problems = new ArrayList<>();
    for (String name : fromFile.keySet()) {
      if (SettingKey.byKey(name).isEmpty() && !name.startsWith(SPARK_PREFIX)) {
        problems.add(fileLabel + ": unknown key '" + name + "' (known: " + knownKeys() + ")");
      }
    }
    for (String name : commandLine.keySet()) {
      if (SettingKey.byKey(name).isEmpty() && !name.startsWith(SPARK_PREFIX)) {
        problems.add("--set: unknown key '" + name + "' (known: " + knownKeys() + ")");
      }
    }
    for (SettingKey key : SettingKey.values()) {
      String value = key.defaultValue();
      String source = "default";
      if (fromFile.containsKey(key.key())) {
        value = fromFile.get(key.key());
        source = fileLabel;
      }
      if (environment.containsKey(key.environmentVariable())) {
        value = environment.get(key.environmentVariable()).strip();
        source = "environment " + key.environmentVariable();
      }
      if (commandLine.containsKey(key.key())) {
        value = commandLine.get(key.key()).strip();
        source = "command line";
      }
      String finalValue = value;
      String finalSource = source;
      key.problem(value)
          .ifPresent(
              problem ->
                  problems.add(
                      finalSource + ": " + key.key() + " = '" + finalValue + "' " + problem));
      values.put(key, value);
      sources.put(key, source);
    }
    Map<String, String> spark = new TreeMap<>();
    fromFile.forEach((name, value) -> putSpark(spark, name, value));
    commandLine.forEach((name, value) -> putSpark(spark, name, value));
    if (!problems.isEmpty()) {
      throw new FugongException(
          ErrorCode.CONFIG_INVALID,
          "bad configuration; nothing was run:\n  " + String.join("\n  ", problems));
    }
    FugongSettings settings = new FugongSettings(values, spark, sources);
    settings.checkOrder();
    return settings;
  }

  private static void putSpark(Map<String, String> spark, String name, String value) {
    if (name.startsWith(SPARK_PREFIX)) {
      spark.put(name.substring(SPARK_PREFIX.length()), value);
    }
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>();
    for (SettingKey key : SettingKey.values()) {
      keys.add(key.key());
    }
    return String.join(", ", keys) + ", spark.conf.*";
  }

  private void checkOrder() {
    String[][] pairs = {
      {"report.resumption_green", "report.resumption_amber"},
      {"report.compliance_green", "report.compliance_amber"},
      {"report.capacity_green", "report.capacity_amber"}
    };
    for (String[] pair : pairs) {
      SettingKey green = SettingKey.byKey(pair[0]).orElseThrow();
      SettingKey amber = SettingKey.byKey(pair[1]).orElseThrow();
      if (number(green) < number(amber)) {
        throw new FugongException(
            ErrorCode.CONFIG_INVALID,
            "bad configuration: "
                + pair[0]
                + " ("
                + values.get(green)
                + ") must not be below "
                + pair[1]
                + " ("
                + values.get(amber)
                + ")");
      }
    }
  }

  public static FugongSettings defaults() {
    return resolve(null, Map.of(), Map.of());
  }

  public String value(SettingKey key) {
    return values.get(key);
  }

  private double number(SettingKey key) {
    return Double.parseDouble(values.get(key));
  }

  private int whole(SettingKey key) {
    return Integer.parseInt(values.get(key));
  }

  public String master() {
    return values.get(SettingKey.SPARK_MASTER);
  }

  public MetricSettings metrics() {
    return new MetricSettings(
        whole(SettingKey.CARRY_WINDOW_DAYS),
        LocalTime.parse(values.get(SettingKey.DEADLINE)),
        number(SettingKey.COMPLIANCE_THRESHOLD),
        number(SettingKey.RESUMPTION_DROP),
        number(SettingKey.QUARANTINE_SHARE),
        whole(SettingKey.DIFFICULTY_OVERDUE_DAYS),
        whole(SettingKey.FORECAST_WINDOW_DAYS),
        number(SettingKey.RESUMPTION_TARGET),
        number(SettingKey.CAPACITY_TARGET),
        number(SettingKey.POWER_THRESHOLD),
        whole(SettingKey.POWER_DOUBTFUL_DAYS),
        number(SettingKey.POWER_DIVERGENCE_LIMIT));
  }

  /**
   * The DuckDB storage version the catalog is written with (see {@code catalog.storage_version}).
   */
  public String catalogStorageVersion() {
    return values.get(SettingKey.CATALOG_STORAGE_VERSION);
  }

  /**
   * How many published states each run keeps readable ({@code lake.published_states_kept}), for
   * {@code fugong sql --as-of}.
   */
  public int publishedStatesKept() {
    return whole(SettingKey.PUBLISHED_STATES_KEPT);
  }

  /** How long one {@code fugong sql} query may run and how many rows it shows. */
  public fugong.catalog.SqlLimits sqlLimits() {
    return new fugong.catalog.SqlLimits(
        java.time.Duration.ofSeconds(whole(SettingKey.SQL_TIMEOUT_SECONDS)),
        whole(SettingKey.SQL_MAX_ROWS));
  }

  /** The limits every inbox file is read under (caps and the quiet period). */
  public InboxLimits inbox() {
    return new InboxLimits(
        whole(SettingKey.MAX_FILE_BYTES),
        whole(SettingKey.MAX_ROWS),
        whole(SettingKey.MAX_COLUMNS),
        whole(SettingKey.MAX_CELLS),
        whole(SettingKey.MAX_LINE_BYTES),
        whole(SettingKey.MAX_WORKBOOK_BYTES),
        whole(SettingKey.QUIET_SECONDS));
  }

  /**
   * Whether every inbox file is read and hashed again, rather than skipping a file whose name, size
   * and modification time match its ingested copy ({@code ingest.rehash}).
   */
  public boolean rehash() {
    return Boolean.parseBoolean(values.get(SettingKey.REHASH));
  }

  public ReportThresholds report() {
    return new ReportThresholds(
        number(SettingKey.RESUMPTION_GREEN),
        number(SettingKey.RESUMPTION_AMBER),
        number(SettingKey.COMPLIANCE_GREEN),
        number(SettingKey.COMPLIANCE_AMBER),
        number(SettingKey.CAPACITY_GREEN),
        number(SettingKey.CAPACITY_AMBER),
        whole(SettingKey.MINIMUM_DENOMINATOR));
  }
}
