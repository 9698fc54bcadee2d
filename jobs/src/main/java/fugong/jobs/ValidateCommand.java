package fugong.jobs;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileStatus;
import fugong.ingest.Problem;
import fugong.ingest.SubmissionValidator;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks submission files with exactly the rules of ingestion, touching no output. Needs no
 * Spark, so a county clerk's file is answered in a second.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check county submission files without touching any output.",
    description = {
      "Prints one line per problem: file:row, column, reason code, the cell text, and what to do (中文 / English).",
      "Exits 0 when every file is clean, 1 when any row would be quarantined or a file rejected."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files ({county_code}_{yyyyMMdd}[_v{n}].csv|xlsx).")
  List<Path> files;

  @Option(names = "--reference", required = true, paramLabel = "DIR", description = "Folder with counties.csv, assignments.csv, enterprises.csv.")
  Path reference;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReferenceData referenceData = ReferenceLoader.load(reference);
    SubmissionValidator validator = new SubmissionValidator(referenceData);
    boolean anyRejected = false;
    for (Path file : files) {
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException unreadable) {
        throw new FugongException(ErrorCode.USAGE, "cannot read " + file + ": " + unreadable.getMessage());
      }
      FileOutcome outcome = validator.validate(file.getFileName().toString(), content);
      for (Problem problem : outcome.problems()) {
        out.println(problem.toLine());
      }
      out.println(summary(outcome));
      anyRejected |= outcome.status() == FileStatus.REJECTED || !outcome.quarantined().isEmpty();
    }
    out.flush();
    return anyRejected ? FugongCommand.EXIT_REJECTIONS : FugongCommand.EXIT_OK;
  }

  static String summary(FileOutcome outcome) {
    if (outcome.status() == FileStatus.REJECTED) {
      return "# " + outcome.fileName() + ": REJECTED (" + outcome.rejection() + "), 0 rows read";
    }
    return "# " + outcome.fileName() + ": " + outcome.rowsRead() + " rows read, " + outcome.accepted().size() + " accepted, "
        + outcome.quarantined().size() + " quarantined, " + outcome.duplicatesCollapsed() + " identical duplicates collapsed, "
        + outcome.warnings().size() + " warnings (" + outcome.encoding() + ")"
        + (outcome.quarantined().isEmpty() ? " — OK" : "");
  }
}
