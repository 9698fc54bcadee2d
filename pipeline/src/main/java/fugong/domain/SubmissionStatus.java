package fugong.domain;

/** Whether a county's file for the report date arrived by the deadline, with its Chinese word. */
public enum SubmissionStatus {
  ON_TIME("按时"),
  LATE("迟报"),
  MISSING("未报");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status written in county_daily; null (a leader or the city) stays null. */
  public static SubmissionStatus of(String stored) {
    if (stored == null) {
      return null;
    }
    for (SubmissionStatus status : values()) {
      if (status.name().equals(stored)) {
        return status;
      }
    }
    return MISSING;
  }
}
