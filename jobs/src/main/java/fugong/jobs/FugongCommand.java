package fugong.jobs;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fugong} command line (DOMAIN.md §8.1). Exit codes: 0 success; 1 the run finished but
 * the input had rejected rows or files; 2 usage error; 3 the run failed and published nothing new;
 * 4 the run published the lake, but the catalog or the reports failed.
 */
@Command(
    name = "fugong",
    mixinStandardHelpOptions = true,
    version = "fugong 0.1.0",
    header = "复工 — industrial enterprise resumption supervision.",
    description = {
      "Validates the county bureaus' daily files into a Parquet lake, computes resumption metrics"
          + " and alerts, renders the Chinese briefings and keeps a DuckDB catalog for SQL."
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ValidateCommand.class,
      SqlCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 input had rejected rows or files, 2 usage error, 3 run failed"
          + " (nothing new published),",
      "4 the lake was published but the catalog or the reports failed (the next run completes"
          + " them)."
    })
public final class FugongCommand implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_REJECTIONS = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_FAILED = 3;
  public static final int EXIT_PUBLISHED_INCOMPLETE = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] arguments) {
    System.exit(execute(arguments));
  }

  /** Runs the command line and returns its exit code (for tests and {@link #main}). */
  public static int execute(String... arguments) {
    return commandLine().execute(arguments);
  }

  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new FugongCommand());
    commandLine.setExitCodeExceptionMapper(FugongCommand::exitCode);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          PrintWriter err = exception.getCommandLine().getErr();
          err.println("fugong: " + exception.getMessage());
          err.println(
              "Try '"
                  + exception.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return EXIT_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          PrintWriter err = command.getErr();
          if (exception instanceof FugongException fugongException) {
            err.println("fugong: " + exception.getMessage());
          } else {
            err.println("fugong: unexpected failure: " + exception);
            exception.printStackTrace(err);
          }
          err.flush();
          return exitCode(exception);
        });
    return commandLine;
  }

  private static int exitCode(Throwable exception) {
    if (exception instanceof FugongException fugongException) {
      ErrorCode code = fugongException.code();
      if (code == ErrorCode.PUBLISHED_INCOMPLETE) {
        return EXIT_PUBLISHED_INCOMPLETE;
      }
      return code == ErrorCode.USAGE || code == ErrorCode.CONFIG_INVALID ? EXIT_USAGE : EXIT_FAILED;
    }
    return EXIT_FAILED;
  }
}
