package fugong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load, recorded beside each measurement: on a shared machine it explains outliers.
 */
final class MachineLoad {
  private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

  private MachineLoad() {}

  /**
   * The 1-minute load average (runnable processes) from /proc/loadavg, or "?" where there is none
   * (not Linux).
   */
  static String oneMinute() {
    try {
      return Files.readString(LOAD_AVERAGE).split(" ")[0];
    } catch (IOException | RuntimeException unavailable) {
      return "?";
    }
  }
}
