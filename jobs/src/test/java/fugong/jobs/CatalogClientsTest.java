package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog opens in DuckDB clients that nobody here wrote, old and new, and the README's example
 * queries print the same rows in each: an older DuckDB engine (1.1.3, fetched by Maven into {@code
 * target/older-duckdb/}) and the current one each run in a process of their own with nothing but
 * their JDBC driver on the class path.
 */
class CatalogClientsTest {
  private static final Path OLDER_ENGINE_FOLDER = Path.of("target", "older-duckdb");

  @TempDir Path temporary;

  @Test
  void theCatalogIsWrittenInTheStorageFormatEveryDuckDbFromVersionZeroTenReads()
      throws IOException {
    byte[] header = new byte[20];
    try (InputStream catalog = Files.newInputStream(SampleRun.output().resolve("catalog.duckdb"))) {
      assertThat(catalog.readNBytes(header, 0, header.length)).isEqualTo(header.length);
    }
    assertThat(new String(header, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("DUCK");
    assertThat(header[12] & 0xFF)
        .as("storage header version (64 = DuckDB 0.10 … 1.1 format)")
        .isEqualTo(64);
  }

  @Test
  void anOlderAndTheCurrentEngineOpenTheCatalogAndPrintTheSameRowsForEveryReadmeQuery()
      throws Exception {
    Path queries = temporary.resolve("readme-queries.sql");
    Files.writeString(queries, readmeQueries(), StandardCharsets.UTF_8);
    Path out = SampleRun.output();

    String older = runClient(olderEngineJar(), out, queries);
    String current = runClient(currentEngineJar(), out, queries);

    assertThat(older.lines().findFirst().orElse("")).startsWith("version\tv1.1.3");
    assertThat(current.lines().findFirst().orElse("")).startsWith("version\tv2.");
    assertThat(withoutVersion(older)).isEqualTo(withoutVersion(current));
    String[] blocks = withoutVersion(current).split("# query \\d+\n", -1);
    assertThat(blocks).as("one block per README query").hasSize(7);
    for (int query = 1; query < blocks.length; query++) {
      assertThat(blocks[query].lines().count())
          .as("rows of README query " + query + "\n" + current)
          .isPositive();
    }
    assertThat(blocks[1].lines().count()).as("the laggard query has LIMIT 5").isEqualTo(5);
  }

  /** The SQL block of the README's "Querying with SQL" section, without its comment lines. */
  static String readmeQueries() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a ```sql block").isTrue();
    StringBuilder queries = new StringBuilder();
    block
        .group(1)
        .lines()
        .filter(line -> !line.startsWith("--"))
        .forEach(line -> queries.append(line).append('\n'));
    return queries.toString();
  }

  private static String withoutVersion(String printed) {
    return printed.substring(printed.indexOf('\n') + 1);
  }

  private static Path olderEngineJar() throws IOException {
    try (Stream<Path> jars = Files.list(OLDER_ENGINE_FOLDER)) {
      List<Path> found =
          jars.filter(jar -> jar.getFileName().toString().startsWith("duckdb_jdbc-")).toList();
      assertThat(found)
          .as("the build copies one older DuckDB driver into " + OLDER_ENGINE_FOLDER)
          .hasSize(1);
      return found.get(0);
    }
  }

  private static Path currentEngineJar() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> Path.of(entry).getFileName().toString().startsWith("duckdb_jdbc-"))
        .map(Path::of)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no duckdb_jdbc jar on the test class path"));
  }

  private static String runClient(Path driver, Path out, Path queries) throws Exception {
    Path testClasses =
        Path.of(
            CatalogClientProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process client =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                driver.toAbsolutePath() + java.io.File.pathSeparator + testClasses,
                CatalogClientProcess.class.getName(),
                out.toAbsolutePath().toString(),
                queries.toAbsolutePath().toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String printed = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(client.waitFor())
        .as(driver.getFileName() + " client exit code; printed:\n" + printed)
        .isZero();
    return printed;
  }
}
