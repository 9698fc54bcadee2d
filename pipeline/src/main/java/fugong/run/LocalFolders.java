package fugong.run;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folder operations on the local output folder (reports, the demo's output). A failure is the
 * machine's, not fugong's: it is reported as {@link ErrorCode#IO_FAILURE} (EXTERNAL) naming the
 * path, so a full disk or a missing permission reads as such.
 */
public final class LocalFolders {
  private LocalFolders() {}

  /** Deletes {@code folder} and everything under it; nothing happens when it does not exist. */
  public static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    deleteUnder(folder, Set.of());
    try {
      Files.deleteIfExists(folder);
    } catch (IOException failure) {
      throw failure(folder, "delete", failure);
    }
  }

  /**
   * Deletes everything under {@code folder} except the paths in {@code keep} (and the folders
   * holding them); the folder itself stays.
   */
  public static void empty(Path folder, Set<Path> keep) {
    deleteUnder(folder, keep);
  }

  private static void deleteUnder(Path folder, Set<Path> keep) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(folder)
            && !keep.contains(path)
            && keep.stream().noneMatch(kept -> kept.startsWith(path))) {
          Files.delete(path);
        }
      }
    } catch (IOException failure) {
      throw failure(folder, "delete", failure);
    }
  }

  /**
   * The error of a local file operation that failed: IO_FAILURE, saying what was attempted on which
   * path and what the system answered.
   */
  public static FugongException failure(Path path, String action, IOException cause) {
    String detail =
        cause.getMessage() == null || cause.getMessage().equals(path.toString())
            ? cause.getClass().getSimpleName()
            : cause.toString();
    return new FugongException(
        ErrorCode.IO_FAILURE, "cannot " + action + " " + path + ": " + detail, cause);
  }
}
