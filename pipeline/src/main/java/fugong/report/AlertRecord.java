package fugong.report;

import fugong.domain.Severity;
import java.time.LocalDate;

/** One row of the alerts table, with its kind already sorted into a {@link ActionKind}. */
public record AlertRecord(
    LocalDate date,
    Severity severity,
    ActionKind kind,
    String countyCode,
    String leader,
    String enterpriseName,
    Double value,
    String message) {

  /** The message's Chinese part: the alerts table appends " / " and an English gloss. */
  public String chineseMessage() {
    int gloss = message == null ? -1 : message.indexOf(" / ");
    return message == null ? "" : gloss < 0 ? message : message.substring(0, gloss);
  }
}
