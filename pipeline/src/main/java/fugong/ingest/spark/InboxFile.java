package fugong.ingest.spark;

import fugong.ingest.FileRejection;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entry found in the inbox: where it is ({@code local}: a path on this machine's file system,
 * read without following links; otherwise a Hadoop URI), its name, size and when it arrived. An
 * entry refused at listing (not a regular file, a name no reader can open) carries the reason and
 * the message of its rejection and is never opened.
 */
public record InboxFile(
    String location,
    String name,
    long sizeBytes,
    Instant arrivedAt,
    boolean local,
    FileRejection refusal,
    String refusalMessage)
    implements Serializable {

  /** A regular file, to be read. */
  public static InboxFile readable(
      String location, String name, long sizeBytes, Instant arrivedAt, boolean local) {
    return new InboxFile(location, name, sizeBytes, arrivedAt, local, null, null);
  }

  /** An entry that is listed and rejected, but never opened. */
  public static InboxFile refused(
      String location,
      String name,
      long sizeBytes,
      Instant arrivedAt,
      FileRejection reason,
      String message) {
    return new InboxFile(location, name, sizeBytes, arrivedAt, true, reason, message);
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
