package fugong.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A 一企一策 difficulty case as the briefing reads difficulty_cases. */
public record DifficultyCaseRecord(
    String uscc,
    String enterpriseName,
    String countyCode,
    String difficultyName,
    LocalDate openedOn,
    LocalDate resolvedOn) {
  /** Open on the date: opened on or before it and not resolved by it. */
  public boolean openOn(LocalDate date) {
    return !openedOn.isAfter(date) && (resolvedOn == null || resolvedOn.isAfter(date));
  }

  /** Days open as of the date. */
  public long daysOpen(LocalDate date) {
    return ChronoUnit.DAYS.between(openedOn, date);
  }
}
