package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.power.PowerFlagKind;
import fugong.power.PowerRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's meter data follows each enterprise's simulated activity, except where it plants a
 * contradiction.
 */
class PowerDataWriterTest {
  @TempDir static Path out;

  private static GeneratorConfig config;
  private static List<List<EnterpriseProfile>> profiles;
  private static PowerDataWriter writer;
  private static PowerDataWriter.Written written;

  @BeforeAll
  static void write() throws IOException {
    config = new GeneratorConfig(out, 390, 10, 11L, 0.0).withThreads(1);
    profiles = new RegistryGenerator(config).generate();
    writer = new PowerDataWriter(config, profiles);
    Files.createDirectories(out.resolve("reference"));
    written = writer.write(out.resolve("reference"), out.resolve("inbox"));
  }

  /**
   * kWh per enterprise and 0-based day, read back from the files as a county power company sent
   * them.
   */
  private static Map<String, Map<Integer, BigDecimal>> readings() throws IOException {
    Map<String, Map<Integer, BigDecimal>> readings = new HashMap<>();
    for (int day = 0; day < config.days(); day++) {
      for (int county = 0; county < profiles.size(); county++) {
        String code = fugong.domain.CountyDirectory.HENGSHUI.get(county).code();
        Path file =
            out.resolve(
                "inbox/power/"
                    + code
                    + "_"
                    + config.date(day).toString().replace("-", "")
                    + ".csv");
        Charset charset = county % 3 == 1 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        List<String> lines =
            new String(Files.readAllBytes(file), charset).replace("\uFEFF", "").lines().toList();
        for (String line : lines.subList(1, lines.size())) {
          String[] cells = line.split(",");
          if (day == PowerDataWriter.INVALID_ROWS_DAY && county == 0) {
            continue;
          }
          readings
              .computeIfAbsent(cells[0], key -> new HashMap<>())
              .put(day, new BigDecimal(cells[2]));
        }
      }
    }
    return readings;
  }

  @Test
  void everyCountySendsOneFilePerDayInItsEncoding() throws IOException {
    assertThat(written.files()).isEqualTo(13 * 10);
    try (Stream<Path> files = Files.list(out.resolve("inbox/power"))) {
      assertThat(files.count()).isEqualTo(130);
    }
    byte[] gbk = Files.readAllBytes(out.resolve("inbox/power/131103_20200226.csv"));
    assertThat(new String(gbk, Charset.forName("GB18030")))
        .startsWith("统一社会信用代码,日期,日用电量（千瓦时）\r\n")
        .contains(",2020/2/26,");
    byte[] bom = Files.readAllBytes(out.resolve("inbox/power/131171_20200226.csv"));
    assertThat(bom[0]).isEqualTo((byte) 0xEF);
    List<String> baselines = Files.readAllLines(out.resolve("reference/power_baseline.csv"));
    assertThat(baselines.get(0)).isEqualTo("统一社会信用代码,基准日均用电量(千瓦时)");
    assertThat(baselines).hasSize(written.withBaseline() + 1);
    assertThat(written.withBaseline() + written.withoutBaseline()).isEqualTo(390);
  }

  @Test
  void workingEnterprisesStayAboveTheThresholdAndIdleOnesBelowUnlessPlanted() throws IOException {
    Map<String, Map<Integer, BigDecimal>> readings = readings();
    int checked = 0;
    for (List<EnterpriseProfile> county : profiles) {
      for (EnterpriseProfile profile : county) {
        String uscc = profile.enterprise().uscc();
        BigDecimal baseline = writer.baseline(uscc);
        if (baseline == null) {
          continue;
        }
        PowerDataWriter.Planted plant =
            written.planted().stream().filter(p -> p.profile() == profile).findFirst().orElse(null);
        for (Map.Entry<Integer, BigDecimal> reading :
            readings.getOrDefault(uscc, Map.of()).entrySet()) {
          int day = reading.getKey();
          boolean powered = PowerRules.powerResumed(reading.getValue(), baseline, 0.30);
          boolean expected =
              plant != null && plant.covers(day)
                  ? plant.kind() != PowerFlagKind.DOUBTFUL_RESUMPTION
                  : profile.resumedBy(config.date(day));
          assertThat(powered)
              .as("%s on day %d: %s of %s", uscc, day, reading.getValue(), baseline)
              .isEqualTo(expected);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void everyCountyHasItsPlantedContradictions() throws IOException {
    Map<PowerFlagKind, List<String>> byKind = new HashMap<>();
    for (PowerDataWriter.Planted plant : written.planted()) {
      byKind
          .computeIfAbsent(plant.kind(), key -> new ArrayList<>())
          .add(plant.profile().enterprise().countyCode());
      switch (plant.kind()) {
        case DOUBTFUL_RESUMPTION ->
            assertThat(plant.profile().resumedBy(config.date(plant.firstDay()))).isTrue();
        case UNREPORTED_OPERATION ->
            assertThat(plant.profile().resumedBy(config.date(plant.lastDay()))).isFalse();
        case OUTPUT_POWER_DIVERGENCE ->
            assertThat(plant.profile().capacity()).isGreaterThanOrEqualTo(0.97);
      }
    }
    assertThat(byKind.get(PowerFlagKind.DOUBTFUL_RESUMPTION)).hasSize(13).doesNotHaveDuplicates();
    assertThat(byKind.get(PowerFlagKind.UNREPORTED_OPERATION)).hasSize(13).doesNotHaveDuplicates();
    assertThat(byKind.get(PowerFlagKind.OUTPUT_POWER_DIVERGENCE)).isNotEmpty();
    List<String> listed = Files.readAllLines(out.resolve(PowerDataWriter.PLANTED_FILE));
    assertThat(listed).hasSize(written.planted().size() + 1);
    assertThat(listed.get(0)).isEqualTo("kind,county_code,uscc,first_date,last_date");
  }

  @Test
  void taochengsSecondFileCarriesFiveInvalidRows() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("inbox/power/131102_20200227.csv"));
    assertThat(written.invalidRows()).isEqualTo(5);
    assertThat(lines)
        .anyMatch(line -> line.endsWith(",-12.5"))
        .anyMatch(line -> line.endsWith(",约300"))
        .anyMatch(line -> line.contains(",2020-02-26,"));
    assertThat(lines.stream().map(line -> line.split(",")[0]).distinct().count())
        .isEqualTo(lines.size() - 1);
    assertThat(lines)
        .anyMatch(line -> line.startsWith("9113110") && line.substring(0, 8).equals("91131103"));
  }
}
