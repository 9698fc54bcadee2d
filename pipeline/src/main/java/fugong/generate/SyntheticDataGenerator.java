package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.ingest.SubmissionColumn;
import fugong.ingest.SubmissionFileName;
import fugong.reference.Enterprise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.SplittableRandom;
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
 * a few values; no file at all for 武强县 on day 5; and an
 * unreadable {@code 131128_{day 7}.xlsx} (a text file, not a workbook) for 阜城县 on day 7. Days are
 * counted from 1 = the start date. Exactly one resumed enterprise-day (in 故城县, in the middle of the
 * period) reports a confirmed case.
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
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  private final GeneratorConfig config;

  public SyntheticDataGenerator(GeneratorConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config is null");
  }

  /** Writes everything; files the generator wrote before into the same folders are replaced. */
  public GenerationSummary run() {
    try {
      return write();
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write synthetic data to " + config.out() + ": " + failure.getMessage(), failure);
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

    boolean scenario = config.days() >= SCENARIO_MINIMUM_DAYS;
    int confirmedDay = config.days() / 2;
    EnterpriseProfile confirmedCase = confirmedCase(profiles, config.date(confirmedDay));

    DailyRowBuilder builder = new DailyRowBuilder(config);
    ErrorInjector injector = new ErrorInjector(config, registryCodes);
    ArrivalSchedule schedule = new ArrivalSchedule(config.seed());
    Map<String, LocalDateTime> arrivals = new TreeMap<>();
    List<String> extras = new ArrayList<>();
    int files = 0;
    int dataRows = 0;
    int errors = 0;
    int errorCycle = 0;
    int duplicates = 0;
    for (int countyIndex = 0; countyIndex < CountyDirectory.HENGSHUI.size(); countyIndex++) {
      County county = CountyDirectory.HENGSHUI.get(countyIndex);
      CountyStyle style = CountyStyle.forCounty(countyIndex, config.seed());
      for (int dayIndex = 0; dayIndex < config.days(); dayIndex++) {
        LocalDate reportDate = config.date(dayIndex);
        String stem = county.code() + "_" + BASIC_DATE.format(reportDate);
        if (scenario && isScenarioDay(county, dayIndex, MISSING_COUNTY, MISSING_DAY)) {
          extras.add("missing: no file from " + county.name() + " (" + county.code() + ") for " + reportDate);
          continue;
        }
        EnterpriseProfile confirmedToday = dayIndex == confirmedDay ? confirmedCase : null;
        List<SubmissionRow> cleanRows = builder.rows(county, style, profiles.get(countyIndex), dayIndex, confirmedToday);
        boolean corrected = scenario && isScenarioDay(county, dayIndex, CORRECTION_COUNTY, CORRECTION_DAY);
        ErrorInjector.Result injected =
            injector.inject(cleanRows, countyIndex, dayIndex, config.errorRate(), style, errorCycle, corrected && config.errorRate() > 0);
        String title = style.format() == FileFormat.XLSX_WITH_TITLE ? style.title(county, reportDate) : null;
        SubmissionTable table = SubmissionTable.of(title, style, injected.rows());
        String fileName = stem + "." + style.format().extension();
        byte[] content;
        if (scenario && isScenarioDay(county, dayIndex, UNREADABLE_COUNTY, UNREADABLE_DAY)) {
          fileName = stem + ".xlsx";
          content = CsvText.render(table.asText(), "\n").getBytes(StandardCharsets.UTF_8);
          extras.add("unreadable: " + fileName + " is CSV text renamed to .xlsx, the only file of " + county.name() + " for " + reportDate);
        } else {
          content = style.format().isWorkbook()
              ? XlsxSubmissionWriter.write(table, style.excelDates(), reportDate)
              : CsvSubmissionWriter.write(table, style.format());
          dataRows += injected.rows().size();
          errors += injected.injectedErrors();
          duplicates += injected.identicalDuplicates();
        }
        errorCycle += injected.injectedErrors();
        Files.write(inbox.resolve(fileName), content);
        arrivals.put(fileName, schedule.arrival(countyIndex, dayIndex, reportDate));
        files++;
        if (corrected) {
          String correctionName = stem + "_v2.csv";
          List<SubmissionRow> correctedRows = correctedRows(cleanRows, countyIndex, dayIndex);
          SubmissionTable correction = SubmissionTable.of(null, style, correctedRows);
          Files.write(inbox.resolve(correctionName), CsvSubmissionWriter.write(correction, FileFormat.CSV_UTF8));
          arrivals.put(correctionName, schedule.correctionArrival(countyIndex, dayIndex, reportDate));
          files++;
          dataRows += correctedRows.size();
          extras.add("correction: " + correctionName + " replaces " + fileName + " of " + county.name() + " for " + reportDate
              + " (its " + injected.injectedErrors() + " injected error(s) fixed, a few values changed)");
        }
      }
    }
    writeArrivals(inbox, arrivals);
    if (confirmedCase != null) {
      extras.add("confirmed case: " + confirmedCase.enterprise().name() + " (" + confirmedCase.enterprise().uscc() + ") reports 1 on "
          + config.date(confirmedDay));
    }
    return new GenerationSummary(
        referenceFolder, inbox, CountyDirectory.HENGSHUI.size(), enterprises.size(), files, dataRows, errors, duplicates, List.copyOf(extras));
  }

  private static boolean isScenarioDay(County county, int dayIndex, String countyCode, int dayNumber) {
    return county.code().equals(countyCode) && dayIndex == dayNumber - 1;
  }

  /** The first enterprise of 故城县 (else of any county) resumed by the date; null when none is. */
  private static EnterpriseProfile confirmedCase(List<List<EnterpriseProfile>> profiles, LocalDate date) {
    int preferred = CountyDirectory.HENGSHUI.indexOf(
        CountyDirectory.HENGSHUI.stream().filter(county -> county.code().equals(CONFIRMED_CASE_COUNTY)).findFirst().orElseThrow());
    for (int offset = 0; offset < profiles.size(); offset++) {
      for (EnterpriseProfile profile : profiles.get((preferred + offset) % profiles.size())) {
        if (profile.resumedBy(date)) {
          return profile;
        }
      }
    }
    return null;
  }

  /** The day's rows without injected errors or duplicates, with a few staff and output figures revised. */
  private List<SubmissionRow> correctedRows(List<SubmissionRow> cleanRows, int countyIndex, int dayIndex) {
    SplittableRandom random = Seeds.random(config.seed(), "correction", countyIndex, dayIndex);
    List<SubmissionRow> rows = new ArrayList<>();
    int revised = 0;
    for (SubmissionRow clean : cleanRows) {
      SubmissionRow row = clean.copy();
      if (row.resumed() && revised < 3 && random.nextDouble() < 0.2) {
        long staff = row.get(SubmissionColumn.EMPLOYEES_ON_DUTY).number().longValue();
        BigDecimal output = row.get(SubmissionColumn.OUTPUT_VALUE).number();
        row.set(SubmissionColumn.EMPLOYEES_ON_DUTY, GeneratedCell.number(staff + 1 + random.nextInt(5)));
        row.set(
            SubmissionColumn.OUTPUT_VALUE,
            GeneratedCell.number(output.multiply(BigDecimal.valueOf(1.05 + 0.15 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP)));
        revised++;
      }
      rows.add(row);
    }
    return rows;
  }

  private static void writeArrivals(Path inbox, Map<String, LocalDateTime> arrivals) throws IOException {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "arrived_at"));
    for (Map.Entry<String, LocalDateTime> arrival : arrivals.entrySet()) {
      rows.add(List.of(arrival.getKey(), format.format(arrival.getValue())));
      Files.setLastModifiedTime(inbox.resolve(arrival.getKey()), FileTime.from(arrival.getValue().atZone(ZONE).toInstant()));
    }
    Files.writeString(inbox.resolve(ARRIVALS_FILE), CsvText.render(rows, "\n"), StandardCharsets.UTF_8);
  }

  /** Deletes submission files and the arrivals list a previous run left in the inbox; nothing else. */
  private static void removePreviousOutput(Path inbox) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isRegularFile(entry) && (name.equals(ARRIVALS_FILE) || SubmissionFileName.parse(name).isPresent())) {
          Files.delete(entry);
        }
      }
    }
  }
}
