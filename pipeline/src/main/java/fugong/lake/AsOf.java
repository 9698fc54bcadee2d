package fugong.lake;

import fugong.domain.ProductZone;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.run.RunIds;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which kept published state an as-of reference names ({@code fugong sql --as-of}): a run id names
 * the state that run published; a time names the latest state published at or before it. A time is
 * ISO-8601 with an offset ({@code 2020-03-10T08:00:00Z}, {@code 2020-03-10T16:00:00+08:00}) or,
 * without one, Asia/Shanghai local time ({@code 2020-03-10 16:00:00} or {@code
 * 2020-03-10T16:00:00}; seconds may be left out). Only the states still kept ({@code
 * lake.published_states_kept}) can be named: anything else is refused with what is kept.
 */
public final class AsOf {
  /** How a publish time is shown: Asia/Shanghai with its offset, which --as-of takes back. */
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private static final DateTimeFormatter LOCAL_WITH_SPACE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

  static final String TIME_FORMATS =
      "2026-11-30T14:00:00Z, 2026-11-30T22:00:00+08:00, or 2026-11-30 22:00:00 (Asia/Shanghai)";

  private final String reference;

  private AsOf(String reference) {
    this.reference = reference.strip();
  }

  /** A run id or a time, as given to {@code --as-of}. */
  public static AsOf of(String reference) {
    return new AsOf(reference);
  }

  /**
   * The state this reference names among {@code kept} (newest first, as {@link
   * PublishedPointers#kept()} lists them); {@code statesKept} is the retention setting, named in
   * the refusals.
   */
  public PublishedState choose(List<PublishedState> kept, int statesKept) {
    if (kept.isEmpty()) {
      throw new FugongException(
          ErrorCode.USAGE,
          "the lake has no published state yet, so there is nothing to read as of " + reference);
    }
    for (PublishedState state : kept) {
      if (state.runId().equals(reference)) {
        return state;
      }
    }
    if (RunIds.startedAt(reference).isPresent()) {
      throw new FugongException(
          ErrorCode.USAGE,
          "no kept published state of run "
              + reference
              + ": that run published nothing, or its state was deleted ("
              + retention(statesKept)
              + "). Kept now, newest first: "
              + kept.stream()
                  .map(state -> state.runId() + " (state " + state.sequence() + ")")
                  .collect(Collectors.joining(", ")));
    }
    Instant time =
        instant(reference)
            .orElseThrow(
                () ->
                    new FugongException(
                        ErrorCode.USAGE,
                        "--as-of '"
                            + reference
                            + "' is neither a run id (like 20261130T143000Z-3fa2) nor a time ("
                            + TIME_FORMATS
                            + ")"));
    for (PublishedState state : kept) {
      if (!state.publishedAt().isAfter(time)) {
        return state;
      }
    }
    PublishedState oldest = kept.get(kept.size() - 1);
    throw new FugongException(
        ErrorCode.USAGE,
        "no kept state was published at or before "
            + shown(time)
            + ": the oldest kept, state "
            + oldest.sequence()
            + " of run "
            + oldest.runId()
            + ", was published at "
            + shown(oldest.publishedAt())
            + " ("
            + retention(statesKept)
            + ")");
  }

  private static String retention(int statesKept) {
    return "each run keeps the newest lake.published_states_kept = " + statesKept + " states";
  }

  /** A time given to {@code --as-of}, or empty when the text is not one. */
  static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      // a local time, below
    }
    for (DateTimeFormatter format :
        List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LOCAL_WITH_SPACE)) {
      try {
        return Optional.of(LocalDateTime.parse(text, format).atZone(ProductZone.ZONE).toInstant());
      } catch (DateTimeParseException notThisOne) {
        // the next format
      }
    }
    return Optional.empty();
  }

  /** A publish time as shown to people: {@code 2020-03-10T20:00:05+08:00} (Asia/Shanghai). */
  public static String shown(Instant instant) {
    return SHOWN.format(instant.atZone(ProductZone.ZONE));
  }
}
