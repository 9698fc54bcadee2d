package fugong.ingest.spark;

import fugong.domain.ProductZone;
import fugong.domain.TextNormalizer;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import fugong.ingest.InboxLimits;
import fugong.sheet.CsvSheetReader;
import fugong.sheet.SheetRejectedException;
import fugong.sheet.SheetRow;
import fugong.sheet.TextDecoder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the submission files of an inbox folder (metadata only; contents are read on the
 * executors). Names starting with {@code _} or {@code .} are not submissions; sub-folders (such as
 * {@code power/}, listed on its own for the meter files) are not listed.
 *
 * <p>A local inbox is listed with {@code java.nio} without following links, so any name can be
 * listed (a name like {@code copy 10:30.csv} is no Hadoop path) and every entry is what it is: a
 * symbolic link, a device or a named pipe is listed as refused ({@code NOT_A_REGULAR_FILE}), a file
 * larger than {@link InboxLimits#maxFileBytes()} as {@code FILE_TOO_LARGE}; neither is opened. A
 * file modified less than {@link InboxLimits#quietSeconds()} seconds before the listing is still
 * being written: it is left for the next run and named in a warning.
 *
 * <p>Arrival time is the file's modification time. An optional {@code _arrivals.csv} (header {@code
 * file,arrived_at}, local date-times in Asia/Shanghai) overrides it per file: copies and git
 * checkouts do not keep modification times, and the deadline rule depends on them. A file named
 * there has been declared complete, so the quiet period does not hold it back.
 */
public final class InboxListing {
  public static final String ARRIVALS_FILE = "_arrivals.csv";
  private static final Logger LOG = LoggerFactory.getLogger(InboxListing.class);

  /**
   * The entries to ingest now (some refused), and the messages about files left for the next run.
   */
  public record Listing(List<InboxFile> files, List<String> deferred) {}

  private InboxListing() {}

