package fugong.power;

/** The three ways a meter can contradict a self-report (DOMAIN.md §6.3), each a MEDIUM alert. */
public enum PowerFlagKind {
  /** Reported resumed, yet below the threshold on D and on the days before it. */
  DOUBTFUL_RESUMPTION("复工存疑"),
  /** At or above the threshold while not reported resumed (or not reported at all). */
  UNREPORTED_OPERATION("用电未报"),
  /** Reported output ratio and consumption ratio further apart than the limit. */
  OUTPUT_POWER_DIVERGENCE("产值电量背离");

  private final String label;

  PowerFlagKind(String label) {
    this.label = label;
  }

  /** The Chinese name leaders read. */
  public String label() {
    return label;
  }
}
