package fugong.domain;

/** Where an enterprise's figures of the report date come from (enterprise_daily.status). */
public enum EnterpriseStatus {
  FRESH("当日报送"),
  CARRIED("沿用前日"),
  UNKNOWN("无报送");

  private final String label;

  EnterpriseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static EnterpriseStatus of(String stored) {
    for (EnterpriseStatus status : values()) {
      if (status.name().equals(stored)) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
