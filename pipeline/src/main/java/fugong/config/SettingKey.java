package fugong.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Every configuration key, its default and what it means (README "Configuration"). Values come
 * from, in order of precedence: the command line ({@code --set key=value}, {@code --master}), the
 * environment ({@code FUGONG_} + the key upper-cased with dots as underscores), the configuration
 * file, the defaults below.
 */
public enum SettingKey {
  SPARK_MASTER(
      "spark.master", "local[*]", "Spark master URL: local[N], spark://host:7077, yarn, k8s://…"),
  CARRY_WINDOW_DAYS(
      "metrics.carry_window_days", "3", "days a report counts for, including its own date"),
  DEADLINE(
      "metrics.deadline",
      "20:00:00",
      "latest on-time arrival on the report date (inclusive, Asia/Shanghai)"),
  COMPLIANCE_THRESHOLD(
      "alerts.compliance_threshold", "0.80", "alert when a county's full_compliance_rate is below"),
  RESUMPTION_DROP(
      "alerts.resumption_drop",
      "0.05",
      "alert when resumption_rate falls by more than this from the day before"),
  QUARANTINE_SHARE(
      "alerts.quarantine_share",
      "0.05",
      "alert when a county-day has a larger share of quarantined rows"),
  DIFFICULTY_OVERDUE_DAYS(
      "alerts.difficulty_overdue_days",
      "7",
      "alert when a difficulty case is open longer than this"),
  POWER_THRESHOLD(
      "power.threshold",
      "0.30",
      "an enterprise-day counts as power-resumed at or above this share of its baseline kWh"),
  POWER_DOUBTFUL_DAYS(
      "power.doubtful_days",
      "2",
      "复工存疑: consecutive days below the threshold while reported resumed"),
  POWER_DIVERGENCE_LIMIT(
      "power.divergence_limit",
      "0.40",
      "产值电量背离: flag when output ratio and consumption ratio differ by more than this"),
  FORECAST_WINDOW_DAYS("forecast.window_days", "7", "days of history in each trend line"),
  RESUMPTION_TARGET(
      "forecast.resumption_target",
      "0.95",
      "target of resumption and above-scale resumption rates"),
  CAPACITY_TARGET("forecast.capacity_target", "0.90", "target of the capacity recovery rate"),
  RESUMPTION_GREEN(
      "report.resumption_green", "0.90", "ranking: resumption rate at or above this is green"),
  RESUMPTION_AMBER("report.resumption_amber", "0.70", "ranking: … amber, red below"),
  COMPLIANCE_GREEN("report.compliance_green", "0.95", "ranking: full compliance rate green"),
  COMPLIANCE_AMBER("report.compliance_amber", "0.80", "ranking: full compliance rate amber"),
  CAPACITY_GREEN("report.capacity_green", "0.80", "ranking: capacity recovery rate green"),
  CAPACITY_AMBER("report.capacity_amber", "0.60", "ranking: capacity recovery rate amber"),
  MINIMUM_DENOMINATOR(
      "report.minimum_denominator",
      "10",
      "rates resting on fewer enterprises are marked with a caveat"),
  PUBLISHED_STATES_KEPT(
      "lake.published_states_kept",
      "30",
      "published states kept readable for fugong sql --as-of (at least 1, the current one); older"
          + " states and the version folders only they use are deleted after each run"),
  CATALOG_STORAGE_VERSION(
      "catalog.storage_version",
      "v1.0.0",
      "DuckDB storage format of catalog.duckdb: v1.0.0 opens in every DuckDB client from 0.10 on;"
          + " 'latest' only in clients as new as the writer"),
  SQL_TIMEOUT_SECONDS(
      "sql.timeout_seconds", "60", "fugong sql: a query running longer is interrupted"),
  SQL_MAX_ROWS(
      "sql.max_rows",
      "10000",
      "fugong sql: rows shown at most; a longer result is cut and says so"),
  MAX_FILE_BYTES(
      "ingest.max_file_bytes",
      "67108864",
      "a submission file larger than this (bytes) is rejected unread (FILE_TOO_LARGE)"),
  MAX_ROWS(
      "ingest.max_rows",
      "200000",
      "a submission file with more rows than this is rejected (TOO_MANY_ROWS)"),
  MAX_COLUMNS(
      "ingest.max_columns",
      "200",
      "a header wider than this is rejected (TOO_MANY_COLUMNS); cells further right are not kept"),
  MAX_CELLS(
      "ingest.max_cells",
      "2000000",
      "a submission file with more cells than this, all rows together, is rejected"
          + " (TOO_MANY_CELLS)"),
  MAX_LINE_BYTES(
      "ingest.max_line_bytes",
      "1048576",
      "a CSV line or cell longer than this (bytes, characters) is rejected (LINE_TOO_LONG)"),
  MAX_WORKBOOK_BYTES(
      "ingest.max_workbook_bytes",
      "268435456",
      "an .xlsx whose parts unpack to more than this (bytes) is rejected (WORKBOOK_TOO_LARGE)"),
  QUIET_SECONDS(
      "ingest.quiet_seconds",
      "60",
      "a file modified less than this many seconds ago is left for the next run (still being"
          + " written)"),
  REHASH(
      "ingest.rehash",
      "false",
      "true: read and hash every inbox file again (the weekly full check, also `run --rehash`);"
          + " false: a file whose name, size and modification time match its ingested copy is"
          + " not read");

