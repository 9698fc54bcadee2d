package fugong.domain;

/**
 * The kinds of supervision alert of DOMAIN.md §6.1, as the alerts table stores them. The briefings
 * print them under the Chinese titles of their 督办事项 ({@code fugong.report.ActionKind}), where the
 * three checks written as {@link #INCONSISTENCY} are told apart.
 */
public enum AlertKind {
  MISSING_SUBMISSION,
  REJECTED_FILE,
  QUARANTINE_SHARE,
  CONFIRMED_WHILE_RESUMED,
  RESUMPTION_DROP,
  LOW_COMPLIANCE,
  DIFFICULTY_OVERDUE,
  /** A fresh report contradicting itself: dormitory numbers, output over 3×, staff over 2×. */
  INCONSISTENCY,
  STATISTICAL_ANOMALY,
  /** 复工存疑: reported resumed, the meter below the threshold on D and the days before (§6.3). */
  POWER_DOUBTFUL_RESUMPTION,
  /** 用电未报: the meter at or above the threshold while not reported resumed (§6.3). */
  POWER_UNREPORTED_OPERATION,
  /** 产值电量背离: reported output ratio and metered consumption ratio too far apart (§6.3). */
  POWER_OUTPUT_DIVERGENCE;

  /** The kind written in the alerts table, or null for a value that is no kind. */
  public static AlertKind of(String stored) {
    for (AlertKind kind : values()) {
      if (kind.name().equals(stored)) {
        return kind;
      }
    }
    return null;
  }
}
