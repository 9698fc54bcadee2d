package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.power.PowerFlagKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * The metered electricity of DOMAIN.md §3.2 for the synthetic enterprises: {@code
 * reference/power_baseline.csv} (each enterprise's December-2019 daily mean, a few enterprises
 * without one) and one file per county and day in {@code inbox/power/}, as the county power supply
 * companies send them.
 *
 * <p>Consumption follows each enterprise's simulated activity: an idle enterprise draws 2–15 % of
 * its baseline (lights, guards, heating); a working one 35 % plus 65 % of its output share, which
 * ramps up with its staff, less 8 % on Saturdays and Sundays, with ±4 % noise. So a working
 * enterprise stays above the 30 % threshold and close to its reported output. About 2 % of
 * enterprise-days have no reading.
 *
 * <p>When the period has at least {@value SyntheticDataGenerator#SCENARIO_MINIMUM_DAYS} days, the
 * writer plants, in every county, one enterprise whose reports say resumed while its meter says
 * idle for six days (复工存疑), one that reports 否 throughout while drawing 55–70 % from day 3 on
 * (用电未报), and in every other county one whose reported output far exceeds its consumption (31–35 %
 * of its baseline from the middle of the period, 产值电量背离); they are listed in {@code
 * power-planted.csv} beside the inbox, for checking what fugong flags. 桃城区's file of day 2 carries
 * five invalid rows: a negative and a non-numeric amount, another day's date, a conflicting
 * duplicate and an enterprise of 冀州区.
 *
 * <p>Encodings and spellings rotate by county: UTF-8 with ISO dates; GB18030 with dates like
 * 2020/2/26 and the header's full-width parentheses; UTF-8 with a byte-order mark.
 */
final class PowerDataWriter {
  /** The baseline file of the reference folder. */
  static final String BASELINE_FILE = "power_baseline.csv";

  /** The inbox's sub-folder of meter files. */
  static final String POWER_FOLDER = "power";

  /** The planted contradictions, written beside the inbox (not in it). */
  static final String PLANTED_FILE = "power-planted.csv";

  private static final double MISSING_READING = 0.02;
  private static final double WITHOUT_BASELINE = 0.01;
  private static final int DOUBTFUL_DAYS = 6;
  private static final int UNREPORTED_FIRST_DAY = 2;
  private static final int INVALID_ROWS_COUNTY = 0;
  static final int INVALID_ROWS_DAY = 1;

  /** One planted enterprise: its kind and the 0-based days its meter contradicts its reports. */
  record Planted(PowerFlagKind kind, EnterpriseProfile profile, int firstDay, int lastDay) {
    boolean covers(int dayIndex) {
      return dayIndex >= firstDay && dayIndex <= lastDay;
    }
  }

  /** What was written: counts for the generator's summary. */
  record Written(
      int files,
      long readings,
      int withBaseline,
      int withoutBaseline,
      List<Planted> planted,
      int invalidRows) {}

  private final GeneratorConfig config;
  private final List<List<EnterpriseProfile>> profiles;
  private final Map<String, Planted> planted = new LinkedHashMap<>();
  private final Map<String, BigDecimal> baselines = new LinkedHashMap<>();

  PowerDataWriter(GeneratorConfig config, List<List<EnterpriseProfile>> profiles) {
    this.config = config;
    this.profiles = profiles;
    for (List<EnterpriseProfile> county : profiles) {
      for (EnterpriseProfile profile : county) {
        String uscc = profile.enterprise().uscc();
        SplittableRandom random = Seeds.random(config.seed(), "power-baseline", uscc);
        BigDecimal baseline =
            BigDecimal.valueOf(
                    profile.enterprise().normalDailyOutput().doubleValue()
                        * (60 + 80 * random.nextDouble()))
                .setScale(1, RoundingMode.HALF_UP);
        if (random.nextDouble() >= WITHOUT_BASELINE && baseline.signum() > 0) {
          baselines.put(uscc, baseline);
        }
      }
    }
    if (config.days() >= SyntheticDataGenerator.SCENARIO_MINIMUM_DAYS) {
      plant();
    }
  }

  Written write(Path referenceFolder, Path inbox) throws IOException {
    Path folder = inbox.resolve(POWER_FOLDER);
    Files.createDirectories(folder);
    removePrevious(folder);
    writeBaselines(referenceFolder.resolve(BASELINE_FILE));
    int files = 0;
    long readings = 0;
    int invalid = 0;
    for (int countyIndex = 0; countyIndex < profiles.size(); countyIndex++) {
      County county = CountyDirectory.HENGSHUI.get(countyIndex);
      for (int dayIndex = 0; dayIndex < config.days(); dayIndex++) {
        LocalDate date = config.date(dayIndex);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(countyIndex));
        for (EnterpriseProfile profile : profiles.get(countyIndex)) {
          SplittableRandom random =
              Seeds.random(config.seed(), "power", profile.enterprise().uscc(), dayIndex);
          if (random.nextDouble() < MISSING_READING) {
            continue;
          }
          BigDecimal kilowattHours = reading(profile, dayIndex, date, random);
          rows.add(
              List.of(
                  profile.enterprise().uscc(),
                  spellDate(countyIndex, date),
                  kilowattHours.toPlainString()));
        }
        if (countyIndex == INVALID_ROWS_COUNTY
            && dayIndex == INVALID_ROWS_DAY
            && config.days() >= SyntheticDataGenerator.SCENARIO_MINIMUM_DAYS) {
          invalid = spoil(rows, countyIndex, date);
        }
        readings += rows.size() - 1;
        String name = county.code() + "_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        Files.write(folder.resolve(name), encode(countyIndex, rows));
        files++;
      }
    }
    writePlanted(inbox.getParent().resolve(PLANTED_FILE));
    int all = profiles.stream().mapToInt(List::size).sum();
    return new Written(
        files,
        readings,
        baselines.size(),
        all - baselines.size(),
        List.copyOf(planted.values()),
        invalid);
  }

  /** The baseline the writer gave an enterprise, or null when it has none. */
  BigDecimal baseline(String uscc) {
    return baselines.get(uscc);
  }

  private void plant() {
    int doubtfulFirst = config.days() / 3;
    int doubtfulLast = Math.min(config.days() - 1, doubtfulFirst + DOUBTFUL_DAYS - 1);
    int divergenceFirst = config.days() / 2;
    int last = config.days() - 1;
    for (int countyIndex = 0; countyIndex < profiles.size(); countyIndex++) {
      SplittableRandom random = Seeds.random(config.seed(), "power-plant", countyIndex);
      List<EnterpriseProfile> county = eligible(profiles.get(countyIndex));
      choose(
          county,
          random,
          PowerFlagKind.DOUBTFUL_RESUMPTION,
          profile -> profile.resumedBy(config.date(doubtfulFirst)) ? doubtfulLast : -1,
          doubtfulFirst);
      choose(
          county,
          random,
          PowerFlagKind.UNREPORTED_OPERATION,
          profile -> lastDayBefore(profile, UNREPORTED_FIRST_DAY),
          UNREPORTED_FIRST_DAY);
      if (countyIndex % 2 == 0) {
        choose(
            county,
            random,
            PowerFlagKind.OUTPUT_POWER_DIVERGENCE,
            profile -> profile.resumedBy(config.date(0)) && profile.capacity() >= 0.97 ? last : -1,
            divergenceFirst);
      }
    }
  }

  /**
   * The last day before the enterprise resumes (its reports say 否 until then), or −1 when it has
   * resumed by {@code firstDay}.
   */
  private int lastDayBefore(EnterpriseProfile profile, int firstDay) {
    int day = firstDay;
    while (day < config.days() && !profile.resumedBy(config.date(day))) {
      day++;
    }
    return day - 1 >= firstDay ? day - 1 : -1;
  }

  /** Enterprises with a baseline (a contradiction needs one). */
  private List<EnterpriseProfile> eligible(List<EnterpriseProfile> county) {
    List<EnterpriseProfile> eligible = new ArrayList<>();
    for (EnterpriseProfile profile : county) {
      if (baselines.containsKey(profile.enterprise().uscc())) {
        eligible.add(profile);
      }
    }
    return eligible;
  }

  /**
   * Plants one contradiction of the kind on a random enterprise of the county for which {@code
   * lastDay} gives a day at or after {@code firstDay} (−1 = not eligible), preferring the longest.
   */
  private void choose(
      List<EnterpriseProfile> county,
      SplittableRandom random,
      PowerFlagKind kind,
      ToIntFunction<EnterpriseProfile> lastDay,
      int firstDay) {
    List<EnterpriseProfile> candidates = new ArrayList<>();
    int longest = -1;
    for (EnterpriseProfile profile : county) {
      int end = lastDay.applyAsInt(profile);
      if (end < firstDay || planted.containsKey(profile.enterprise().uscc())) {
        continue;
      }
      if (end > longest) {
        candidates.clear();
        longest = end;
      }
      if (end == longest) {
        candidates.add(profile);
      }
    }
    if (!candidates.isEmpty()) {
      EnterpriseProfile chosen = candidates.get(random.nextInt(candidates.size()));
      planted.put(chosen.enterprise().uscc(), new Planted(kind, chosen, firstDay, longest));
    }
  }

  /** The day's consumption of one enterprise, in kWh with one decimal. */
  private BigDecimal reading(
      EnterpriseProfile profile, int dayIndex, LocalDate date, SplittableRandom random) {
    String uscc = profile.enterprise().uscc();
    BigDecimal baseline =
        baselines.getOrDefault(
            uscc, BigDecimal.valueOf(profile.enterprise().normalDailyOutput().doubleValue() * 100));
    Planted plant = planted.get(uscc);
    double share;
    if (plant != null && plant.covers(dayIndex)) {
      share =
          switch (plant.kind()) {
            case DOUBTFUL_RESUMPTION -> idle(random);
            case UNREPORTED_OPERATION -> 0.55 + 0.15 * random.nextDouble();
            case OUTPUT_POWER_DIVERGENCE -> 0.31 + 0.04 * random.nextDouble();
          };
    } else if (profile.resumedBy(date)) {
      long sinceResumption = ChronoUnit.DAYS.between(profile.resumedOn(), date);
      double ramp = Math.min(1.0, (double) sinceResumption / profile.rampDays());
      double outputShare = profile.capacity() * (0.4 + 0.6 * ramp);
      boolean weekend =
          date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      share =
          (0.35 + 0.65 * outputShare)
              * (0.96 + 0.08 * random.nextDouble())
              * (weekend ? 0.92 : 1.0);
    } else {
      share = idle(random);
    }
    return baseline.multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
  }

  private static double idle(SplittableRandom random) {
    return 0.02 + 0.13 * random.nextDouble();
  }

  /**
   * Turns five rows of the file into the invalid rows the ingest must quarantine, on enterprises
   * that are not planted; returns how many rows are invalid.
   */
  private int spoil(List<List<String>> rows, int countyIndex, LocalDate date) {
    List<Integer> ordinary = new ArrayList<>();
    for (int index = 1; index < rows.size() && ordinary.size() < 4; index++) {
      if (!planted.containsKey(rows.get(index).get(0))) {
        ordinary.add(index);
      }
    }
    if (ordinary.size() < 4 || profiles.size() < 2 || profiles.get(countyIndex + 1).isEmpty()) {
      return 0;
    }
    List<String> negative = rows.get(ordinary.get(0));
    rows.set(ordinary.get(0), List.of(negative.get(0), negative.get(1), "-12.5"));
    List<String> notNumber = rows.get(ordinary.get(1));
    rows.set(ordinary.get(1), List.of(notNumber.get(0), notNumber.get(1), "约300"));
    List<String> otherDay = rows.get(ordinary.get(2));
    rows.set(
        ordinary.get(2),
        List.of(otherDay.get(0), spellDate(countyIndex, date.minusDays(1)), otherDay.get(2)));
    List<String> duplicated = rows.get(ordinary.get(3));
    BigDecimal other = new BigDecimal(duplicated.get(2)).add(BigDecimal.valueOf(100));
    rows.add(List.of(duplicated.get(0), duplicated.get(1), other.toPlainString()));
    EnterpriseProfile neighbour = profiles.get(countyIndex + 1).get(0);
    rows.add(List.of(neighbour.enterprise().uscc(), spellDate(countyIndex, date), "1000.0"));
    return 5;
  }

  private static List<String> header(int countyIndex) {
    return countyIndex % 3 == 1
        ? List.of("统一社会信用代码", "日期", "日用电量（千瓦时）")
        : List.of("统一社会信用代码", "日期", "日用电量(千瓦时)");
  }

  private static String spellDate(int countyIndex, LocalDate date) {
    return countyIndex % 3 == 1
        ? date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth()
        : date.toString();
  }

  private static byte[] encode(int countyIndex, List<List<String>> rows) throws IOException {
    String text = CsvText.render(rows, "\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Charset charset = countyIndex % 3 == 1 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    if (countyIndex % 3 == 2) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.write(text.getBytes(charset));
    return bytes.toByteArray();
  }

  private void writeBaselines(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("统一社会信用代码", "基准日均用电量(千瓦时)"));
    baselines.forEach((uscc, baseline) -> rows.add(List.of(uscc, baseline.toPlainString())));
    Files.writeString(file, CsvText.render(rows, "\n"), StandardCharsets.UTF_8);
  }

  private void writePlanted(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("kind", "county_code", "uscc", "first_date", "last_date"));
    for (Planted plant : planted.values()) {
      rows.add(
          List.of(
              plant.kind().name(),
              plant.profile().enterprise().countyCode(),
              plant.profile().enterprise().uscc(),
              config.date(plant.firstDay()).toString(),
              config.date(plant.lastDay()).toString()));
    }
    Files.writeString(file, CsvText.render(rows, "\n"), StandardCharsets.UTF_8);
  }

  /** Deletes meter files a previous run left; nothing else. */
  private static void removePrevious(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "13????_????????*.csv")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          Files.delete(entry);
        }
      }
    }
  }
}
