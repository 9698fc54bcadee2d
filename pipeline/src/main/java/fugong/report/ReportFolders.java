package fugong.report;

import fugong.run.FaultInjection;
import fugong.run.LocalFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The folders of {@code OUT/reports}: one per report date, written by a run into its staging folder
 * and moved into place, and the marker {@code .run_id} naming the run whose published state they
 * show. A failure is the machine's (disk, permissions) and is reported as such (IO_FAILURE,
 * EXTERNAL) naming the path.
 */
public final class ReportFolders {
  /** The file in {@code OUT/reports} naming the run whose published state the reports show. */
  public static final String MARKER = ".run_id";

  private ReportFolders() {}

  /** Writes {@code content} to {@code file}, creating its folder. */
  public static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException failure) {
      throw LocalFolders.failure(file, "write", failure);
    }
  }

  /**
   * Moves each date's folder of {@code staging} into {@code reports} (the old one aside first,
   * deleted once the new one is in place), deletes the staging folder, runs {@code beforeMarker}
   * (the index of all dates is rewritten there) and records {@code stateRunId} in the marker.
   * Returns the files at their new places, by date.
   */
  public static Map<LocalDate, List<Path>> publish(
      Path reports,
      Path staging,
      Map<LocalDate, List<Path>> staged,
      String runId,
      String stateRunId,
      Runnable beforeMarker) {
    Map<LocalDate, List<Path>> published = new TreeMap<>();
    for (Map.Entry<LocalDate, List<Path>> date : staged.entrySet()) {
      Path target = reports.resolve(date.getKey().toString());
      Path previous = reports.resolve(".previous-" + runId + "-" + date.getKey());
      if (Files.exists(target)) {
        move(target, previous);
      }
      move(staging.resolve(date.getKey().toString()), target);
      LocalFolders.delete(previous);
      published.put(
          date.getKey(),
          date.getValue().stream().map(file -> target.resolve(file.getFileName())).toList());
      FaultInjection.checkpoint("reports:moved:" + date.getKey());
    }
    LocalFolders.delete(staging);
    beforeMarker.run();
    Path marker = reports.resolve(MARKER);
    Path temporary = reports.resolve(MARKER + ".tmp-" + runId);
    try {
      Files.createDirectories(reports);
      Files.writeString(temporary, stateRunId + "\n");
      Files.move(
          temporary, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException failure) {
      throw LocalFolders.failure(marker, "write", failure);
    }
    return published;
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to);
    } catch (IOException failure) {
      throw LocalFolders.failure(to, "move " + from + " to", failure);
    }
  }

  /**
   * Sweeps what dead runs left in {@code OUT/reports} (call it holding the output lock, so every
   * other run is dead): their staging folders {@code .staging-{run}} and marker temporaries are
   * deleted; a {@code .previous-{run}-{date}} folder is moved back to {@code {date}} when the run
   * died between moving the old folder aside and the new one in, else deleted. Returns what it did,
   * one line each.
   */
  public static List<String> sweepDeadRuns(Path out, String runId) {
    Path reports = out.resolve("reports");
    List<String> swept = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return swept;
    }
    List<Path> entries;
    try (var listing = Files.list(reports)) {
      entries = listing.sorted().toList();
    } catch (IOException failure) {
      throw LocalFolders.failure(reports, "list", failure);
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.contains(runId)) {
        continue;
      }
      if (name.startsWith(".staging-") || name.startsWith(MARKER + ".tmp-")) {
        LocalFolders.delete(entry);
        swept.add("deleted reports/" + name);
      } else if (name.startsWith(".previous-") && name.length() > ".previous-".length() + 10) {
        Path date = reports.resolve(name.substring(name.length() - 10));
        if (Files.exists(date)) {
          LocalFolders.delete(entry);
          swept.add("deleted reports/" + name);
        } else {
          move(entry, date);
          swept.add("moved reports/" + name + " back to reports/" + date.getFileName());
        }
      }
    }
    return swept;
  }

  /** The run id the reports under {@code OUT/reports} were last completed for, if any. */
  public static Optional<String> completedRun(Path out) {
    Path marker = out.resolve("reports").resolve(MARKER);
    try {
      return Files.isRegularFile(marker)
          ? Optional.of(Files.readString(marker).strip())
          : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }
}
