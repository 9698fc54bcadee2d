package fugong.domain;

/** How urgent an alert or a督办 item is, with the word the briefings print. Most urgent first. */
public enum Severity {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The severity written in the alerts table (HIGH, MEDIUM, LOW); anything else is LOW. */
  public static Severity of(String stored) {
    for (Severity severity : values()) {
      if (severity.name().equals(stored)) {
        return severity;
      }
    }
    return LOW;
  }
}
