package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.PersonalDataMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Scans every file the sample run wrote outside {@code restricted/} — each Parquet file of the lake
 * read back through DuckDB, every view of the catalog, the text of every PDF report, the run
 * manifests and every other text file — for the phone numbers the sample's counties submitted (read
 * from the restricted contacts, so the scan does not rest on the masker's own rule) and for
 * anything the masker takes for a phone or ID number. Chart images (PNG) are not scanned.
 */
class PersonalDataScanTest {
  /** Any 1[3-9] and nine digits, even inside longer digit runs (overlapping matches). */
  private static final Pattern ANY_MOBILE = Pattern.compile("(?=(1[3-9]\\d{9}))");

  /** An in-memory DuckDB for reading Parquet files, or a database file opened read-only. */
  private static Connection duckDb(String url) throws SQLException {
    Properties properties = new Properties();
    if (!url.equals("jdbc:duckdb:")) {
      properties.setProperty("duckdb.read_only", "true");
    }
    return DriverManager.getConnection(url, properties);
  }

  /** Every value of a query as text, one line per row. */
  private static String text(Connection connection, String sql) throws SQLException {
    StringBuilder text = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        for (int column = 1; column <= columns; column++) {
          text.append(result.getString(column)).append('\t');
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static List<String> personalNumbersIn(String text, Set<String> submittedPhones) {
    List<String> found = new ArrayList<>();
    Matcher matcher = ANY_MOBILE.matcher(text);
    while (matcher.find()) {
      if (submittedPhones.contains(matcher.group(1))) {
        found.add(matcher.group(1));
      }
    }
    if (PersonalDataMask.containsPersonalNumber(text)) {
      found.add("a pattern the masker would mask");
    }
    return found;
  }

  @Test
  void noPhoneOrIdNumberOutsideTheRestrictedArea() throws IOException, SQLException {
    Path out = SampleRun.output();
    Path restricted = out.resolve("restricted");
    Set<String> submittedPhones = new HashSet<>();
    try (Connection memory = duckDb("jdbc:duckdb:");
        Statement statement = memory.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT DISTINCT phone FROM read_parquet('"
                    + restricted.toAbsolutePath()
                    + "/**/*.parquet', union_by_name = true) WHERE phone IS NOT NULL")) {
      while (result.next()) {
        Matcher matcher = ANY_MOBILE.matcher(result.getString(1));
        while (matcher.find()) {
          submittedPhones.add(matcher.group(1));
        }
      }
    }
    assertThat(submittedPhones)
        .as("the sample's restricted contacts hold its phone numbers")
        .hasSizeGreaterThan(1000);

    List<String> leaks = new ArrayList<>();
    int parquetFiles = 0;
    int pdfFiles = 0;
    int textFiles = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> !file.startsWith(restricted))
              .sorted()
              .toList();
    }
    try (Connection memory = duckDb("jdbc:duckdb:")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String text;
        if (name.endsWith(".parquet")) {
          text =
              text(
                  memory,
                  "SELECT * FROM read_parquet('"
                      + file.toAbsolutePath()
                      + "', hive_partitioning = false)");
          parquetFiles++;
        } else if (name.endsWith(".pdf")) {
          try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document);
          }
          pdfFiles++;
        } else if (name.endsWith(".png")
            || name.endsWith(".duckdb")
            || name.endsWith(".wal")
            || name.endsWith(".crc")) {
          continue; // images; the catalog is scanned view by view below; checksums
        } else {
          text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          textFiles++;
        }
        for (String leak : personalNumbersIn(text, submittedPhones)) {
          leaks.add(out.relativize(file) + ": " + leak);
        }
      }
    }
    int views = 0;
    try (Connection catalog =
        duckDb("jdbc:duckdb:" + out.resolve("catalog.duckdb").toAbsolutePath())) {
      try (Statement statement = catalog.createStatement()) {
        statement.execute("SET file_search_path = '" + out.toAbsolutePath() + "'");
      }
      List<String> names = new ArrayList<>();
      try (Statement statement = catalog.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name")) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
      for (String view : names) {
        for (String leak :
            personalNumbersIn(text(catalog, "SELECT * FROM \"" + view + "\""), submittedPhones)) {
          leaks.add("catalog view " + view + ": " + leak);
        }
        views++;
      }
    }

    assertThat(parquetFiles).isGreaterThan(20);
    assertThat(pdfFiles).isGreaterThan(10);
    assertThat(textFiles).isGreaterThan(0);
    assertThat(views).isGreaterThan(15);
    assertThat(leaks).isEmpty();
  }
}
