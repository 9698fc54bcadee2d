package fugong.ingest.spark;

import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Reads the bytes of one inbox file with a fixed-size buffer and never more than the limit: a local
 * file only when it is a regular file (checked without following links, and opened with {@link
 * LinkOption#NOFOLLOW_LINKS}), so a link to {@code /dev/zero} or a named pipe is refused instead of
 * exhausting memory or blocking the run. Every failure is a {@link FileRejectedException} naming
 * the file.
 */
public final class InboxFileReader {
  private static final int BUFFER_BYTES = 64 * 1024;

  private InboxFileReader() {}

  /**
   * @param hadoopConfiguration the driver's Hadoop settings (used for inboxes that are not local
   *     folders, e.g. {@code s3a://} or {@code hdfs://})
   */
  public static byte[] read(InboxFile file, long maxBytes, Configuration hadoopConfiguration)
      throws FileRejectedException {
    try {
      if (file.local()) {
        Path path = Path.of(file.location());
        BasicFileAttributes attributes =
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          throw new FileRejectedException(
              FileRejection.NOT_A_REGULAR_FILE,
              file.name() + ": " + kind(attributes) + "; it was not read");
        }
        if (attributes.size() > maxBytes) {
          throw tooLarge(file.name(), attributes.size(), maxBytes);
        }
        try (InputStream input = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
          return readAtMost(file.name(), input, maxBytes);
        }
      }
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.location());
      FileSystem fileSystem = path.getFileSystem(hadoopConfiguration);
      try (InputStream input = fileSystem.open(path)) {
        return readAtMost(file.name(), input, maxBytes);
      }
    } catch (IOException | RuntimeException failure) {
      throw new FileRejectedException(
          FileRejection.READ_FAILED, file.name() + ": cannot be read: " + failure);
    }
  }

  /** What a non-regular entry is, for the message. */
  static String kind(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link (links are not followed: copy the file itself into the inbox)";
    }
    if (attributes.isDirectory()) {
      return "a folder";
    }
    return "not a regular file (a device, named pipe or socket)";
  }

  static FileRejectedException tooLarge(String name, long size, long maxBytes) {
    return new FileRejectedException(
        FileRejection.FILE_TOO_LARGE,
        name
            + ": "
            + size
            + " bytes, more than "
            + maxBytes
            + " (ingest.max_file_bytes); it was not read");
  }

  /** At most {@code maxBytes} of a stream; one byte more and the file is refused as too large. */
  public static byte[] readAtMost(String name, InputStream input, long maxBytes)
      throws IOException, FileRejectedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
      total += read;
      if (total > maxBytes) {
        throw new FileRejectedException(
            FileRejection.FILE_TOO_LARGE,
            name
                + ": more than "
                + maxBytes
                + " bytes (ingest.max_file_bytes); reading stopped there");
      }
      bytes.write(buffer, 0, read);
    }
    return bytes.toByteArray();
  }
}
