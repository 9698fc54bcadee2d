package fugong.catalog;

import java.time.Duration;

/**
 * What one {@code fugong sql} query may cost: how long it may run ({@code sql.timeout_seconds})
 * before it is interrupted, and how many rows are kept ({@code sql.max_rows}) before the result is
 * cut.
 */
public record SqlLimits(Duration timeout, int maxRows) {
  public SqlLimits {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
    }
  }

  public static final SqlLimits DEFAULT = new SqlLimits(Duration.ofSeconds(60), 10_000);
}