  public static Listing list(
      String inbox, Configuration hadoopConfiguration, InboxLimits limits, Instant now) {
    Optional<java.nio.file.Path> local = localFolder(inbox);
    Listing listing;
    try {
      listing =
          local.isPresent()
              ? listLocal(inbox, local.get(), limits, now)
              : listHadoop(inbox, hadoopConfiguration, limits, now);
    } catch (java.io.FileNotFoundException | NoSuchFileException missing) {
      throw new FugongException(
          ErrorCode.INBOX_MISSING, "the inbox folder " + inbox + " does not exist");
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot list the inbox " + inbox + ": " + failure.getMessage(),
          failure);
    }
    listing.deferred().forEach(LOG::warn);
    return listing;
  }

  /**
   * As {@link #list}, for an optional folder (the default meter folder {@code INBOX/power}): empty
   * when it does not exist. A local folder that is a symbolic link is not followed (a warning says
   * so) and counts as absent, as links in the inbox are never followed.
   */
  public static Optional<Listing> listIfPresent(
      String folder, Configuration hadoopConfiguration, InboxLimits limits, Instant now) {
    Optional<java.nio.file.Path> local = localFolder(folder);
    try {
      if (local.isPresent()) {
        if (Files.isSymbolicLink(local.get())) {
          LOG.warn(
              "fugong: {} is a symbolic link; links are not followed, so it is not read (give the"
                  + " folder itself with --power)",
              folder);
          return Optional.empty();
        }
        if (!Files.exists(local.get(), LinkOption.NOFOLLOW_LINKS)) {
          return Optional.empty();
        }
      } else {
        Path path = new Path(folder);
        if (!path.getFileSystem(hadoopConfiguration).exists(path)) {
          return Optional.empty();
        }
      }
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE, "cannot look for " + folder + ": " + failure.getMessage(), failure);
    }
    return Optional.of(list(folder, hadoopConfiguration, limits, now));
  }

  /**
   * The local folder of an inbox given as a plain path or a {@code file:} URI; empty for hdfs://,
   * s3a://, ….
   */
  static Optional<java.nio.file.Path> localFolder(String inbox) {
    if (inbox.startsWith("file:")) {
      return Optional.of(
          inbox.startsWith("file:/")
              ? java.nio.file.Path.of(URI.create(inbox))
              : java.nio.file.Path.of(inbox.substring(5)));
    }
    return inbox.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")
        ? Optional.empty()
        : Optional.of(java.nio.file.Path.of(inbox));
  }

  private static Listing listLocal(
      String inbox, java.nio.file.Path folder, InboxLimits limits, Instant now) throws IOException {
    if (!Files.isDirectory(folder)) {
      if (!Files.exists(folder)) {
        throw new NoSuchFileException(inbox);
      }
      throw new FugongException(ErrorCode.INBOX_MISSING, "the inbox " + inbox + " is not a folder");
    }
    Map<String, Instant> arrivals = new HashMap<>();
    java.nio.file.Path arrivalsFile = folder.resolve(ARRIVALS_FILE);
    if (Files.exists(arrivalsFile, LinkOption.NOFOLLOW_LINKS)) {
      arrivals =
          parseArrivals(
              arrivalsFile.toString(),
              readArrivalsBytes(
                  InboxFile.readable(arrivalsFile.toString(), ARRIVALS_FILE, 0, now, true),
                  limits,
                  new Configuration()));
    }
    List<InboxFile> files = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    List<java.nio.file.Path> entries = new ArrayList<>();
    try (DirectoryStream<java.nio.file.Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    }
    for (java.nio.file.Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException goneMeanwhile) {
        continue;
      }
      if (attributes.isDirectory()) {
        continue;
      }
      Instant modified = attributes.lastModifiedTime().toInstant();
      Instant arrived = arrivals.getOrDefault(name, modified);
      String location = entry.toAbsolutePath().toString();
      if (!attributes.isRegularFile()) {
        files.add(
            InboxFile.refused(
                location,
                name,
                attributes.size(),
                arrived,
                FileRejection.NOT_A_REGULAR_FILE,
                name + ": " + InboxFileReader.kind(attributes) + "; it was not read"));
      } else if (!arrivals.containsKey(name) && stillBeingWritten(modified, limits, now)) {
        deferred.add(deferral(location, modified, limits, now));
      } else if (attributes.size() > limits.maxFileBytes()) {
        FileRejectedException tooLarge =
            InboxFileReader.tooLarge(name, attributes.size(), limits.maxFileBytes());
        files.add(
            InboxFile.refused(
                location,
                name,
                attributes.size(),
                arrived,
                tooLarge.reason(),
                tooLarge.getMessage()));
      } else {
        files.add(InboxFile.readable(location, name, attributes.size(), arrived, modified, true));
      }
    }
    files.sort(Comparator.comparing(InboxFile::name));
    deferred.sort(Comparator.naturalOrder());
    return new Listing(files, deferred);
  }

  private static Listing listHadoop(
      String inbox, Configuration hadoopConfiguration, InboxLimits limits, Instant now)
      throws IOException {
    Path folder = new Path(inbox);
    FileSystem fileSystem = folder.getFileSystem(hadoopConfiguration);
    if (!fileSystem.getFileStatus(folder).isDirectory()) {
      throw new FugongException(ErrorCode.INBOX_MISSING, "the inbox " + inbox + " is not a folder");
    }
    Map<String, Instant> arrivals = new HashMap<>();
    Path arrivalsPath = new Path(folder, ARRIVALS_FILE);
    if (fileSystem.exists(arrivalsPath)) {
      arrivals =
          parseArrivals(
              arrivalsPath.toString(),
              readArrivalsBytes(
                  InboxFile.readable(arrivalsPath.toString(), ARRIVALS_FILE, 0, now, false),
                  limits,
                  hadoopConfiguration));
    }
    List<InboxFile> files = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    for (FileStatus status : fileSystem.listStatus(folder)) {
      String name = status.getPath().getName();
      if (status.isDirectory() || name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      Instant modified = Instant.ofEpochMilli(status.getModificationTime());
      Instant arrived = arrivals.getOrDefault(name, modified);
      if (!status.isFile()) {
        files.add(
            new InboxFile(
                status.getPath().toString(),
                name,
                status.getLen(),
                arrived,
                false,
                FileRejection.NOT_A_REGULAR_FILE,
                name + ": not a regular file (a link); it was not read",
                null));
      } else if (!arrivals.containsKey(name) && stillBeingWritten(modified, limits, now)) {
        deferred.add(deferral(status.getPath().toString(), modified, limits, now));
      } else if (status.getLen() > limits.maxFileBytes()) {
        FileRejectedException tooLarge =
            InboxFileReader.tooLarge(name, status.getLen(), limits.maxFileBytes());
        files.add(
            new InboxFile(
                status.getPath().toString(),
                name,
                status.getLen(),
                arrived,
                false,
                tooLarge.reason(),
                tooLarge.getMessage(),
                null));
      } else {
        files.add(
            InboxFile.readable(
                status.getPath().toString(), name, status.getLen(), arrived, modified, false));
      }
    }
    files.sort(Comparator.comparing(InboxFile::name));
    deferred.sort(Comparator.naturalOrder());
    return new Listing(files, deferred);
  }

  private static boolean stillBeingWritten(Instant modified, InboxLimits limits, Instant now) {
    return limits.quietSeconds() > 0 && modified.isAfter(now.minusSeconds(limits.quietSeconds()));
  }

  /** The warning about a file left for the next run, naming it by its whole path. */
  private static String deferral(
      String location, Instant modified, InboxLimits limits, Instant now) {
    return "fugong: "
        + location
        + " was modified "
        + Math.max(0, Duration.between(modified, now).toSeconds())
        + " s ago, less than "
        + limits.quietSeconds()
        + " s (ingest.quiet_seconds): it may still be being written and is left for the next run";
  }

  private static byte[] readArrivalsBytes(
      InboxFile file, InboxLimits limits, Configuration hadoopConfiguration) {
    try {
      return InboxFileReader.read(file, limits.maxFileBytes(), hadoopConfiguration);
    } catch (FileRejectedException refused) {
      throw new FugongException(ErrorCode.USAGE, file.location() + ": " + refused.getMessage());
    }
  }

  private static Map<String, Instant> parseArrivals(String file, byte[] bytes) {
    Map<String, Instant> arrivals = new HashMap<>();
    String text =
        TextDecoder.decode(bytes)
            .orElseThrow(
                () -> new FugongException(ErrorCode.USAGE, file + " is neither UTF-8 nor GBK text"))
            .text();
    List<SheetRow> rows;
    try {
      rows = CsvSheetReader.parse(text);
    } catch (SheetRejectedException malformed) {
      throw new FugongException(ErrorCode.USAGE, file + ": " + malformed.getMessage());
    }
    ZoneId zone = ProductZone.ZONE;
    for (SheetRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String name = TextNormalizer.trim(row.cell(0));
      String time = TextNormalizer.trim(row.cell(1));
      try {
        arrivals.put(name, LocalDateTime.parse(time).atZone(zone).toInstant());
      } catch (DateTimeParseException badTime) {
        throw new FugongException(
            ErrorCode.USAGE,
            file
                + " row "
                + row.physicalRow()
                + " column arrived_at: '"
                + time
                + "' is not a local date-time like 2020-02-26T18:42:10");
      }
    }
    return arrivals;
  }
}
