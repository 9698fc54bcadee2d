package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.SubmissionValidator;
import fugong.reference.ReferenceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OutputFormat#CSV}: the same submissions as the mixed formats, every one plain UTF-8 CSV.
 */
class SyntheticCsvFormatTest {
  private static final String UNREADABLE = "131128_20200303.xlsx";

  @TempDir static Path mixed;
  @TempDir static Path csv;

  private static Map<String, FileOutcome> mixedOutcomes;
  private static Map<String, FileOutcome> csvOutcomes;

  @BeforeAll
  static void generateBoth() throws IOException {
    GeneratorConfig config = new GeneratorConfig(mixed, 60, 8, 7L, 0.1);
    new SyntheticDataGenerator(config).run();
    new SyntheticDataGenerator(
            new GeneratorConfig(csv, 60, 8, 7L, 0.1).withFormat(OutputFormat.CSV))
        .run();
    mixedOutcomes = outcomes(mixed);
    csvOutcomes = outcomes(csv);
  }

  /** The validator's outcome of every submission file, by file name without its extension. */
  private static Map<String, FileOutcome> outcomes(Path out) throws IOException {
    SubmissionValidator validator =
        new SubmissionValidator(ReferenceLoader.load(out.resolve("reference")));
    Map<String, FileOutcome> outcomes = new TreeMap<>();
    for (Path file : SyntheticDataSampleTest.files(out.resolve("inbox"))) {
      String name = file.getFileName().toString();
      if (!name.startsWith("_")) {
        outcomes.put(
            name.substring(0, name.lastIndexOf('.')),
            validator.validate(name, Files.readAllBytes(out.resolve("inbox").resolve(file))));
      }
    }
    return outcomes;
  }

  @Test
  void everySubmissionIsUtf8CsvExceptTheDeliberatelyUnreadableWorkbook() {
    assertThat(mixedOutcomes.values())
        .extracting(FileOutcome::encoding)
        .contains("xlsx", "GB18030", "UTF-8 with BOM");
    for (FileOutcome outcome : csvOutcomes.values()) {
      if (outcome.fileName().equals(UNREADABLE)) {
        assertThat(outcome.rejection()).isEqualTo(FileRejection.NOT_A_WORKBOOK);
      } else {
        assertThat(outcome.fileName()).endsWith(".csv");
        assertThat(outcome.encoding()).as(outcome.fileName()).isEqualTo("UTF-8");
      }
    }
  }

  @Test
  void theSameFilesAcceptAndQuarantineTheSameRowsAsTheMixedFormats() {
    assertThat(csvOutcomes.keySet()).isEqualTo(mixedOutcomes.keySet());
    for (Map.Entry<String, FileOutcome> entry : mixedOutcomes.entrySet()) {
      FileOutcome mixedOutcome = entry.getValue();
      FileOutcome csvOutcome = csvOutcomes.get(entry.getKey());
      assertThat(csvOutcome.status()).as(entry.getKey()).isEqualTo(mixedOutcome.status());
      assertThat(csvOutcome.accepted()).as(entry.getKey()).hasSameSizeAs(mixedOutcome.accepted());
      assertThat(reasons(csvOutcome)).as(entry.getKey()).isEqualTo(reasons(mixedOutcome));
      assertThat(csvOutcome.duplicatesCollapsed())
          .as(entry.getKey())
          .isEqualTo(mixedOutcome.duplicatesCollapsed());
    }
    assertThat(
            csvOutcomes.values().stream()
                .filter(outcome -> outcome.status() == FileStatus.REJECTED))
        .hasSize(1);
  }

  @Test
  void theReferenceFolderIsTheSame() throws IOException {
    for (Path file : SyntheticDataSampleTest.files(mixed.resolve("reference"))) {
      assertThat(Files.readAllBytes(csv.resolve("reference").resolve(file)))
          .isEqualTo(Files.readAllBytes(mixed.resolve("reference").resolve(file)));
    }
  }

  private static List<List<String>> reasons(FileOutcome outcome) {
    return outcome.quarantined().stream().map(row -> row.reasons()).toList();
  }
}
