package fugong.generate;

import static java.util.Objects.requireNonNull;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * What {@link SyntheticDataGenerator} produces: the output folder, how many enterprises (spread
 * over the 13 counties), how many consecutive report days from {@code startDate}, the seed that
 * makes the output reproducible, the share of data rows that get one injected error and the file
 * formats; how many threads build and write the submission files, which does not change a byte of
 * the output; and, optionally, the one county that gets every enterprise.
 *
 * <p>Defaults (see {@link #defaults(Path)}): 1560 enterprises, 14 days from 2020-02-26, seed
 * 20200226, error rate 0.02, {@link OutputFormat#MIXED}, one thread per available processor,
 * enterprises spread over the 13 counties.
 *
 * @param county null: the enterprises are spread evenly over the 13 counties; else the six-digit
 *     code of one county of {@link CountyDirectory#HENGSHUI} that gets every enterprise, the other
 *     12 getting none (their files have only the header): one big file among small neighbours
 */
public record GeneratorConfig(
    Path out,
    int enterprises,
    int days,
    long seed,
    double errorRate,
    LocalDate startDate,
    OutputFormat format,
    int threads,
    String county) {
  public static final int DEFAULT_ENTERPRISES = 1560;
  public static final int DEFAULT_DAYS = 14;
  public static final long DEFAULT_SEED = 20200226L;
  public static final double DEFAULT_ERROR_RATE = 0.02;
  public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2020, 2, 26);
  public static final OutputFormat DEFAULT_FORMAT = OutputFormat.MIXED;

  public GeneratorConfig {
    requireNonNull(out, "out is null");
    requireNonNull(startDate, "startDate is null");
    requireNonNull(format, "format is null");
    if (enterprises < 1) {
      throw new IllegalArgumentException("enterprises must be at least 1, got " + enterprises);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    if (!(errorRate >= 0.0 && errorRate <= 1.0)) {
      throw new IllegalArgumentException("errorRate must be in [0, 1], got " + errorRate);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (county != null && !isCountyCode(county)) {
      throw new IllegalArgumentException(
          "county must be one of the codes " + countyCodes() + ", got '" + county + "'");
    }
  }

  /** The configuration with mixed formats and one thread per available processor. */
  public GeneratorConfig(
      Path out, int enterprises, int days, long seed, double errorRate, LocalDate startDate) {
    this(
        out, enterprises, days, seed, errorRate, startDate, DEFAULT_FORMAT, defaultThreads(), null);
  }

  /**
   * The configuration with the start date 2020-02-26, mixed formats and one thread per available
   * processor.
   */
  public GeneratorConfig(Path out, int enterprises, int days, long seed, double errorRate) {
    this(out, enterprises, days, seed, errorRate, DEFAULT_START_DATE);
  }

  /** Every default: the committed sample's configuration, written to {@code out}. */
  public static GeneratorConfig defaults(Path out) {
    return new GeneratorConfig(
        out,
        DEFAULT_ENTERPRISES,
        DEFAULT_DAYS,
        DEFAULT_SEED,
        DEFAULT_ERROR_RATE,
        DEFAULT_START_DATE);
  }

  /** The default number of threads: the processors available to the JVM. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The same configuration with other file formats. */
  public GeneratorConfig withFormat(OutputFormat otherFormat) {
    return new GeneratorConfig(
        out, enterprises, days, seed, errorRate, startDate, otherFormat, threads, county);
  }

  /** The same configuration built and written by another number of threads. */
  public GeneratorConfig withThreads(int otherThreads) {
    return new GeneratorConfig(
        out, enterprises, days, seed, errorRate, startDate, format, otherThreads, county);
  }

  /**
   * The same configuration with every enterprise in the county of the six-digit code, or (null)
   * spread over the 13 counties.
   */
  public GeneratorConfig withCounty(String countyCode) {
    return new GeneratorConfig(
        out, enterprises, days, seed, errorRate, startDate, format, threads, countyCode);
  }

  /** Whether the code is one of the 13 counties of {@link CountyDirectory#HENGSHUI}. */
  public static boolean isCountyCode(String code) {
    return CountyDirectory.HENGSHUI.stream().anyMatch(county -> county.code().equals(code));
  }

  /** The codes of the 13 counties, comma-separated, in the order of DOMAIN.md §2.1. */
  public static String countyCodes() {
    return CountyDirectory.HENGSHUI.stream().map(County::code).collect(Collectors.joining(", "));
  }

  /** The report date of a 0-based day index. */
  public LocalDate date(int dayIndex) {
    return startDate.plusDays(dayIndex);
  }
}
