package fugong.ingest.spark;

import fugong.ingest.FileRejection;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entry found in the inbox: where it is ({@code local}: a path on this machine's file system,
 * read without following links; otherwise a Hadoop URI), its name, size, when it arrived (its
 * modification time, or the time {@code _arrivals.csv} gives) and its modification time (null when
 * not known). An entry refused at listing (not a regular file, a name no reader can open) carries
 * the reason and the message of its rejection and is never opened.
 */
public record InboxFile(
    String location,
    String name,
    long sizeBytes,
    Instant arrivedAt,
    boolean local,
    FileRejection refusal,
    String refusalMessage,
    Instant modifiedAt)
    implements Serializable {

  /** A regular file, to be read, whose modification time is not known. */
  public static InboxFile readable(
      String location, String name, long sizeBytes, Instant arrivedAt, boolean local) {
    return readable(location, name, sizeBytes, arrivedAt, null, local);
  }

  /** A regular file, to be read, last modified at {@code modifiedAt}. */
  public static InboxFile readable(
      String location,
      String name,
      long sizeBytes,
      Instant arrivedAt,
      Instant modifiedAt,
      boolean local) {
    return new InboxFile(location, name, sizeBytes, arrivedAt, local, null, null, modifiedAt);
  }

  /** An entry that is listed and rejected, but never opened. */
  public static InboxFile refused(
      String location,
      String name,
      long sizeBytes,
      Instant arrivedAt,
      FileRejection reason,
      String message) {
    return new InboxFile(location, name, sizeBytes, arrivedAt, true, reason, message, null);
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
