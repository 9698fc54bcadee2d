package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.ReasonCode;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.SubmissionFileName;
import fugong.ingest.SubmissionValidator;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataGeneratorTest {
  private static final LocalDate START = LocalDate.of(2020, 2, 26);

  @TempDir static Path first;
  @TempDir static Path second;

  private static GenerationSummary summary;
  private static ReferenceData reference;
  private static List<FileOutcome> outcomes;

  @BeforeAll
  static void generateTwice() throws IOException {
    summary =
        new SyntheticDataGenerator(new GeneratorConfig(first, 60, 8, 7L, 0.1).withThreads(1)).run();
    new SyntheticDataGenerator(new GeneratorConfig(second, 60, 8, 7L, 0.1).withThreads(4)).run();
    reference = ReferenceLoader.load(first.resolve("reference"));
    SubmissionValidator validator = new SubmissionValidator(reference);
    outcomes = new ArrayList<>();
    for (Path file : submissionFiles(first)) {
      outcomes.add(validator.validate(file.getFileName().toString(), Files.readAllBytes(file)));
    }
  }

  private static List<Path> submissionFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("inbox"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    }
  }

  private static List<Path> allFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
    }
  }

  @Test
  void referenceFolderLoadsWithTheRegistryAndTheAssignmentChange() {
    assertThat(reference.enterprises()).hasSize(60);
    assertThat(reference.counties().counties()).hasSize(13);
    assertThat(reference.assignments()).hasSize(14);
    assertThat(reference.assignments())
        .anySatisfy(
            assignment -> {
              assertThat(assignment.countyCode()).isEqualTo("131172");
              assertThat(assignment.leader()).isEqualTo("赵振川");
              assertThat(assignment.validFrom()).isEqualTo(START.plusDays(7));
            });
    assertThat(summary.enterprises()).isEqualTo(60);
  }

  @Test
  void sameSeedGivesByteIdenticalFilesWithOneThreadOrFour() throws IOException {
    List<Path> files = allFiles(first);
    assertThat(allFiles(second)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void everyReasonCodeOccurs() {
    Set<String> found =
        outcomes.stream()
            .flatMap(outcome -> outcome.quarantined().stream())
            .flatMap(row -> row.reasons().stream())
            .collect(Collectors.toSet());
    for (ReasonCode code : ReasonCode.values()) {
      if (code == ReasonCode.ROW_WIDTH_MISMATCH) {
        // generated files are well-formed; ragged rows: SubmissionValidatorTest,
        // HostileSubmissionTest
        assertThat(found).as("reason codes found").doesNotContain(code.name());
        continue;
      }
      assertThat(found).as("reason codes found").contains(code.name());
    }
  }

  @Test
  void everyFileNameParsesAndEveryReadFileKeepsTheRowIdentity() throws IOException {
    for (Path file : submissionFiles(first)) {
      assertThat(SubmissionFileName.parse(file.getFileName().toString()))
          .as(file.toString())
          .isPresent();
    }
    assertThat(outcomes)
        .allSatisfy(outcome -> assertThat(outcome.identityHolds()).as(outcome.fileName()).isTrue());
  }

  @Test
  void scenarioExtrasArePresent() {
    assertThat(first.resolve("inbox/131103_20200228_v2.csv")).exists();
    assertThat(first.resolve("inbox/131103_20200228.csv")).exists();
    assertThat(first.resolve("inbox"))
        .isDirectoryNotContaining(
            path -> path.getFileName().toString().startsWith("131123_20200301"));
    FileOutcome unreadable = outcome("131128_20200303.xlsx");
    assertThat(unreadable.status()).isEqualTo(FileStatus.REJECTED);
    assertThat(unreadable.rejection()).isEqualTo(FileRejection.NOT_A_WORKBOOK);
    FileOutcome correction = outcome("131103_20200228_v2.csv");
    assertThat(correction.quarantined()).isEmpty();
    assertThat(correction.accepted()).isNotEmpty();
    assertThat(outcome("131103_20200228.csv").quarantined()).isNotEmpty();
  }

  @Test
  void exactlyOneConfirmedCaseOnAResumedRow() {
    long confirmed =
        outcomes.stream()
            .flatMap(outcome -> outcome.accepted().stream())
            .filter(row -> row.confirmed() > 0)
            .count();
    assertThat(confirmed).isEqualTo(1);
    assertThat(
            outcomes.stream()
                .flatMap(outcome -> outcome.accepted().stream())
                .filter(row -> row.confirmed() > 0))
        .allSatisfy(row -> assertThat(row.resumed()).isTrue());
  }

  @Test
  void identicalDuplicatesAreCollapsedSomewhere() {
    assertThat(outcomes.stream().mapToInt(FileOutcome::duplicatesCollapsed).sum()).isPositive();
  }

  @Test
  void everyFormatOccurs() {
    Set<String> encodings = new HashSet<>();
    outcomes.forEach(outcome -> encodings.add(outcome.encoding()));
    assertThat(encodings).contains("UTF-8", "UTF-8 with BOM", "GB18030", "xlsx");
    Set<String> extensions = new HashSet<>();
    outcomes.forEach(outcome -> extensions.add(outcome.name().extension()));
    assertThat(extensions).containsExactlyInAnyOrder("csv", "xlsx");
  }

  @Test
  void arrivalsListEveryFileWithItsModificationTime() throws IOException {
    List<String> lines =
        Files.readAllLines(
            first.resolve("inbox").resolve(SyntheticDataGenerator.ARRIVALS_FILE),
            StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file,arrived_at");
    List<Path> files = submissionFiles(first);
    assertThat(lines).hasSize(files.size() + 1);
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      LocalDateTime arrived = LocalDateTime.parse(parts[1]);
      Path file = first.resolve("inbox").resolve(parts[0]);
      assertThat(Files.getLastModifiedTime(file).toInstant())
          .isEqualTo(arrived.atZone(SyntheticDataGenerator.ZONE).toInstant());
      LocalDate reportDate = SubmissionFileName.parse(parts[0]).orElseThrow().reportDate();
      assertThat(arrived)
          .isAfter(reportDate.atStartOfDay())
          .isBefore(reportDate.plusDays(2).atStartOfDay());
    }
  }

  private static FileOutcome outcome(String fileName) {
    return outcomes.stream()
        .filter(outcome -> outcome.fileName().equals(fileName))
        .findFirst()
        .orElseThrow();
  }
}
