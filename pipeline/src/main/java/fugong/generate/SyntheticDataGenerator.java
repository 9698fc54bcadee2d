package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.ingest.SubmissionFileName;
import fugong.power.PowerFlagKind;
import fugong.reference.Enterprise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deterministic synthetic data for {@code fugong generate} (DOMAIN.md §8.1): the reference folder
 * ({@code OUT/reference/}: counties, leader assignments with one mid-period change, enterprise
 * registry) and one submission file per county per day in {@code OUT/inbox/}, in every format and
 * spelling of DOMAIN.md §3 (see {@link CountyStyle}), with injected errors at the configured rate,
 * plus {@code OUT/inbox/_arrivals.csv} giving each file's arrival time (the file's mtime is set to
 * it too). The same configuration always yields byte-identical files.
 *
 * <p>When the period has at least {@value #SCENARIO_MINIMUM_DAYS} days, three scenario extras are
 * always produced: a correction {@code 131103_{day 3}_v2.csv} for 冀州区 on day 3 that fixes that
 * day's injected errors (the original gets at least one when the error rate is above 0) and changes
 * a few values; no file at all for 武强县 on day 5; and an unreadable {@code 131128_{day 7}.xlsx} (a
 * text file, not a workbook) for 阜城县 on day 7. Days are counted from 1 = the start date. Exactly
 * one resumed enterprise-day (in 故城县, in the middle of the period) reports a confirmed case.
 *
 * <p>With {@link GeneratorConfig#county()} set, every enterprise is in that county and the other 12
 * counties' files (the scenario files among them) have only the header; the confirmed case is then
 * in that county.
 *
 * <p>The registry is drawn and written first. The county-day files then go through an {@link
 * OrderedPipeline} on {@link GeneratorConfig#threads()} worker threads: the clean rows of a
 * county-day are built in parallel; errors are injected on the calling thread in the order of
 * counties, then days (the error codes cycle over the whole run; injecting is a small part of the
 * work); the file is laid out, encoded and written in parallel again. At most twice as many
 * county-days as threads are in memory at a time, and the files do not depend on the number of
 * threads.
 */
public final class SyntheticDataGenerator {
  /** The smallest number of days for which the scenario extras are produced. */
  public static final int SCENARIO_MINIMUM_DAYS = 8;

  /** 冀州区 sends a correction of day 3. */
  public static final String CORRECTION_COUNTY = "131103";

  public static final int CORRECTION_DAY = 3;

  /** 武强县 sends nothing on day 5. */
  public static final String MISSING_COUNTY = "131123";

  public static final int MISSING_DAY = 5;

  /** 阜城县 sends a file that is not a workbook on day 7. */
  public static final String UNREADABLE_COUNTY = "131128";

  public static final int UNREADABLE_DAY = 7;

  /** 故城县 has the sample's one confirmed case. */
  public static final String CONFIRMED_CASE_COUNTY = "131126";

  /** The arrivals list in the inbox; names starting with {@code _} are not submissions. */
  public static final String ARRIVALS_FILE = "_arrivals.csv";

  /** The product's time zone, in which arrival times and file modification times are given. */
  public static final ZoneId ZONE = fugong.domain.ProductZone.ZONE;

  private final GeneratorConfig config;

  public SyntheticDataGenerator(GeneratorConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config is null");
  }

  /** Writes everything; files the generator wrote before into the same folders are replaced. */
  public GenerationSummary run() {
    try {
      return write();
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "cannot write synthetic data to " + config.out() + ": " + failure.getMessage(), failure);
    }
  }

  private GenerationSummary write() throws IOException {
    Path referenceFolder = config.out().resolve("reference");
    Path inbox = config.out().resolve("inbox");
    Files.createDirectories(inbox);
    removePreviousOutput(inbox);

    List<List<EnterpriseProfile>> profiles = new RegistryGenerator(config).generate();
    List<Enterprise> enterprises = new ArrayList<>();
    profiles.forEach(county -> county.forEach(profile -> enterprises.add(profile.enterprise())));
    ReferenceWriter.write(referenceFolder, config.startDate(), enterprises);
    Set<String> registryCodes = new HashSet<>();
    enterprises.forEach(enterprise -> registryCodes.add(enterprise.uscc()));

    int confirmedDay = config.days() / 2;
    EnterpriseProfile confirmedCase = confirmedCase(profiles, config.date(confirmedDay));
    DailyRowBuilder builder = new DailyRowBuilder(config);
    Totals totals =
        new Totals(new ErrorInjector(config, registryCodes), new ArrivalSchedule(config.seed()));
    SubmissionFileWriter writer = new SubmissionFileWriter(config, inbox);
    OrderedPipeline.run(
        plan(confirmedCase, confirmedDay),
        config.threads(),
        day ->
            day.scenario() == CountyDay.Scenario.MISSING
                ? List.<SubmissionRow>of()
                : builder.rows(
                    day.county(),
                    day.style(),
                    profiles.get(day.countyIndex()),
                    day.dayIndex(),
                    day.confirmedCase()),
        totals::inject,
        writer::write);
    writeArrivals(inbox, totals.arrivals);
    PowerDataWriter.Written power =
        new PowerDataWriter(config, profiles).write(referenceFolder, inbox);
    totals.extras.addAll(powerLines(power));
    if (confirmedCase != null) {
      totals.extras.add(
          "confirmed case: "
              + confirmedCase.enterprise().name()
              + " ("
              + confirmedCase.enterprise().uscc()
              + ") reports 1 on "
              + config.date(confirmedDay));
    }
    return new GenerationSummary(
        referenceFolder,
        inbox,
        CountyDirectory.HENGSHUI.size(),
        enterprises.size(),
        totals.files,
        totals.dataRows,
        totals.errors,
        totals.duplicates,
        List.copyOf(totals.extras));
  }

  /**
   * Every county-day, counties in the order of DOMAIN.md §2.1, then days: the order of the cycle of
   * error codes.
   */
  private List<CountyDay> plan(EnterpriseProfile confirmedCase, int confirmedDay) {
    boolean scenario = config.days() >= SCENARIO_MINIMUM_DAYS;
    List<CountyDay> plan = new ArrayList<>();
    for (int countyIndex = 0; countyIndex < CountyDirectory.HENGSHUI.size(); countyIndex++) {
      County county = CountyDirectory.HENGSHUI.get(countyIndex);
      CountyStyle style = CountyStyle.forCounty(countyIndex, config.seed());
      if (config.format() == OutputFormat.CSV) {
        style = style.asPlainCsv();
      }
      for (int dayIndex = 0; dayIndex < config.days(); dayIndex++) {
        CountyDay.Scenario kind = CountyDay.Scenario.NONE;
        if (scenario && isScenarioDay(county, dayIndex, MISSING_COUNTY, MISSING_DAY)) {
          kind = CountyDay.Scenario.MISSING;
        } else if (scenario && isScenarioDay(county, dayIndex, CORRECTION_COUNTY, CORRECTION_DAY)) {
          kind = CountyDay.Scenario.CORRECTED;
        } else if (scenario && isScenarioDay(county, dayIndex, UNREADABLE_COUNTY, UNREADABLE_DAY)) {
          kind = CountyDay.Scenario.UNREADABLE;
        }
        EnterpriseProfile confirmedToday = dayIndex == confirmedDay ? confirmedCase : null;
        plan.add(
            new CountyDay(
                countyIndex, county, style, dayIndex, config.date(dayIndex), kind, confirmedToday));
      }
    }
    return plan;
  }

  /**
   * The step that sees the county-days one after the other, in the order of the plan: injecting
   * errors (the k-th error of the run gets code k mod 13, and the random draws of a file's errors
   * depend on its codes, so a file's errors depend on those of every earlier file), and the counts,
   * arrival times and scenario descriptions of the run. Keeps no rows.
   */
  private final class Totals {
    private final ErrorInjector injector;
    private final ArrivalSchedule schedule;
    private final Map<String, LocalDateTime> arrivals = new TreeMap<>();
    private final List<String> extras = new ArrayList<>();
    private int files;
    private long dataRows;
    private long errors;
    private long errorCycle;
    private long duplicates;

    Totals(ErrorInjector injector, ArrivalSchedule schedule) {
      this.injector = injector;
      this.schedule = schedule;
    }

    SubmissionFileWriter.DayRows inject(CountyDay day, List<SubmissionRow> cleanRows) {
      County county = day.county();
      if (day.scenario() == CountyDay.Scenario.MISSING) {
        extras.add(
            "missing: no file from "
                + county.name()
                + " ("
                + county.code()
                + ") for "
                + day.reportDate());
        return new SubmissionFileWriter.DayRows(day, List.of(), null);
      }
      boolean corrected = day.scenario() == CountyDay.Scenario.CORRECTED;
      ErrorInjector.Result injected =
          injector.inject(
              cleanRows,
              day.countyIndex(),
              day.dayIndex(),
              config.errorRate(),
              day.style(),
              errorCycle,
              corrected && config.errorRate() > 0);
      String fileName = day.fileName();
      if (day.scenario() == CountyDay.Scenario.UNREADABLE) {
        extras.add(
            "unreadable: "
                + fileName
                + " is CSV text renamed to .xlsx, the only file of "
                + county.name()
                + " for "
                + day.reportDate());
      } else {
        dataRows += injected.rows().size();
        errors += injected.injectedErrors();
        duplicates += injected.identicalDuplicates();
      }
      errorCycle += injected.injectedErrors();
      arrivals.put(fileName, schedule.arrival(day.countyIndex(), day.dayIndex(), day.reportDate()));
      files++;
      if (corrected) {
        String correctionName = day.correctionFileName();
        arrivals.put(
            correctionName,
            schedule.correctionArrival(day.countyIndex(), day.dayIndex(), day.reportDate()));
        files++;
        dataRows += cleanRows.size();
        extras.add(
            "correction: "
                + correctionName
                + " replaces "
                + fileName
                + " of "
                + county.name()
                + " for "
                + day.reportDate()
                + " (its "
                + injected.injectedErrors()
                + " injected error(s) fixed, a few values changed)");
      }
      return new SubmissionFileWriter.DayRows(day, injected.rows(), corrected ? cleanRows : null);
    }
  }

  private static boolean isScenarioDay(
      County county, int dayIndex, String countyCode, int dayNumber) {
    return county.code().equals(countyCode) && dayIndex == dayNumber - 1;
  }

  /** The summary lines of the meter data: files, baselines and the planted contradictions. */
  private static List<String> powerLines(PowerDataWriter.Written power) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "power: "
            + power.files()
            + " meter files in inbox/"
            + PowerDataWriter.POWER_FOLDER
            + "/ ("
            + power.readings()
            + " readings), "
            + power.withBaseline()
            + " baselines, "
            + power.withoutBaseline()
            + " enterprise(s) without one");
    for (PowerFlagKind kind : PowerFlagKind.values()) {
      long count = power.planted().stream().filter(plant -> plant.kind() == kind).count();
      if (count > 0) {
        lines.add(
            "power: planted "
                + count
                + " × "
                + kind.label()
                + " ("
                + kind.name()
                + "), listed in "
                + PowerDataWriter.PLANTED_FILE);
      }
    }
    if (power.invalidRows() > 0) {
      lines.add(
          "power: "
              + power.invalidRows()
              + " invalid meter rows in 桃城区's file of day "
              + (PowerDataWriter.INVALID_ROWS_DAY + 1)
              + " (negative, not a number, another day, conflicting duplicate, another county's"
              + " enterprise)");
    }
    return lines;
  }

  /** The first enterprise of 故城县 (else of any county) resumed by the date; null when none is. */
  private static EnterpriseProfile confirmedCase(
      List<List<EnterpriseProfile>> profiles, LocalDate date) {
    int preferred =
        CountyDirectory.HENGSHUI.indexOf(
            CountyDirectory.HENGSHUI.stream()
                .filter(county -> county.code().equals(CONFIRMED_CASE_COUNTY))
                .findFirst()
                .orElseThrow());
    for (int offset = 0; offset < profiles.size(); offset++) {
      for (EnterpriseProfile profile : profiles.get((preferred + offset) % profiles.size())) {
        if (profile.resumedBy(date)) {
          return profile;
        }
      }
    }
    return null;
  }

  private static void writeArrivals(Path inbox, Map<String, LocalDateTime> arrivals)
      throws IOException {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "arrived_at"));
    for (Map.Entry<String, LocalDateTime> arrival : arrivals.entrySet()) {
      rows.add(List.of(arrival.getKey(), format.format(arrival.getValue())));
      Files.setLastModifiedTime(
          inbox.resolve(arrival.getKey()),
          FileTime.from(arrival.getValue().atZone(ZONE).toInstant()));
    }
    Files.writeString(
        inbox.resolve(ARRIVALS_FILE), CsvText.render(rows, "\n"), StandardCharsets.UTF_8);
  }

  /**
   * Deletes submission files and the arrivals list a previous run left in the inbox; nothing else.
   */
  private static void removePreviousOutput(Path inbox) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isRegularFile(entry)
            && (name.equals(ARRIVALS_FILE) || SubmissionFileName.parse(name).isPresent())) {
          Files.delete(entry);
        }
      }
    }
  }
}
