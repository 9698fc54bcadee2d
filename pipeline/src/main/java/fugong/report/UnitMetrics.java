package fugong.report;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.domain.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One unit's figures on one report date, as a briefing reads them from county_daily, leader_daily
 * or city_daily (docs/metrics.md). For a county {@code code} is its code and {@code name} its name;
 * for a leader both are the leader's name and {@code counties} the assigned county codes; for the
 * city both are 全市. Submission fields are null except for a county.
 */
public record UnitMetrics(
    LocalDate date,
    String code,
    String name,
    String leader,
    String section,
    List<String> counties,
    long enterprises,
    long reported,
    long carried,
    long unknown,
    long resumed,
    long aboveScaleEnterprises,
    long aboveScaleResumed,
    long fullLoad,
    long reduced,
    long stopped,
    long assessed,
    long fullyCompliant,
    long suspected,
    long isolated,
    long confirmed,
    long openDifficulties,
    Map<Difficulty, Long> openByDifficulty,
    Map<ChecklistItem, Double> itemRates,
    Double coverage,
    Double resumptionRate,
    Double aboveScaleResumptionRate,
    Double employeeReturnRate,
    Double capacityRecoveryRate,
    Double fullComplianceRate,
    SubmissionStatus submission,
    Instant firstArrival,
    long rowsRead,
    long quarantinedRows) {
  public UnitMetrics {
    counties = counties == null ? List.of() : List.copyOf(counties);
    openByDifficulty = Map.copyOf(openByDifficulty);
    java.util.EnumMap<ChecklistItem, Double> rates = new java.util.EnumMap<>(ChecklistItem.class);
    rates.putAll(itemRates);
    itemRates = java.util.Collections.unmodifiableMap(rates);
  }

  /** Resumed enterprises neither at full load nor reduced: 部分恢复 (output 50–90 % of normal). */
  public long partiallyRecovered() {
    return resumed - fullLoad - reduced;
  }
}
