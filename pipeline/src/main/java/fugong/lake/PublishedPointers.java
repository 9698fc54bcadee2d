package fugong.lake;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.run.RunIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The pointer files of a lake, {@code OUT/lake/_published/{sequence}.properties}: listing and
 * reading them, for {@link Lake} (which needs Spark) and for readers that do not ({@code fugong sql
 * --as-of}, the catalog's {@code lake_versions}).
 */
public final class PublishedPointers {
  static final String FOLDER = "lake/_published";
  private static final Pattern POINTER_NAME = Pattern.compile("\\d{12}\\.properties");

  private final FileSystem fileSystem;
  private final Path root;

  PublishedPointers(FileSystem fileSystem, Path root) {
    this.fileSystem = fileSystem;
    this.root = root;
  }

  /** The pointer files of the lake under a local output folder. */
  public static PublishedPointers local(java.nio.file.Path out) {
    try {
      FileSystem local = FileSystem.getLocal(new Configuration());
      return new PublishedPointers(local, new Path(out.toAbsolutePath().toUri()));
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot open output folder " + out + ": " + failure.getMessage(),
          failure);
    }
  }

  /** The folder that holds the pointer files. */
  Path folder() {
    return new Path(root, FOLDER);
  }

  /** Every pointer file, readable or not, newest (highest sequence) first. */
  List<FileStatus> newestFirst() {
    Path folder = folder();
    try {
      if (!fileSystem.exists(folder)) {
        return List.of();
      }
      return List.of(fileSystem.listStatus(folder)).stream()
          .filter(status -> POINTER_NAME.matcher(status.getPath().getName()).matches())
          .sorted(
              Comparator.comparing((FileStatus status) -> status.getPath().getName()).reversed())
          .toList();
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.LAKE_CORRUPT,
          "cannot list the published lake states in " + folder + ": " + failure.getMessage(),
          failure);
    }
  }

  /**
   * The state a pointer file holds, or empty when it cannot be read, parsed or is misnamed. A file
   * written before {@code published_at} was recorded gets its run's start time (the run id), else
   * the file's modification time: the run id survives the folder being copied, the time of the file
   * does not.
   */
  Optional<PublishedState> read(FileStatus pointer) {
    try (InputStream input = fileSystem.open(pointer.getPath())) {
      PublishedState state =
          PublishedState.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8));
      if (!pointer.getPath().getName().equals(pointerName(state.sequence()))) {
        return Optional.empty();
      }
      if (state.publishedAt() == null) {
        state =
            state.withPublishedAt(
                RunIds.startedAt(state.runId())
                    .orElse(Instant.ofEpochMilli(pointer.getModificationTime())));
      }
      return Optional.of(state);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * Every readable published state still on disk, newest first: the states a reader can go back to
   * (their version folders are kept with them).
   */
  public List<PublishedState> kept() {
    List<PublishedState> kept = new ArrayList<>();
    for (FileStatus pointer : newestFirst()) {
      read(pointer).ifPresent(kept::add);
    }
    return kept;
  }

  static String pointerName(long sequence) {
    return String.format("%012d.properties", sequence);
  }
}
