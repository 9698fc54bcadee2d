package fugong.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What the footer states, apart from the data's date: when the briefing was generated (the start of
 * the run, read from its id, so rendering the same run again gives the same bytes), the run id and
 * the rule version.
 */
public record Colophon(Instant generatedAt, String runId, String ruleVersion) {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public static Colophon of(String runId, String ruleVersion) {
    Instant generated = null;
    if (runId.length() >= 16) {
      try {
        generated = Instant.from(RUN_ID_TIME.parse(runId.substring(0, 16)));
      } catch (DateTimeParseException notATime) {
        generated = null;
      }
    }
    return new Colophon(generated, runId, ruleVersion);
  }

  /** "生成时间 2026-11-30 22:02　运行编号 20261130T140200Z-1a2b　规则 fugong-rules-1". */
  public String text() {
    return (generatedAt == null ? "" : "生成时间 " + Formats.time(generatedAt) + "　")
        + "运行编号 "
        + runId
        + "　规则 "
        + ruleVersion;
  }
}
