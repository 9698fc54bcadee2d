package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships holds no benchmark and no test oracle: neither {@code jobs/target/fugong.jar} nor any
 * jar of {@code jobs/target/lib/} has a class or resource of the bench or testing modules (the
 * benchmark, {@code DuckDbMetrics}, {@code metrics.sql}, {@code alerts-forecasts.sql}, the {@code
 * fugong.testing} fixtures), and lib/ holds no fugong-bench or fugong-testing jar.
 *
 * <p>It reads the built files, so it runs after {@code package}: the jobs pom runs it in the {@code
 * verify} phase and gives it their paths (its name does not end in Test, so the {@code test} phase
 * leaves it out; picked there by {@code -Dtest}, the jar check is skipped).
 */
class ShippedJarCheck {
  /** Entry names of fugong's own code that must not ship. */
  static final Pattern NOT_SHIPPED =
      Pattern.compile(
          "(?i).*(bench|duckdbmetrics|metrics\\.sql|alerts-forecasts\\.sql).*|fugong/testing/.*");

  @Test
  void theProductJarAndItsLibFolderHoldNoBenchOrOracleCodeOrSql() throws IOException {
    assumeTrue(
        System.getProperty("fugong.jar") != null,
        "reads the built jar: the jobs pom runs it in the verify phase, after package");
    Path jar = Path.of(System.getProperty("fugong.jar"));
    Path lib = Path.of(System.getProperty("fugong.lib"));
    assertThat(jar).as("the product jar (built by mvn package)").isRegularFile();
    assertThat(lib).as("the product's lib folder (built by mvn package)").isDirectory();

    List<String> jobsEntries = entries(jar);
    assertThat(jobsEntries)
        .as("fugong.jar")
        .contains("fugong/jobs/FugongCommand.class", "fugong/jobs/MetricsJob.class");
    assertThat(jobsEntries.stream().filter(name -> NOT_SHIPPED.matcher(name).matches()))
        .as("fugong.jar entries that belong to the bench or testing modules")
        .isEmpty();

    List<Path> libraries;
    try (Stream<Path> files = Files.list(lib)) {
      libraries =
          files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
    assertThat(libraries)
        .as("lib/")
        .isNotEmpty()
        .noneMatch(file -> file.getFileName().toString().matches("fugong-(bench|testing).*"));
    List<String> fugongEntries = new ArrayList<>();
    for (Path library : libraries) {
      for (String name : entries(library)) {
        if (name.startsWith("fugong/")) {
          fugongEntries.add(library.getFileName() + "!" + name);
        }
      }
    }
    assertThat(fugongEntries)
        .as("fugong classes in lib/")
        .anyMatch(name -> name.endsWith("fugong/catalog/CatalogBuilder.class"));
    assertThat(
            fugongEntries.stream()
                .filter(
                    name -> NOT_SHIPPED.matcher(name.substring(name.indexOf('!') + 1)).matches()))
        .as("lib/ entries that belong to the bench or testing modules")
        .isEmpty();
  }

  @Test
  void thePatternCatchesWhatTheBenchAndTestingModulesHold() {
    assertThat(
            List.of(
                "fugong/bench/BenchCommand.class",
                "fugong/jobs/bench/LakeReplication.class",
                "fugong/testing/DuckDbMetrics.class",
                "fugong/duckdb/metrics.sql",
                "fugong/duckdb/alerts-forecasts.sql",
                "fugong/testing/Fixtures.class"))
        .allMatch(name -> NOT_SHIPPED.matcher(name).matches());
    assertThat(
            List.of(
                "fugong/jobs/MetricsJob.class",
                "fugong/metrics/MetricColumns.class",
                "fugong/catalog/LakeViews.class",
                "log4j2.properties"))
        .noneMatch(name -> NOT_SHIPPED.matcher(name).matches());
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).toList();
    }
  }
}
