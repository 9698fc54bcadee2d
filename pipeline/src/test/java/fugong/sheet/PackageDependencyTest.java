package fugong.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of the reading code, checked on the main sources: {@code fugong.sheet} is the bottom
 * layer (it uses only {@code fugong.domain}), {@code reference} reads its files through it and
 * never uses {@code ingest}; {@code ingest} may use both. Every mention of a fugong package counts,
 * in an import or written out in the code.
 */
class PackageDependencyTest {
  private static final Path MAIN_SOURCES = Path.of("src/main/java/fugong");
  private static final Pattern FUGONG_PACKAGE = Pattern.compile("\\bfugong\\.([a-z]+)\\b");

  /**
   * The fugong packages (first level under {@code fugong}) each Java file of a package mentions, by
   * file.
   */
  private static Map<String, Set<String>> packagesUsed(String packageName) {
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve(packageName))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Set<String> packages = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("package ")) {
            continue;
          }
          Matcher matcher = FUGONG_PACKAGE.matcher(line);
          while (matcher.find()) {
            packages.add(matcher.group(1));
          }
        }
        used.put(MAIN_SOURCES.relativize(file).toString(), packages);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return used;
  }

  @Test
  void theSheetLayerUsesOnlyTheDomain() {
    Map<String, Set<String>> used = packagesUsed("sheet");

    assertThat(used)
        .containsKeys(
            "sheet/CsvSheetReader.java",
            "sheet/XlsxSheetReader.java",
            "sheet/HeaderSearch.java",
            "sheet/Problem.java");
    assertThat(used)
        .allSatisfy(
            (file, packages) -> assertThat(packages).as(file).isSubsetOf("sheet", "domain"));
  }

  @Test
  void referenceDataNeverUsesIngestion() {
    Map<String, Set<String>> used = packagesUsed("reference");

    assertThat(used)
        .containsKeys("reference/ReferenceLoader.java", "reference/EnterpriseColumn.java");
    assertThat(used.get("reference/ReferenceLoader.java")).contains("sheet");
    assertThat(used)
        .allSatisfy((file, packages) -> assertThat(packages).as(file).doesNotContain("ingest"));
  }

  @Test
  void ingestionReadsThroughTheSheetLayerAndChecksAgainstReferenceData() {
    Map<String, Set<String>> used = packagesUsed("ingest");

    // the scan sees the dependencies that are allowed, so its silence above means something
    assertThat(used.get("ingest/SubmissionValidator.java")).contains("sheet", "reference");
    assertThat(used.get("ingest/spark/InboxListing.java")).contains("sheet");
  }
}
