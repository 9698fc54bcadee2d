package fugong.jobs;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileStatus;
import fugong.ingest.InboxLimits;
import fugong.ingest.SubmissionValidator;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxFileReader;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import fugong.sheet.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks submission files with exactly the rules of ingestion, touching no output. Needs no Spark,
 * so a county clerk's file is answered in a second.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check county submission files without touching any output.",
    description = {
      "Prints one line per problem: file:row, column, reason code, the cell text, and what to do"
          + " (中文 / English).",
      "Exits 0 when every file is clean, 1 when any row would be quarantined or a file rejected."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Submission files ({county_code}_{yyyyMMdd}[_v{n}].csv|xlsx).")
  List<Path> files;

  @Option(
      names = "--reference",
      required = true,
      paramLabel = "DIR",
      description = "Folder with counties.csv, assignments.csv, enterprises.csv.")
  Path reference;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReferenceData referenceData = ReferenceLoader.load(reference);
    SubmissionValidator validator = new SubmissionValidator(referenceData, InboxLimits.DEFAULTS);
    boolean anyRejected = false;
    for (Path file : files) {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new FugongException(ErrorCode.USAGE, "cannot read " + file + ": no such file");
      }
      String name = file.getFileName().toString();
      FileOutcome outcome;
      try {
        // the same bounded, link-refusing read as ingestion: a pipe or /dev/zero cannot hang or
        // exhaust it
        byte[] content =
            InboxFileReader.read(
                InboxFile.readable(file.toString(), name, 0, Instant.now(), true),
                validator.limits().maxFileBytes(),
                new org.apache.hadoop.conf.Configuration());
        outcome = validator.validate(name, content);
      } catch (FileRejectedException refused) {
        outcome = validator.refused(name, refused.reason(), refused.getMessage());
      }
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
    return "# "
        + outcome.fileName()
        + ": "
        + outcome.rowsRead()
        + " rows read, "
        + outcome.accepted().size()
        + " accepted, "
        + outcome.quarantined().size()
        + " quarantined, "
        + outcome.duplicatesCollapsed()
        + " identical duplicates collapsed, "
        + outcome.warnings().size()
        + " warnings ("
        + outcome.encoding()
        + ")"
        + (outcome.quarantined().isEmpty() ? " — OK" : "");
  }
}
