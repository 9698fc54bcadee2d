package fugong.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run identifiers that sort by start time: {@code 20200301T120000Z-3fa2}. */
public final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunIds() {}

  /**
   * The second a run id's run started (its time, truncated to the second), or empty for a text that
   * is not a run id.
   */
  public static java.util.Optional<Instant> startedAt(String runId) {
    if (runId == null || !runId.matches("\\d{8}T\\d{6}Z-[0-9a-f]{4}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Instant.from(FORMAT.parse(runId.substring(0, 16))));
  }

  public static String next(Instant startedAt) {
    return FORMAT.format(startedAt)
        + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
