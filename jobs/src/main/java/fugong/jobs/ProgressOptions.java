package fugong.jobs;

import fugong.run.RunProgress;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The progress options of {@code run} and {@code demo}: how much to say while working, and how. */
final class ProgressOptions {
  @Option(
      names = {"-q", "--quiet"},
      description = "Show only warnings, errors and the final summary while the run works.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also show a line for every table written and every date's reports.")
  boolean verbose;

  @Option(
      names = "--progress",
      paramLabel = "auto|live|plain",
      description =
          "How progress is shown: live redraws one line per stage with counts and elapsed time,"
              + " plain writes timestamped lines for logs. The default, auto, is live on an"
              + " interactive terminal (not when the CI variable is set or TERM is dumb) and plain"
              + " otherwise.")
  String progress = "auto";

  /** The progress these options ask for, on {@code err}. */
  RunProgress create(CommandLine commandLine, PrintWriter err) {
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(
          commandLine, "--quiet and --verbose exclude each other");
    }
    RunProgress.Display display;
    try {
      display = RunProgress.Display.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new CommandLine.ParameterException(
          commandLine, "--progress must be auto, live or plain, not '" + progress + "'");
    }
    RunProgress.Verbosity verbosity =
        quiet
            ? RunProgress.Verbosity.QUIET
            : verbose ? RunProgress.Verbosity.VERBOSE : RunProgress.Verbosity.NORMAL;
    return RunProgress.of(
        display.resolve(System.console() != null, System.getenv()), verbosity, err);
  }
}
