package fugong.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One {@code fugong run} over the committed data-sample/, shared by every test class of the JVM
 * that only reads its output (the catalog, the cross-check), so the sample is processed once.
 */
final class SampleRun {
  static final Path SAMPLE = Path.of("..", "data-sample");
  private static Path output;

  private SampleRun() {}

  static synchronized Path output() {
    if (output == null) {
      try {
        Path folder = Files.createTempDirectory("fugong-sample-run");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        int exitCode =
            FugongCommand.commandLine()
                .execute(
                    CommandLineTest.runArguments(
                        SAMPLE.resolve("inbox"),
                        SAMPLE.resolve("reference"),
                        folder.resolve("out")));
        if (exitCode != FugongCommand.EXIT_REJECTIONS) {
          throw new IllegalStateException(
              "fugong run on data-sample exited "
                  + exitCode
                  + " (expected 1: the sample has deliberate rejections)");
        }
        output = folder.resolve("out");
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
    }
    return output;
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
