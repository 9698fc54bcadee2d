package fugong.jobs;

import fugong.generate.GenerationSummary;
import fugong.generate.GeneratorConfig;
import fugong.generate.OutputFormat;
import fugong.generate.SyntheticDataGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fugong generate}: writes synthetic reference data and county submissions (DOMAIN.md §2–§3)
 * to {@code OUT/reference/} and {@code OUT/inbox/}, deterministic for a seed. Defaults: 1560
 * enterprises, 14 days from 2020-02-26, seed 20200226, error rate 0.02, mixed formats — the
 * committed {@code data-sample/}; as many threads as processors, which changes no byte.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Write deterministic synthetic reference data and daily county submissions.",
    description = {
      "Writes reference data (OUT/reference/) and daily county submissions (OUT/inbox/) in every"
          + " accepted format, with injected errors, a correction, a missing and an unreadable file"
          + " (when --days >= 8). Same options, same bytes, whatever --threads.",
      "County-day files are built and written in parallel with bounded memory, so national scale"
          + " works, for example:",
      "  fugong generate --out big --enterprises 400000 --days 30 --format csv"
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write reference/ and inbox/ into.")
  Path out;

  @Option(
      names = "--enterprises",
      paramLabel = "N",
      description =
          "Enterprises in the registry, spread over the 13 counties, or all in --county"
              + " (default: ${DEFAULT-VALUE}).")
  int enterprises = GeneratorConfig.DEFAULT_ENTERPRISES;

  @Option(
      names = "--county",
      paramLabel = "CODE",
      description =
          "Put every enterprise into this county (six-digit code, e.g. 131102 桃城区); the other 12"
              + " counties get none and their files only the header: one big file among small"
              + " neighbours (default: spread over the 13 counties).")
  String county;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Consecutive report days (default: ${DEFAULT-VALUE}).")
  int days = GeneratorConfig.DEFAULT_DAYS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = GeneratorConfig.DEFAULT_SEED;

  @Option(
      names = "--error-rate",
      paramLabel = "R",
      description =
          "Share of data rows with one injected error, in [0,1] (default: ${DEFAULT-VALUE}).")
  double errorRate = GeneratorConfig.DEFAULT_ERROR_RATE;

  @Option(
      names = "--start",
      paramLabel = "yyyy-MM-dd",
      description = "First report date (default: ${DEFAULT-VALUE}).")
  LocalDate start = GeneratorConfig.DEFAULT_START_DATE;

  @Option(
      names = "--format",
      paramLabel = "mixed|csv",
      description =
          "mixed: each county its own format (CSV UTF-8, UTF-8 with BOM, GBK, XLSX, XLSX with a"
              + " title row). csv: every submission plain UTF-8 CSV, faster to write; each county"
              + " keeps its headers, column order and spellings of county, yes/no and dates, but no"
              + " title row or Excel cells; the unreadable .xlsx stays (default:"
              + " ${DEFAULT-VALUE}).")
  String format = "mixed";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that build and write the files; the output does not depend on it (default: the"
              + " processors, ${DEFAULT-VALUE}).")
  int threads = GeneratorConfig.defaultThreads();

  @Override
  public Integer call() {
    if (!(errorRate >= 0.0 && errorRate <= 1.0)) {
      throw new ParameterException(
          spec.commandLine(), "--error-rate must be between 0 and 1, got " + errorRate);
    }
    if (enterprises < 1) {
      throw new ParameterException(
          spec.commandLine(), "--enterprises must be at least 1, got " + enterprises);
    }
    if (days < 1) {
      throw new ParameterException(spec.commandLine(), "--days must be at least 1, got " + days);
    }
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (county != null && !GeneratorConfig.isCountyCode(county)) {
      throw new ParameterException(
          spec.commandLine(),
          "--county must be the six-digit code of a county of Hengshui ("
              + GeneratorConfig.countyCodes()
              + "), not '"
              + county
              + "'");
    }
    GeneratorConfig config =
        new GeneratorConfig(
            out, enterprises, days, seed, errorRate, start, outputFormat(), threads, county);
    GenerationSummary summary = new SyntheticDataGenerator(config).run();
    PrintWriter output = spec.commandLine().getOut();
    if (county == null) {
      output.printf(
          "wrote %d enterprises in %d counties to %s%n",
          summary.enterprises(), summary.counties(), summary.referenceFolder());
    } else {
      output.printf(
          "wrote %d enterprises, all in county %s (the other %d counties have none), to %s%n",
          summary.enterprises(), county, summary.counties() - 1, summary.referenceFolder());
    }
    output.printf(
        "wrote %d submission files (%d data rows, %d injected errors, %d identical duplicate rows)"
            + " and %s to %s%n",
        summary.submissionFiles(),
        summary.dataRows(),
        summary.injectedErrors(),
        summary.identicalDuplicates(),
        SyntheticDataGenerator.ARRIVALS_FILE,
        summary.inboxFolder());
    for (String extra : summary.scenarioExtras()) {
      output.println("  " + extra);
    }
    output.flush();
    return 0;
  }

  private OutputFormat outputFormat() {
    try {
      return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ParameterException(
          spec.commandLine(), "--format must be mixed or csv, not '" + format + "'");
    }
  }
}
