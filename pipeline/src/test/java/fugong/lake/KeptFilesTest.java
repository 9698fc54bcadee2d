package fugong.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new table version keeps the published files it does not replace by linking them, so it reads as
 * the whole table while the run wrote only its new rows or dates.
 */
class KeptFilesTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 3, 1);
  private static final LocalDate SECOND = LocalDate.of(2020, 3, 2);
  private static final LocalDate THIRD = LocalDate.of(2020, 3, 3);

  @TempDir Path out;

  @Test
  void datesOtherThanTheReplacedKeepTheirFilesAndTheReplacedDateIsWrittenAnew() throws IOException {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    String first = lake.write(LakeTable.QUARANTINE, abc(SECOND), "run-1");
    // the second run replaces 03-02 (one row now) and adds 03-03; its rows of 03-01 are not written
    String second =
        lake.write(
            LakeTable.QUARANTINE,
            quarantine(row(FIRST, "ignored"), row(SECOND, "d"), row(THIRD, "e")),
            "run-2",
            Lake.Clustering.BY_DATE,
            KeptFiles.datesOtherThan(Optional.of(first), Set.of(SECOND, THIRD)));

    assertThat(messages(lake, second)).containsExactly("a", "d", "e");
    assertThat(messages(lake, first))
        .as("the published version is untouched")
        .containsExactly("a", "b", "c");
    Path kept = onlyFile(lake, first, FIRST);
    Path linked = onlyFile(lake, second, FIRST);
    assertThat(Files.isSameFile(kept, linked)).as("03-01 is linked, not rewritten").isTrue();
    assertThat(Files.readAttributes(linked, BasicFileAttributes.class).fileKey())
        .isEqualTo(Files.readAttributes(kept, BasicFileAttributes.class).fileKey());
  }

  @Test
  void aTableThatOnlyGrowsKeepsEveryFileAndAddsTheNewRows() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    String first = lake.write(LakeTable.QUARANTINE, quarantine(row(FIRST, "a")), "run-1");
    String second =
        lake.write(
            LakeTable.QUARANTINE,
            quarantine(row(FIRST, "b"), row(SECOND, "c")),
            "run-2",
            Lake.Clustering.BY_DATE,
            KeptFiles.all(Optional.of(first)));
    assertThat(messages(lake, second)).containsExactly("a", "b", "c");
  }

  @Test
  void datesOutsideARangeAreKeptAndTheRangeIsWritten() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    String first = lake.write(LakeTable.QUARANTINE, abc(THIRD), "run-1");
    String second =
        lake.write(
            LakeTable.QUARANTINE,
            quarantine(row(FIRST, "x"), row(SECOND, "y"), row(THIRD, "z")),
            "run-2",
            Lake.Clustering.BY_DATE,
            KeptFiles.datesOutside(Optional.of(first), SECOND, SECOND));
    assertThat(messages(lake, second)).containsExactly("a", "c", "y");
    assertThat(KeptFiles.datesOutside(Optional.of(first), null, null)).isEqualTo(KeptFiles.none());
  }

  @Test
  void anUnpartitionedTableKeepsAllOrNothing() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    Dataset<Row> counties =
        LocalSpark.session()
            .createDataFrame(List.of(RowFactory.create("131102", "桃城区")), LakeSchemas.COUNTIES);
    String first = lake.write(LakeTable.COUNTIES, counties, "run-1");
    assertThatThrownBy(
            () ->
                lake.write(
                    LakeTable.COUNTIES,
                    counties,
                    "run-2",
                    Lake.Clustering.BY_DATE,
                    KeptFiles.datesOtherThan(Optional.of(first), Set.of(FIRST))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counties is not partitioned by date");
    String grown =
        lake.write(
            LakeTable.COUNTIES,
            counties,
            "run-3",
            Lake.Clustering.BY_DATE,
            KeptFiles.all(Optional.of(first)));
    assertThat(lake.readLocation(LakeTable.COUNTIES, grown).count()).isEqualTo(2);
  }

  @Test
  void aFingerprintIsReadBackAndAbsentFromOlderVersions() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    String location = lake.write(LakeTable.QUARANTINE, quarantine(row(FIRST, "a")), "run-1");
    assertThat(lake.fingerprint(location)).isEmpty();
    lake.writeFingerprint(location, "abc123");
    assertThat(lake.fingerprint(location)).contains("abc123");
    assertThat(lake.readLocation(LakeTable.QUARANTINE, location).count())
        .as("readers do not see the fingerprint file")
        .isEqualTo(1);
  }

  /** Rows "a" of 03-01, "b" of 03-02 and "c" of {@code third}. */
  private static Dataset<Row> abc(LocalDate third) {
    return quarantine(row(FIRST, "a"), row(SECOND, "b"), row(third, "c"));
  }

  private static Map<String, Object> row(LocalDate date, String message) {
    return Map.of("report_date", date, "uscc", message);
  }

  @SafeVarargs
  private static Dataset<Row> quarantine(Map<String, Object>... cells) {
    Object[][] rows = new Object[cells.length][];
    String[] names = LakeSchemas.QUARANTINE.fieldNames();
    for (int index = 0; index < cells.length; index++) {
      Object[] values = new Object[names.length];
      for (int field = 0; field < names.length; field++) {
        values[field] = cells[index].get(names[field]);
      }
      rows[index] = values;
    }
    return LocalSpark.session()
        .createDataFrame(Stream.of(rows).map(RowFactory::create).toList(), LakeSchemas.QUARANTINE);
  }

  private static List<String> messages(Lake lake, String location) {
    return lake
        .readLocation(LakeTable.QUARANTINE, location)
        .orderBy("uscc")
        .select("uscc")
        .collectAsList()
        .stream()
        .map(row -> row.getString(0))
        .toList();
  }

  private static Path onlyFile(Lake lake, String location, LocalDate date) throws IOException {
    Path folder =
        Path.of(lake.absolute(location).toString())
            .resolve(LakeTable.PARTITION_COLUMN + "=" + date);
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parquet = files.filter(file -> file.toString().endsWith(".parquet")).toList();
      assertThat(parquet).hasSize(1);
      return parquet.get(0);
    }
  }
}
