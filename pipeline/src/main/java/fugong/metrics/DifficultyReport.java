package fugong.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One accepted report of one enterprise as far as difficulty cases are concerned: its report date
 * and the difficulty codes it lists (docs/metrics.md, {@code difficulty_cases}).
 *
 * <p>Defaults: a {@code null} code list means the report lists no difficulty and is stored as an
 * empty list. The list is copied and unmodifiable; duplicates are kept here and counted once by
 * {@link DifficultyCaseTracker}.
 *
 * <p>Dangers: only accepted reports belong here, resumed or not. A quarantined row must not be
 * passed in: a report that lists nothing resolves every open case of its enterprise.
 *
 * @param reportDate the report date, never null
 * @param codes the difficulty codes listed (e.g. {@code D1}), never containing null
 */
public record DifficultyReport(LocalDate reportDate, List<String> codes) implements Serializable {
  public DifficultyReport {
    Objects.requireNonNull(reportDate, "reportDate");
    if (codes == null) {
      codes = List.of();
    } else {
      for (int index = 0; index < codes.size(); index++) {
        if (codes.get(index) == null) {
          throw new IllegalArgumentException(
              "difficulty code at index "
                  + index
                  + " of the report dated "
                  + reportDate
                  + " is null");
        }
      }
      codes = List.copyOf(codes);
    }
  }
}
