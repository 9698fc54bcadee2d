package fugong.metrics;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import java.util.ArrayList;
import java.util.List;

/**
 * The column names shared by every unit-daily metric table (county, leader, city, industry, scale),
 * DOMAIN.md §6. Numerators and denominators are stored beside each rate so units roll up correctly;
 * rates are computed last, NULL when the denominator is 0.
 */
public final class MetricColumns {
  private MetricColumns() {}

  /** Counts summed over the enterprises of a unit (BIGINT). */
  public static final List<String> COUNTS = counts();

  /** Sums of values (DOUBLE). */
  public static final List<String> SUMS = List.of("output_of_resumed", "normal_output");

  /** The rates, each a fraction in [0,1] or NULL (DOUBLE), in the order of DOMAIN.md §6. */
  public static final List<String> RATES = rates();

  /** Rates whose day-over-day and 7-day changes are stored as {rate}_change_1d / _change_7d. */
  public static final List<String> TRENDED_RATES =
      List.of(
          "coverage",
          "resumption_rate",
          "above_scale_resumption_rate",
          "employee_return_rate",
          "capacity_recovery_rate",
          "full_compliance_rate",
          "compliance_score");

  /**
   * The figures whose revisions are logged ({@code revisions}, docs/metrics.md): the counts and the
   * trended rates a briefing shows. The per-item and per-difficulty columns move with them and are
   * not listed one by one.
   */
  public static final List<String> REVISED_FIGURES = revisedFigures();

  private static List<String> revisedFigures() {
    List<String> figures =
        new ArrayList<>(
            List.of(
                "enterprises",
                "reported",
                "resumed",
                "stopped",
                "above_scale_enterprises",
                "above_scale_resumed",
                "full_load",
                "reduced",
                "suspected",
                "isolated",
                "confirmed",
                "open_difficulties"));
    figures.addAll(TRENDED_RATES);
    return List.copyOf(figures);
  }

  private static List<String> counts() {
    List<String> counts =
        new ArrayList<>(
            List.of(
                "enterprises",
                "reported",
                "carried",
                "unknown",
                "resumed",
                "above_scale_enterprises",
                "above_scale_resumed",
                "employees_on_duty",
                "normal_employees_of_resumed",
                "full_load",
                "reduced",
                "stopped",
                "assessed",
                "fully_compliant",
                "items_met"));
    for (ChecklistItem item : ChecklistItem.values()) {
      counts.add(itemMet(item));
    }
    counts.addAll(List.of("suspected", "isolated", "confirmed", "open_difficulties"));
    for (Difficulty difficulty : Difficulty.values()) {
      counts.add(openDifficulties(difficulty));
    }
    return List.copyOf(counts);
  }

  private static List<String> rates() {
    List<String> rates =
        new ArrayList<>(
            List.of(
                "coverage",
                "resumption_rate",
                "above_scale_resumption_rate",
                "employee_return_rate",
                "capacity_recovery_rate"));
    for (ChecklistItem item : ChecklistItem.values()) {
      rates.add(itemRate(item));
    }
    rates.addAll(List.of("full_compliance_rate", "compliance_score"));
    return List.copyOf(rates);
  }

  public static String itemMet(ChecklistItem item) {
    return "item_met_" + item.code();
  }

  public static String itemRate(ChecklistItem item) {
    return "checklist_item_rate_" + item.code();
  }

  public static String openDifficulties(Difficulty difficulty) {
    return "open_difficulties_" + difficulty.code();
  }
}