  private final String key;
  private final String defaultValue;
  private final String description;

  SettingKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The environment variable that sets this key: FUGONG_METRICS_DEADLINE for metrics.deadline. */
  public String environmentVariable() {
    return "FUGONG_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }

  public static Optional<SettingKey> byKey(String key) {
    for (SettingKey setting : values()) {
      if (setting.key.equals(key)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /** Checks a value; returns what is wrong with it, or empty when it is fine. */
  Optional<String> problem(String value) {
    try {
      switch (this) {
        case SPARK_MASTER -> {
          return value.isBlank() ? Optional.of("must not be empty") : Optional.empty();
        }
        case DEADLINE -> {
          LocalTime.parse(value);
          return Optional.empty();
        }
        case REHASH -> {
          return value.equals("true") || value.equals("false")
              ? Optional.empty()
              : Optional.of("must be true or false");
        }
        case CATALOG_STORAGE_VERSION -> {
          return value.matches("latest|v\\d+\\.\\d+\\.\\d+")
              ? Optional.empty()
              : Optional.of("is not a DuckDB version like v1.0.0 (or 'latest')");
        }
        case CARRY_WINDOW_DAYS,
            DIFFICULTY_OVERDUE_DAYS,
            POWER_DOUBTFUL_DAYS,
            FORECAST_WINDOW_DAYS,
            MINIMUM_DENOMINATOR,
            MAX_FILE_BYTES,
            MAX_ROWS,
            MAX_COLUMNS,
            MAX_CELLS,
            MAX_LINE_BYTES,
            MAX_WORKBOOK_BYTES,
            QUIET_SECONDS,
            SQL_TIMEOUT_SECONDS,
            SQL_MAX_ROWS,
            PUBLISHED_STATES_KEPT -> {
          int number = Integer.parseInt(value);
          int minimum =
              this == CARRY_WINDOW_DAYS
                  ? 1
                  : this == FORECAST_WINDOW_DAYS
                      ? 2
                      : this == QUIET_SECONDS
                              || this == DIFFICULTY_OVERDUE_DAYS
                              || this == MINIMUM_DENOMINATOR
                          ? 0
                          : 1;
          return number < minimum
              ? Optional.of("must be a whole number ≥ " + minimum)
              : Optional.empty();
        }
        default -> {
          double fraction = Double.parseDouble(value);
          return fraction < 0 || fraction > 1 || Double.isNaN(fraction)
              ? Optional.of("must be a fraction between 0 and 1 (e.g. 0.8 for 80%)")
              : Optional.empty();
        }
      }
    } catch (NumberFormatException | DateTimeParseException unreadable) {
      return Optional.of(
          this == DEADLINE
              ? "is not a time like 20:00:00"
              : this.defaultValue.contains(".")
                  ? "is not a number like " + defaultValue
                  : "is not a whole number");
    }
  }
}
