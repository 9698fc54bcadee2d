package fugong.ingest.spark;

import fugong.domain.TextNormalizer;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.CsvSheetReader;
import fugong.ingest.FileRejectedException;
import fugong.ingest.SheetRow;
import fugong.ingest.TextDecoder;
import fugong.spark.SparkSessions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the submission files of an inbox folder (metadata only; contents are read on the
 * executors). Names starting with {@code _} or {@code .} are not submissions.
 *
 * <p>Arrival time is the file's modification time. An optional {@code _arrivals.csv} (header
 * {@code file,arrived_at}, local date-times in Asia/Shanghai) overrides it per file: copies and
 * git checkouts do not keep modification times, and the deadline rule depends on them.
 */
public final class InboxListing {
  public static final String ARRIVALS_FILE = "_arrivals.csv";

  private InboxListing() {}

  public static List<InboxFile> list(String inbox, Configuration hadoopConfiguration) {
    Path folder = new Path(inbox);
    try {
      FileSystem fileSystem = folder.getFileSystem(hadoopConfiguration);
      if (!fileSystem.getFileStatus(folder).isDirectory()) {
        throw new FugongException(ErrorCode.INBOX_MISSING, "the inbox " + inbox + " is not a folder");
      }
      Map<String, Instant> arrivals = readArrivals(fileSystem, new Path(folder, ARRIVALS_FILE));
      List<InboxFile> files = new ArrayList<>();
      for (FileStatus status : fileSystem.listStatus(folder)) {
        String name = status.getPath().getName();
        if (!status.isFile() || name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        Instant arrived = arrivals.getOrDefault(name, Instant.ofEpochMilli(status.getModificationTime()));
        files.add(new InboxFile(status.getPath().toString(), name, status.getLen(), arrived));
      }
      files.sort(Comparator.comparing(InboxFile::name));
      return files;
    } catch (java.io.FileNotFoundException missing) {
      throw new FugongException(ErrorCode.INBOX_MISSING, "the inbox folder " + inbox + " does not exist");
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot list the inbox " + inbox + ": " + failure.getMessage(), failure);
    }
  }

  private static Map<String, Instant> readArrivals(FileSystem fileSystem, Path file) throws IOException {
    Map<String, Instant> arrivals = new HashMap<>();
    if (!fileSystem.exists(file)) {
      return arrivals;
    }
    byte[] bytes;
    try (InputStream input = fileSystem.open(file)) {
      bytes = input.readAllBytes();
    }
    String text =
        TextDecoder.decode(bytes)
            .orElseThrow(() -> new FugongException(ErrorCode.USAGE, file + " is neither UTF-8 nor GBK text"))
            .text();
    List<SheetRow> rows;
    try {
      rows = CsvSheetReader.parse(text);
    } catch (FileRejectedException malformed) {
      throw new FugongException(ErrorCode.USAGE, file + ": " + malformed.getMessage());
    }
    ZoneId zone = ZoneId.of(SparkSessions.PRODUCT_TIME_ZONE);
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
            file + " row " + row.physicalRow() + " column arrived_at: '" + time + "' is not a local date-time like 2020-02-26T18:42:10");
      }
    }
    return arrivals;
  }
}
