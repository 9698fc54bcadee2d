package fugong.metrics;

import fugong.domain.EnterpriseStatus;

/**
 * The flows that make up a day-over-day change of a unit's 复工率 (and 规上复工率): every enterprise of the
 * unit on D−1 or D falls into exactly one (docs/metrics.md, {@code resumption_flows}). An
 * enterprise's contribution to the change depends only on what it did to the resumed count (ΔR) and
 * to the population (ΔN), so the flows' contributions add up exactly to r(D) − r(D−1) however the
 * enterprises are named; the names say why the count moved.
 */
public enum ResumptionFlow {
  /** Had a status on D−1 (fresh or carried) and was not resumed; resumed by a fresh report on D. */
  NEWLY_RESUMED("newly_resumed", "新复工"),
  /** Was resumed on D−1; a fresh report on D says not resumed. */
  STOPPED_AGAIN("stopped_again", "停工"),
  /** In the unit's population on D but not on D−1 (registry, or a county newly assigned). */
  ENTERED_REGISTER("entered_register", "新纳入"),
  /** In the unit's population on D−1 but not on D. */
  LEFT_REGISTER("left_register", "移出"),
  /** No report within the carry-forward window on D−1; a fresh report on D. */
  REPORTED_AGAIN("reported_again", "中断后恢复报送"),
  /** Status on D carried forward from an earlier report (no change possible: same report). */
  CARRIED_FORWARD("carried_forward", "沿用前报"),
  /** Had a status on D−1; on D its last report is older than the window: unknown, not resumed. */
  EXPIRED("expired_from_carry_forward", "沿用到期"),
  /** Unknown on both days: no report within the window. */
  NOT_REPORTED("not_reported", "未报送"),
  /** A fresh report on D with the same resumption as on D−1. */
  UNCHANGED("reported_unchanged", "状态未变");

  private final String code;
  private final String label;

  ResumptionFlow(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value stored in {@code resumption_flows.flow}. */
  public String code() {
    return code;
  }

  /** The Chinese name the briefs use. */
  public String label() {
    return label;
  }

  /** The flow of the given stored code. */
  public static ResumptionFlow ofCode(String code) {
    for (ResumptionFlow flow : values()) {
      if (flow.code.equals(code)) {
        return flow;
      }
    }
    throw new IllegalArgumentException("no resumption flow " + code);
  }

  /**
   * The flow of one enterprise of a unit between D−1 ("before") and D ("after"). {@code
   * inBefore}/{@code inAfter}: whether it is in the unit's population that day; statuses are {@link
   * EnterpriseStatus} names (ignored for a day it is not in the population).
   */
  public static ResumptionFlow of(
      boolean inBefore,
      boolean inAfter,
      String statusBefore,
      boolean resumedBefore,
      String statusAfter,
      boolean resumedAfter) {
    if (!inBefore && !inAfter) {
      throw new IllegalArgumentException("an enterprise in neither population has no flow");
    }
    if (!inBefore) {
      return ENTERED_REGISTER;
    }
    if (!inAfter) {
      return LEFT_REGISTER;
    }
    EnterpriseStatus before = EnterpriseStatus.of(statusBefore);
    EnterpriseStatus after = EnterpriseStatus.of(statusAfter);
    if (after == EnterpriseStatus.UNKNOWN) {
      return before == EnterpriseStatus.UNKNOWN ? NOT_REPORTED : EXPIRED;
    }
    if (after == EnterpriseStatus.FRESH && before == EnterpriseStatus.UNKNOWN) {
      return REPORTED_AGAIN;
    }
    if (resumedAfter && !resumedBefore) {
      return NEWLY_RESUMED;
    }
    if (!resumedAfter && resumedBefore) {
      return STOPPED_AGAIN;
    }
    return after == EnterpriseStatus.CARRIED ? CARRIED_FORWARD : UNCHANGED;
  }

  /**
   * A flow's contribution in percentage points to r(D) − r(D−1), where r = R / N: {@code
   * resumedChange} (ΔR) and {@code populationChange} (ΔN) are the flow's own changes, R₀/N₀ and N₁
   * the unit's resumed count and population on D−1 and its population on D. (ΔR − r₀·ΔN) / N₁,
   * computed as one division of whole numbers, (ΔR·N₀ − R₀·ΔN) / (N₀·N₁) × 100. Summed over all
   * flows: (R₁ − R₀ − r₀·(N₁ − N₀)) / N₁ = r₁ − r₀. Null when either rate is undefined (N₀ or N₁ is
   * 0).
   */
  public static Double contributionPoints(
      long resumedChange,
      long populationChange,
      long resumedBefore,
      long populationBefore,
      long populationAfter) {
    if (populationBefore == 0 || populationAfter == 0) {
      return null;
    }
    double numerator =
        (double) (resumedChange * populationBefore - resumedBefore * populationChange);
    return 100.0 * numerator / ((double) populationBefore * populationAfter);
  }
}
