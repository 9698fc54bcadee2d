package fugong.jobs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Ingests every new file of an inbox into the lake under OUT; safe to run again. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest every new or changed file of the inbox into the Parquet lake under OUT.",
      "Files already ingested with the same content change nothing; a _v{n} correction replaces its county-date whole.",
      "Nothing becomes visible until the whole run succeeded. A manifest is written to OUT/runs/{run_id}.json."
    })
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "Folder of county submission files.")
  String inbox;

  @Option(names = "--reference", required = true, paramLabel = "DIR", description = "Folder with counties.csv, assignments.csv, enterprises.csv.")
  Path reference;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (lake/, runs/, restricted/); local, hdfs:// or s3a://.")
  String out;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE}), e.g. spark://host:7077.")
  String master;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return new PipelineRun(new PipelineRun.Config(inbox, reference, out, master), spec.commandLine().getOut()).run();
  }
}
