package fugong.ingest.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a kind's files table already holds, for deciding which inbox files are new. A file is
 * known by its name and SHA-256, which needs its content read. Cheaper, and first: a file whose
 * name, size and modification time equal the latest ingested copy of that name is taken as that
 * copy without being read ({@link #unchanged}). What this cannot see is a file rewritten with the
 * same size and the same modification time; {@code rehash} (setting {@code ingest.rehash}, {@code
 * fugong run --rehash}) turns the shortcut off, and every file is read and hashed.
 *
 * <p>The copy's modification time is the one recorded at ingestion ({@code files.modified_at}).
 * Lakes written before it was recorded have only the arrival: there, only files whose arrival is
 * their modification time take the shortcut (an arrival given by {@code _arrivals.csv} says nothing
 * about the file on disk).
 */
public final class KnownFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One ingested file as the files table records it.
   *
   * @param sizeBytes its size (null if not recorded)
   * @param arrivedAt the arrival stored (the file's modification time when no arrival was given)
   * @param read whether it was read (status READ); a rejected file is always read again, so that
   *     one that failed to read once is retried
   * @param ingestedAt when it was ingested: of two copies of one name, the later is the current one
   * @param modifiedAt its modification time when it was ingested (null: not recorded, in lakes
   *     written before it was)
   */
  public record Entry(
      String name,
      String sha256,
      Long sizeBytes,
      Instant arrivedAt,
      boolean read,
      Instant ingestedAt,
      Instant modifiedAt)
      implements Serializable {
    /** An entry without a recorded modification time. */
    public Entry(
        String name,
        String sha256,
        Long sizeBytes,
        Instant arrivedAt,
        boolean read,
        Instant ingestedAt) {
      this(name, sha256, sizeBytes, arrivedAt, read, ingestedAt, null);
    }
  }

  private final Set<String> contents = new HashSet<>();
  private final Map<String, Entry> latest = new HashMap<>();
  private final boolean rehash;

  public KnownFiles(List<Entry> entries, boolean rehash) {
    for (Entry entry : entries) {
      contents.add(entry.name() + '\0' + entry.sha256());
      latest.merge(
          entry.name(),
          entry,
          (one, other) -> other.ingestedAt().isAfter(one.ingestedAt()) ? other : one);
    }
    this.rehash = rehash;
  }

  /** No file known: every file is new. */
  public static KnownFiles none() {
    return new KnownFiles(List.of(), false);
  }

  /** Whether a file of this name with this content was ingested. */
  public boolean contains(String name, String sha256) {
    return contents.contains(name + '\0' + sha256);
  }

  /**
   * The SHA-256 of the ingested copy that {@code file} is taken to be without reading it: same name
   * as the latest copy, which was read, same size, and a modification time equal to that copy's
   * recorded one (compared in microseconds, as the lake stores times; for a copy without one: its
   * stored arrival, the file having no arrival of its own from {@code _arrivals.csv}). Empty when
   * any of these differs, when the modification time is not known, or with {@code rehash}.
   */
  public Optional<String> unchanged(InboxFile file) {
    if (rehash || file.modifiedAt() == null || file.isRefused()) {
      return Optional.empty();
    }
    Instant modified = file.modifiedAt().truncatedTo(ChronoUnit.MICROS);
    Entry entry = latest.get(file.name());
    if (entry == null
        || !entry.read()
        || entry.sizeBytes() == null
        || entry.sizeBytes() != file.sizeBytes()) {
      return Optional.empty();
    }
    Instant recorded;
    if (entry.modifiedAt() != null) {
      recorded = entry.modifiedAt();
    } else if (file.arrivedAt().truncatedTo(ChronoUnit.MICROS).equals(modified)) {
      recorded = entry.arrivedAt();
    } else {
      return Optional.empty();
    }
    if (recorded == null || !recorded.truncatedTo(ChronoUnit.MICROS).equals(modified)) {
      return Optional.empty();
    }
    return Optional.of(entry.sha256());
  }
}
