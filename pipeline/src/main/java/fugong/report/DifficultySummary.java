package fugong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 五、企业困难: open cases and enterprises, the most frequent type, cases open for {@link
 * BriefingSettings#LONG_OPEN_DAYS} days or more, and the enterprises with the longest-open
 * difficulties, one line per enterprise with its 责任科室. The ledger lists every enterprise.
 */
public record DifficultySummary(
    String summary,
    List<EnterpriseCases> top,
    List<EnterpriseCases> ledger,
    Map<String, Long> byType) {
  /** Shown on the front page. */
  public static final int TOP_ENTERPRISES = 5;

  /** One enterprise's open difficulties. */
  public record EnterpriseCases(
      String enterprise,
      String county,
      String section,
      List<String> difficulties,
      LocalDate firstOpened,
      long longestDays) {}

  public static DifficultySummary of(BriefingContext context) {
    Map<String, List<DifficultyCaseRecord>> byEnterprise = new TreeMap<>();
    Map<String, Long> byType = new LinkedHashMap<>();
    for (fugong.domain.Difficulty difficulty : fugong.domain.Difficulty.values()) {
      byType.put(difficulty.chineseName(), 0L);
    }
    long longOpen = 0;
    for (DifficultyCaseRecord found : context.openCases) {
      byEnterprise.computeIfAbsent(found.uscc(), key -> new ArrayList<>()).add(found);
      byType.merge(found.difficultyName(), 1L, Long::sum);
      if (found.daysOpen(context.date) >= BriefingSettings.LONG_OPEN_DAYS) {
        longOpen++;
      }
    }
    List<EnterpriseCases> ledger = new ArrayList<>();
    for (List<DifficultyCaseRecord> cases : byEnterprise.values()) {
      List<DifficultyCaseRecord> sorted =
          cases.stream()
              .sorted(
                  Comparator.comparing(DifficultyCaseRecord::openedOn)
                      .thenComparing(DifficultyCaseRecord::difficultyName))
              .toList();
      DifficultyCaseRecord first = sorted.get(0);
      UnitMetrics county = context.county(first.countyCode()).orElse(null);
      ledger.add(
          new EnterpriseCases(
              first.enterpriseName(),
              county == null ? first.countyCode() : county.name(),
              county == null ? "" : county.section(),
              sorted.stream()
                  .map(found -> found.difficultyName() + found.daysOpen(context.date) + "天")
                  .toList(),
              first.openedOn(),
              first.daysOpen(context.date)));
    }
    ledger.sort(
        Comparator.comparing((EnterpriseCases cases) -> -cases.longestDays())
            .thenComparing(cases -> -cases.difficulties().size())
            .thenComparing(EnterpriseCases::enterprise));
    String summary;
    if (context.openCases.isEmpty()) {
      summary = "当日无未解决的企业困难。";
    } else {
      Map.Entry<String, Long> largest =
          byType.entrySet().stream()
              .max(
                  Map.Entry.<String, Long>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow();
      summary =
          "未解决的企业困难"
              + context.openCases.size()
              + "项，涉及"
              + ledger.size()
              + "家企业；最多的是"
              + largest.getKey()
              + "（"
              + largest.getValue()
              + "项）；已持续"
              + BriefingSettings.LONG_OPEN_DAYS
              + "天及以上的"
              + longOpen
              + "项"
              + (ledger.isEmpty() ? "" : "，持续最久的企业如下")
              + "。";
    }
    return new DifficultySummary(
        summary,
        List.copyOf(ledger.subList(0, Math.min(TOP_ENTERPRISES, ledger.size()))),
        List.copyOf(ledger),
        java.util.Collections.unmodifiableMap(byType));
  }
}
