package fugong.jobs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The nightly run: ingest, metrics, publish, catalog, reports (see {@link PipelineRun}); safe to
 * run again.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header =
        "Ingest the inbox's new files, recompute the affected dates' metrics and reports, and"
            + " refresh the catalog.",
    description = {
      "Ingests every new or changed file of the inbox into the Parquet lake under OUT, recomputes"
          + " the metrics and reports of the affected dates (OUT/reports/{date}/), and refreshes"
          + " the SQL catalog (OUT/catalog.duckdb).",
      "Files already ingested with the same content change nothing; a _v{n} correction replaces its"
          + " county-date whole. Nothing becomes visible until the whole run succeeded; one run at"
          + " a time per OUT.",
      "A manifest is written to OUT/runs/{run_id}.json. See docs/operations.md.",
      "Progress goes to standard error: on a terminal one live line per stage with its counts"
          + " (files parsed, tables written, dates reported, Spark tasks) and elapsed time; in a"
          + " log (cron, CI, a pipe) timestamped lines at each stage's start and end and at most"
          + " one every 10 seconds in between. The summary goes to standard output."
    })
public final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--inbox",
      required = true,
      paramLabel = "DIR",
      description = "Folder of county submission files.")
  String inbox;

  @Option(
      names = "--power",
      paramLabel = "DIR",
      description =
          "Folder of meter files {county_code}_{yyyyMMdd}.csv from the county power supply"
              + " companies (default: INBOX/power, if it exists; without meter files the run works"
              + " as before).")
  String power;

  @Option(
      names = "--reference",
      required = true,
      paramLabel = "DIR",
      description =
          "Folder with counties.csv, assignments.csv, enterprises.csv (and power_baseline.csv, if"
              + " there is meter data).")
  Path reference;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder (lake/, runs/, restricted/); local, hdfs:// or s3a://.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (default: local[*], or spark.master of the configuration), e.g."
              + " spark://host:7077.")
  String master;

  @Option(
      names = "--rehash",
      description =
          "Read and hash every inbox file again, also those whose name, size and modification"
              + " time match the copy in the lake (which are otherwise not read): a weekly full"
              + " check catches a file rewritten in place with the same size and time.")
  boolean rehash;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "Recompute metrics and reports from this report date (yyyy-MM-dd), even with nothing"
              + " new.")
  java.time.LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "… up to this report date (inclusive).")
  java.time.LocalDate to;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: $FUGONG_CONFIG, else fugong.properties in the current"
              + " folder if present).")
  Path configFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one configuration key, e.g. --set metrics.deadline=21:00:00 (repeatable).")
  java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    java.util.Map<String, String> commandLine = new java.util.LinkedHashMap<>(overrides);
    if (master != null) {
      commandLine.put(fugong.config.SettingKey.SPARK_MASTER.key(), master);
    }
    if (rehash) {
      commandLine.put(fugong.config.SettingKey.REHASH.key(), "true");
    }
    fugong.config.FugongSettings settings =
        fugong.config.FugongSettings.resolve(configFile, System.getenv(), commandLine);
    fugong.run.RunProgress shown = progress.create(spec.commandLine(), spec.commandLine().getErr());
    return new PipelineRun(
            new PipelineRun.Config(inbox, reference, out, settings, from, to, power),
            spec.commandLine().getOut(),
            shown)
        .run();
  }
}
