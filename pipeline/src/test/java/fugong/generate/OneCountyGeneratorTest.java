package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.ingest.FileOutcome;
import fugong.ingest.FileStatus;
import fugong.ingest.Submission;
import fugong.ingest.SubmissionValidator;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GeneratorConfig#withCounty}: every enterprise in one county, one big file among 12 files
 * with only the header (the benchmark's single big file).
 */
class OneCountyGeneratorTest {
  private static final String COUNTY = "131102";
  private static final String BIG_FILE = "131102_20200226.csv";
  private static final int ENTERPRISES = 300;

  @TempDir static Path out;

  private static GenerationSummary summary;
  private static ReferenceData reference;
  private static Map<String, FileOutcome> outcomes;

  @BeforeAll
  static void generate() throws IOException {
    summary =
        new SyntheticDataGenerator(
                new GeneratorConfig(out, ENTERPRISES, 1, 7L, 0.1)
                    .withFormat(OutputFormat.CSV)
                    .withCounty(COUNTY))
            .run();
    reference = ReferenceLoader.load(out.resolve("reference"));
    SubmissionValidator validator = new SubmissionValidator(reference);
    outcomes = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("inbox"))) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith("_"))
              .toList()) {
        String name = file.getFileName().toString();
        outcomes.put(name, validator.validate(name, Files.readAllBytes(file)));
      }
    }
  }

  @Test
  void theRegistryHasEveryEnterpriseInTheCounty() {
    assertThat(summary.enterprises()).isEqualTo(ENTERPRISES);
    assertThat(reference.enterprises())
        .hasSize(ENTERPRISES)
        .extracting(Enterprise::countyCode)
        .containsOnly(COUNTY);
  }

  @Test
  void theCountysFileHasEveryRowAndTheOtherTwelveOnlyTheirHeader() throws IOException {
    assertThat(outcomes).hasSize(13).containsKey(BIG_FILE);
    assertThat(summary.submissionFiles()).isEqualTo(13);
    for (FileOutcome outcome : outcomes.values()) {
      assertThat(outcome.status()).as(outcome.fileName()).isNotEqualTo(FileStatus.REJECTED);
      assertThat(outcome.identityHolds()).as(outcome.fileName()).isTrue();
      if (!outcome.fileName().equals(BIG_FILE)) {
        assertThat(outcome.rowsRead()).as(outcome.fileName()).isZero();
        assertThat(
                Files.readAllLines(
                    out.resolve("inbox").resolve(outcome.fileName()), StandardCharsets.UTF_8))
            .as(outcome.fileName())
            .hasSize(1);
      }
    }
    FileOutcome big = outcomes.get(BIG_FILE);
    // Each enterprise reports on a day with probability 0.95 (DailyRowBuilder); the injector adds
    // a second row for each CONFLICTING_DUPLICATE error and the occasional identical duplicate.
    assertThat(big.rowsRead()).isEqualTo((int) summary.dataRows());
    assertThat(summary.injectedErrors()).isPositive();
    Set<String> reporting =
        Stream.concat(
                big.accepted().stream().map(Submission::uscc),
                big.quarantined().stream().map(row -> row.uscc()).filter(uscc -> uscc != null))
            .collect(Collectors.toSet());
    Set<String> registry =
        reference.enterprises().stream().map(Enterprise::uscc).collect(Collectors.toSet());
    reporting.retainAll(registry);
    assertThat(reporting.size()).isBetween(ENTERPRISES * 9 / 10, ENTERPRISES);
    assertThat(big.accepted()).extracting(Submission::countyCode).containsOnly(COUNTY);
    assertThat(summary.dataRows())
        .isBetween(
            (long) reporting.size(),
            reporting.size() + summary.injectedErrors() + summary.identicalDuplicates());
  }

  @Test
  void anUnknownCountyCodeIsRefused() {
    assertThatThrownBy(() -> new GeneratorConfig(out, 10, 1, 7L, 0.0).withCounty("131100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("131100")
        .hasMessageContaining("131102");
  }

  @Test
  void theScenarioFilesStillComeWithEightDays(@TempDir Path eightDays) throws IOException {
    GenerationSummary scenario =
        new SyntheticDataGenerator(
                new GeneratorConfig(eightDays, 40, 8, 7L, 0.1)
                    .withFormat(OutputFormat.CSV)
                    .withThreads(2)
                    .withCounty(COUNTY))
            .run();
    // 13 counties × 8 days, less 武强县's missing day, plus 冀州区's correction
    assertThat(scenario.submissionFiles()).isEqualTo(13 * 8);
    assertThat(scenario.scenarioExtras())
        .anyMatch(line -> line.startsWith("missing: no file from 武强县"))
        .anyMatch(line -> line.startsWith("correction: 131103_20200228_v2.csv"))
        .anyMatch(line -> line.startsWith("unreadable: 131128_20200303.xlsx"))
        .anyMatch(line -> line.startsWith("confirmed case: ") && line.contains("(91" + COUNTY));
    assertThat(eightDays.resolve("inbox").resolve("131128_20200303.xlsx")).exists();
    assertThat(eightDays.resolve("inbox").resolve("131103_20200228_v2.csv")).exists();
    assertThat(eightDays.resolve("inbox").resolve("131123_20200301.csv")).doesNotExist();
  }
}
