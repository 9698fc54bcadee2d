package fugong.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one enterprise's accepted reports into difficulty cases (DOMAIN.md §4.2, docs/metrics.md
 * {@code difficulty_cases}). Per code, in report-date order: a case opens on the first report date
 * listing the code, stays open while later reports list it, and is resolved on the first later
 * report date whose report does not list it. A missing day neither resolves nor extends a case;
 * listing the code again after resolution opens a new case; a code repeated within one report
 * counts once.
 *
 * <p>Defaults: reports may come in any order; the cases come back sorted by {@code openedOn}, then
 * {@code code}. Cases still open after the last report have {@code resolvedOn = null}.
 *
 * <p>Dangers: call it once per enterprise with all of that enterprise's accepted reports: mixing
 * enterprises, or passing only a window of dates, opens and resolves cases wrongly. Two reports
 * with the same date are rejected ({@link IllegalArgumentException}); keep only the current version
 * of a report first.
 */
public final class DifficultyCaseTracker {
  private DifficultyCaseTracker() {}

  /**
   * One enterprise's accepted reports (any order; one per date). Cases sorted by openedOn, then
   * code.
   */
  public static List<DifficultyCase> cases(List<DifficultyReport> reports) {
    Objects.requireNonNull(reports, "reports");
    List<DifficultyReport> ordered = new ArrayList<>(reports.size());
    Set<LocalDate> dates = new HashSet<>();
    for (DifficultyReport report : reports) {
      Objects.requireNonNull(report, "report");
      if (!dates.add(report.reportDate())) {
        throw new IllegalArgumentException("two reports dated " + report.reportDate());
      }
      ordered.add(report);
    }
    ordered.sort(Comparator.comparing(DifficultyReport::reportDate));

    List<DifficultyCase> cases = new ArrayList<>();
    Map<String, LocalDate> openSince = new LinkedHashMap<>();
    for (DifficultyReport report : ordered) {
      Set<String> listed = new LinkedHashSet<>(report.codes());
      Iterator<Map.Entry<String, LocalDate>> open = openSince.entrySet().iterator();
      while (open.hasNext()) {
        Map.Entry<String, LocalDate> entry = open.next();
        if (!listed.contains(entry.getKey())) {
          cases.add(new DifficultyCase(entry.getKey(), entry.getValue(), report.reportDate()));
          open.remove();
        }
      }
      for (String code : listed) {
        openSince.putIfAbsent(code, report.reportDate());
      }
    }
    openSince.forEach((code, openedOn) -> cases.add(new DifficultyCase(code, openedOn, null)));
    cases.sort(Comparator.comparing(DifficultyCase::openedOn).thenComparing(DifficultyCase::code));
    return cases;
  }
}
