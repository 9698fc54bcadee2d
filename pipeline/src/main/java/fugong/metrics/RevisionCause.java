package fugong.metrics;

/**
 * Why a published figure was revised ({@code revisions.cause_kind}, docs/metrics.md "Revisions").
 * When several apply, the first in this order is named.
 */
public enum RevisionCause {
  /** A {@code _v2} (or later) file replacing a county-date's earlier file. */
  CORRECTION("correction"),
  /** A county file (other than a correction) for a date on or before the revised one. */
  LATE_FILE("late_file"),
  /** The reference data (counties, assignments, registry) changed, and no file explains it. */
  REFERENCE_CHANGE("reference_change"),
  /** Nothing in the inbox or the reference data: the rules or the settings changed. */
  RULE_CHANGE("rule_change");

  private final String code;

  RevisionCause(String code) {
    this.code = code;
  }

  /** The value stored in {@code revisions.cause_kind}. */
  public String code() {
    return code;
  }

  /** The cause of a stored code; an unknown code reads as a rule change. */
  public static RevisionCause ofCode(String code) {
    for (RevisionCause cause : values()) {
      if (cause.code.equals(code)) {
        return cause;
      }
    }
    return RULE_CHANGE;
  }
}
