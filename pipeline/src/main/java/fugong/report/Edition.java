package fugong.report;

/** The city-wide briefing or a leader's briefing for the counties assigned to him. */
public enum Edition {
  CITY,
  LEADER
}
