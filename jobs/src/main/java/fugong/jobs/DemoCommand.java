package fugong.jobs;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.run.LocalFolders;
import fugong.run.RunLock;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the whole pipeline on the committed {@code data-sample/} into {@code reports/demo/},
 * starting from an empty output each time so the demo always shows a complete first run.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Run the whole pipeline on data-sample/ into reports/demo/ and print what it did.",
    description = {
      "Empties reports/demo/ first. The ./fugong launcher builds the project first when needed.",
      "Shows its progress as run does (see fugong run --help): live on a terminal, timestamped"
          + " lines in a log."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "The fugong checkout (default: the launcher's folder, else the current folder).")
  Path home;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path root = home != null ? home : Path.of(System.getProperty("fugong.home", "."));
    Path sample = root.resolve("data-sample");
    if (!Files.isDirectory(sample.resolve("inbox"))) {
      throw new FugongException(
          ErrorCode.USAGE,
          "no data-sample/inbox under "
              + root.toAbsolutePath()
              + "; run the demo from the fugong checkout");
    }
    Path out = root.resolve("reports").resolve("demo");
    PrintWriter writer = spec.commandLine().getOut();
    fugong.run.RunProgress shown = progress.create(spec.commandLine(), spec.commandLine().getErr());
    writer.println("fugong demo: data-sample/ -> " + out.toAbsolutePath().normalize());
    writer.flush();
    int exitCode =
        new PipelineRun(
                new PipelineRun.Config(
                    sample.resolve("inbox").toString(),
                    sample.resolve("reference"),
                    out.toString(),
                    fugong.config.FugongSettings.resolve(null, System.getenv(), java.util.Map.of()),
                    null,
                    null),
                writer,
                shown)
            .run(() -> empty(out));
    writer.println(
        "demo finished; the sample deliberately contains bad rows and an unreadable file, so"
            + " quarantined rows above are expected.");
    writer.flush();
    return exitCode == FugongCommand.EXIT_REJECTIONS ? FugongCommand.EXIT_OK : exitCode;
  }

  /**
   * Empties the demo's output folder; called while the output lock is held, so a second demo is
   * refused before it deletes anything. The lock file itself stays: deleting it would let a third
   * demo lock a new file of the same name while this one works.
   */
  private static void empty(Path folder) {
    LocalFolders.empty(folder, Set.of(folder.resolve(RunLock.LOCK_FILE)));
  }
}
