package fugong.bench;

import static java.util.Objects.requireNonNull;

import fugong.generate.GenerationSummary;
import fugong.generate.GeneratorConfig;
import fugong.generate.SyntheticDataGenerator;
import fugong.jobs.IngestJob;
import fugong.run.RunIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Times ingestion: generates an inbox with {@link SyntheticDataGenerator} (CSV and XLSX in every
 * accepted format, the default seed and error rate 0.02), then runs the real {@link IngestJob} into
 * a new output folder — list, parse, validate, reconcile, write every lake table, publish — and
 * reports rows per second over the whole job. A tiny inbox is ingested first, untimed, so that
 * class loading and JIT compilation are not charged to the measurement.
 */
public final class IngestBenchmark {
  /** The warm-up inbox: 130 enterprises (10 per county) for 2 days. */
  static final int WARM_UP_ENTERPRISES = 130;

  static final int WARM_UP_DAYS = 2;

  /**
   * What was generated ({@code days} report days; submission files counted by extension), the
   * machine's load average just before the timed ingestion, and what it did; {@code out} is the
   * ingested lake's output folder.
   */
  public record Result(
      GenerationSummary generated,
      int days,
      Map<String, Long> filesByExtension,
      String loadBefore,
      IngestJob.Result ingest,
      double seconds,
      String out) {
    public double rowsPerSecond() {
      return ingest.rowsRead() / seconds;
    }
  }

  private final SparkSession spark;
  private final Path folder;
  private final PrintWriter progress;

  /** Works under {@code folder} (warm-up/, input/, out/), which should be empty or absent. */
  public IngestBenchmark(SparkSession spark, Path folder, PrintWriter progress) {
    this.spark = requireNonNull(spark, "spark is null");
    this.folder = requireNonNull(folder, "folder is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  /** Generates {@code enterprises} × {@code days} and times their ingestion. */
  public Result run(int enterprises, int days) {
    Path warmUp = folder.resolve("warm-up");
    progress.printf(
        "bench: warm-up ingest of %d enterprises × %d days (not timed)%n",
        WARM_UP_ENTERPRISES, WARM_UP_DAYS);
    progress.flush();
    ingest(generate(warmUp, WARM_UP_ENTERPRISES, WARM_UP_DAYS), warmUp.resolve("out"));

    Path input = folder.resolve("input");
    progress.printf(
        "bench: generating %d enterprises × %d days into %s (not timed)%n",
        enterprises, days, input);
    progress.flush();
    GenerationSummary generated = generate(input, enterprises, days);
    progress.printf(
        "bench: ingesting %d files, %d data rows (timed)%n",
        generated.submissionFiles(), generated.dataRows());
    progress.flush();
    Path out = folder.resolve("out");
    String load = MachineLoad.oneMinute();
    long started = System.nanoTime();
    IngestJob.Result ingest = ingest(generated, out);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(
        generated,
        days,
        filesByExtension(generated.inboxFolder()),
        load,
        ingest,
        seconds,
        out.toString());
  }

  private static Map<String, Long> filesByExtension(Path inbox) {
    try (Stream<Path> files = Files.list(inbox)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.startsWith("_") && name.contains("."))
          .collect(
              Collectors.groupingBy(
                  name -> name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                  TreeMap::new,
                  Collectors.counting()));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + inbox, failure);
    }
  }

  private static GenerationSummary generate(Path target, int enterprises, int days) {
    return new SyntheticDataGenerator(
            new GeneratorConfig(
                target,
                enterprises,
                days,
                GeneratorConfig.DEFAULT_SEED,
                GeneratorConfig.DEFAULT_ERROR_RATE,
                GeneratorConfig.DEFAULT_START_DATE))
        .run();
  }

  private IngestJob.Result ingest(GenerationSummary generated, Path out) {
    Instant started = Instant.now();
    IngestJob.Config config =
        new IngestJob.Config(
            generated.inboxFolder().toString(),
            generated.referenceFolder(),
            out.toString(),
            RunIds.next(started),
            started,
            fugong.ingest.InboxLimits.DEFAULTS.withQuietSeconds(
                0)); // the files were just generated, complete
    return new IngestJob(spark, config).run();
  }
}
