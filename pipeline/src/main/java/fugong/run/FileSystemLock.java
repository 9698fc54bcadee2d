package fugong.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time for an output folder on a Hadoop file system that has no operating-system locks
 * ({@code hdfs://}, {@code s3a://}, …): the lock is the file {@code OUT/.fugong.lock}, created only
 * if absent ({@code FileSystem.create(path, false)}, atomic on HDFS), holding the owner (user,
 * host, pid), the run id and the start time. The run deletes it when it ends.
 *
 * <p>A run killed with {@code kill -9} or by a lost machine cannot delete it: the next run is
 * refused with the holder's details and how to clear it. Clear a stale lock only once the run it
 * names is gone (no such process on that host): {@code hadoop fs -rm OUT/.fugong.lock}.
 */
public final class FileSystemLock implements RunLock {
  private final FileSystem fileSystem;
  private final Path file;
  private final String text;

  private FileSystemLock(FileSystem fileSystem, Path file, String text) {
    this.fileSystem = fileSystem;
    this.file = file;
    this.text = text;
  }

  /**
   * Takes the lock or fails at once with a message naming the run that holds it and how to clear a
   * stale one.
   */
  public static FileSystemLock acquire(Path out, Configuration configuration, String runId) {
    Path file = new Path(out, LOCK_FILE);
    String text =
        "user="
            + System.getProperty("user.name")
            + " host="
            + hostName()
            + " "
            + OutputLock.holderText(runId);
    FileSystem fileSystem;
    try {
      fileSystem = file.getFileSystem(configuration);
      fileSystem.setWriteChecksum(false);
      fileSystem.mkdirs(out);
    } catch (IOException failure) {
      throw OutputLock.cannotLock(file, failure);
    }
    try (FSDataOutputStream output = fileSystem.create(file, false)) {
      output.write(text.getBytes(StandardCharsets.UTF_8));
      output.hsync();
    } catch (FileAlreadyExistsException | java.nio.file.FileAlreadyExistsException held) {
      throw OutputLock.refused(
          out,
          holder(fileSystem, file),
          " If that run is gone (killed, machine lost), clear its stale lock: hadoop fs -rm "
              + file);
    } catch (IOException failure) {
      throw OutputLock.cannotLock(file, failure);
    }
    return new FileSystemLock(fileSystem, file, text);
  }

  private static String holder(FileSystem fileSystem, Path file) {
    try (InputStream input = fileSystem.open(file)) {
      String text = new String(input.readNBytes(512), StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "holder unknown" : text;
    } catch (IOException unreadable) {
      return "holder unknown";
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException unknown) {
      return "unknown-host";
    }
  }

  /**
   * Deletes the lock file, if it is still this run's (a lock cleared by hand and taken by another
   * run is left alone).
   */
  @Override
  public void close() {
    try {
      if (holder(fileSystem, file).equals(text.strip())) {
        fileSystem.delete(file, false);
      }
    } catch (IOException ignored) {
      // a lock left behind says who held it; the next run names it and how to clear it
    }
  }
}
