package fugong.lake;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What readers see: for each table, the version folder (relative to {@code OUT/}) that the last
 * successful run published. Stored as one small file per publish, {@code
 * lake/_published/{sequence}.properties}, created create-only and synced to disk; it ends with
 * {@code table_count}, so a file cut short by a crash is recognised as unreadable (and skipped in
 * favour of the previous state) instead of being read as a state with tables missing.
 *
 * <p>{@code publishedAt} is when the pointer file was written ({@code published_at}, recorded since
 * issue 16); {@code null} for a state not published (yet) and for an older pointer file as parsed.
 * {@link PublishedPointers} fills it in for older files from the run id's start time.
 */
public record PublishedState(
    long sequence, String runId, Map<LakeTable, String> locations, Instant publishedAt) {
  /** Written by pointer files that end with {@code table_count}; files without it predate it. */
  private static final String FORMAT = "2";

  private static final String TABLE_COUNT = "table_count";

  private static final String PUBLISHED_AT = "published_at";

  public PublishedState {
    Map<LakeTable, String> copy = new EnumMap<>(LakeTable.class);
    copy.putAll(locations);
    locations = Collections.unmodifiableMap(copy);
  }

  /** A state whose publish time is not known (not published yet, or read from an older file). */
  public PublishedState(long sequence, String runId, Map<LakeTable, String> locations) {
    this(sequence, runId, locations, null);
  }

  public static PublishedState empty() {
    return new PublishedState(0, "", new EnumMap<>(LakeTable.class));
  }

  /** This state, published at {@code instant}. */
  public PublishedState withPublishedAt(Instant instant) {
    return new PublishedState(sequence, runId, locations, instant);
  }

  public Optional<String> location(LakeTable table) {
    return Optional.ofNullable(locations.get(table));
  }

  /** The next state: these tables replaced, every other table kept as published. */
  public PublishedState next(String newRunId, Map<LakeTable, String> replaced) {
    Map<LakeTable, String> merged = new EnumMap<>(LakeTable.class);
    merged.putAll(locations);
    merged.putAll(replaced);
    return new PublishedState(sequence + 1, newRunId, merged);
  }

  public String render() {
    Map<String, String> sorted = new TreeMap<>();
    sorted.put("format", FORMAT);
    sorted.put("sequence", Long.toString(sequence));
    sorted.put("run_id", runId);
    if (publishedAt != null) {
      sorted.put(PUBLISHED_AT, publishedAt.toString());
    }
    locations.forEach((table, location) -> sorted.put("table." + table.tableName(), location));
    StringBuilder text =
        new StringBuilder(
            "# fugong published lake state: table -> version folder (relative to OUT)\n");
    sorted.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    text.append(TABLE_COUNT).append('=').append(locations.size()).append('\n');
    return text.toString();
  }

  public static PublishedState parse(String text) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
    for (LakeTable table : LakeTable.values()) {
      String location = properties.getProperty("table." + table.tableName());
      if (location != null) {
        locations.put(table, location);
      }
    }
    String sequence = properties.getProperty("sequence");
    if (sequence == null) {
      throw new IOException("no sequence in published state");
    }
    if (properties.getProperty("format") != null) {
      long tables =
          properties.stringPropertyNames().stream()
              .filter(name -> name.startsWith("table."))
              .count();
      String declared = properties.getProperty(TABLE_COUNT);
      if (declared == null || Long.parseLong(declared) != tables) {
        throw new IOException(
            "published state is incomplete: " + tables + " tables, table_count " + declared);
      }
    }
    String publishedAt = properties.getProperty(PUBLISHED_AT);
    try {
      return new PublishedState(
          Long.parseLong(sequence),
          properties.getProperty("run_id", ""),
          locations,
          publishedAt == null ? null : Instant.parse(publishedAt));
    } catch (DateTimeParseException unreadable) {
      throw new IOException("published_at is not an instant: " + publishedAt, unreadable);
    }
  }

  @Override
  public String toString() {
    StringWriter writer = new StringWriter();
    writer.write(render());
    return writer.toString();
  }
}
