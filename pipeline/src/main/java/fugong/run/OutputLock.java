package fugong.run;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time per output folder. The lock is an operating-system lock on {@code
 * OUT/.fugong.lock}, which the system releases when the holding process ends however it ends
 * ({@code kill -9} included): a lock left by a dead run is never in the way, and the file's text
 * (pid, run id, start time) only serves the message shown to a second run. The file itself is never
 * deleted (the demo empties its output folder around it): a run that deleted it could not stop
 * another from locking a new file of the same name.
 *
 * <p>For output folders on another file system ({@code hdfs://}, {@code s3a://}) see {@link
 * FileSystemLock}.
 */
public final class OutputLock implements RunLock {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or fails at once with a message naming the run that holds it. */
  public static OutputLock acquire(Path out, String runId) {
    Path file = out.resolve(LOCK_FILE);
    try {
      Files.createDirectories(out);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldHere) {
        lock = null;
      }
      if (lock == null) {
        String holder = describeHolder(channel);
        channel.close();
        throw refused(out, holder, "");
      }
      channel.truncate(0);
      String text = holderText(runId);
      channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new OutputLock(channel, lock);
    } catch (IOException failure) {
      throw cannotLock(file, failure);
    }
  }

  /** What a lock file says of the run holding it: pid, run id and start time, one line. */
  static String holderText(String runId) {
    return "pid="
        + ProcessHandle.current().pid()
        + " run_id="
        + runId
        + " started_at="
        + Instant.now()
        + "\n";
  }

  /**
   * The refusal of a second run on {@code out}, naming the {@code holder}; {@code clearing} (empty
   * or starting with a space) tells how to clear a stale lock where one can be left behind.
   */
  static FugongException refused(Object out, String holder, String clearing) {
    return new FugongException(
        ErrorCode.OUTPUT_LOCKED,
        "another fugong run is working on "
            + out
            + " ("
            + holder
            + "); this run was refused and changed nothing. Wait for it to finish, then run"
            + " again."
            + clearing);
  }

  /** The lock file {@code file} could not be created, read or written. */
  static FugongException cannotLock(Object file, IOException failure) {
    return new FugongException(
        ErrorCode.IO_FAILURE, "cannot lock " + file + ": " + failure.getMessage(), failure);
  }

  private static String describeHolder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(512);
      int read = channel.read(buffer, 0);
      return read <= 0
          ? "holder unknown"
          : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
    } catch (IOException unreadable) {
      return "holder unknown";
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the operating system releases the lock with the process anyway
    }
  }
}
