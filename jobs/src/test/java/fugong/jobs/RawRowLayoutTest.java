package fugong.jobs;

import static fugong.testing.Fixtures.A;
import static fugong.testing.Fixtures.B;
import static fugong.testing.Fixtures.D;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.catalog.CatalogBuilder;
import fugong.catalog.SqlSession;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw rows are stored narrow (the cells as a list under the file's header, kept once in {@code
 * files.raw_headers}) and read back whole: the catalog's {@code raw_rows} view shows each row's
 * cells as the map from the header as written to the cell, for rows stored narrow, for rows their
 * file's header does not name, and for rows a lake stored as maps before the narrow layout.
 */
class RawRowLayoutTest {
  private final SparkSession spark = TestSpark.session();
  @TempDir Path temporary;

  /** The open header of {@link Fixtures#header()}: every column but 填报人 and 联系电话. */
  private static final List<String> OPEN_HEADER =
      List.of(Fixtures.header().split(",")).subList(0, 34);

  @Test
  void cellsAreStoredUnderTheFilesHeaderAndTheCatalogShowsThemAsOneMapPerRow() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Path out = temporary.resolve("out");
    ingest(firstNight(), reference, out);

    Lake lake = new Lake(spark, out.toString());
    Row file =
        lake.read(LakeTable.FILES).where(col("source_file").equalTo("131102_20200301.csv")).first();
    assertThat(file.getList(file.fieldIndex("raw_headers"))).isEqualTo(OPEN_HEADER);
    List<Row> raw =
        lake.read(LakeTable.RAW_ROWS)
            .where(col("source_file").equalTo("131102_20200301.csv"))
            .orderBy("source_row")
            .collectAsList();
    assertThat(raw).hasSize(3);
    Row first = raw.get(0);
    assertThat(first.isNullAt(first.fieldIndex("cells"))).as("a named row has no map").isTrue();
    assertThat(first.getList(first.fieldIndex("cell_values")))
        .hasSize(OPEN_HEADER.size())
        .startsWith("2020-03-01", "桃城区", A, "", "是");
    Row misaligned = raw.get(2);
    assertThat(misaligned.isNullAt(misaligned.fieldIndex("cell_values")))
        .as("a row that does not line up with the header is not named by it")
        .isTrue();
    assertThat(misaligned.getJavaMap(misaligned.fieldIndex("cells"))).isEmpty();

    CatalogBuilder.build(out, lake.published());
    Map<String, String> cells = catalogCells(out).get("131102_20200301.csv:2");
    assertThat(cells.keySet()).containsExactlyElementsOf(OPEN_HEADER);
    assertThat(cells)
        .containsEntry("统一社会信用代码", A)
        .containsEntry("是否复工", "是")
        .containsEntry("当日产值(万元)", "40")
        .doesNotContainKeys("填报人", "联系电话");
    assertThat(catalogCells(out).get("131102_20200301.csv:4")).isEmpty();
    assertThat(catalogCells(out)).hasSize(4);
  }

  @Test
  void aLakeWhoseRawRowsAreMapsReadsTheSameAfterANightOfTheNarrowLayout() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Path inbox = firstNight();
    Path old = temporary.resolve("old");
    ingest(inbox, reference, old);
    storeRawRowsAsMaps(new Lake(spark, old.toString()));
    Path fresh = temporary.resolve("fresh");
    ingest(inbox, reference, fresh);

    secondNight(inbox);
    ingest(inbox, reference, old);
    ingest(inbox, reference, fresh);

    Map<String, Map<String, String>> fromOld = catalogCells(published(old));
    assertThat(fromOld).hasSize(6);
    assertThat(fromOld.get("131102_20200301.csv:2")).containsEntry("统一社会信用代码", A);
    assertThat(fromOld.get("131102_20200302.csv:2")).containsEntry("统一社会信用代码", B);
    assertThat(fromOld).isEqualTo(catalogCells(published(fresh)));
    Lake lake = new Lake(spark, old.toString());
    assertThat(
            lake.read(LakeTable.RAW_ROWS)
                .where(col("report_date").equalTo(java.sql.Date.valueOf("2020-03-01")))
                .where(col("cells").isNotNull())
                .count())
        .as("the first night's rows are still the maps written before")
        .isEqualTo(4);
  }

  /** Tao Cheng's two rows and one that does not line up, and Jizhou's row, of 03-01. */
  private Path firstNight() throws IOException {
    Path inbox = temporary.resolve("inbox");
    Fixtures.write(
        inbox,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "桃城区", A, 80, "40", "D1"),
        Fixtures.notResumed("2020-03-01", "桃城区", B),
        Fixtures.notResumed("2020-03-01", "桃城区", Fixtures.C) + ",a cell right of the header");
    Fixtures.write(
        inbox,
        "131103_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "冀州", D, 20, "3.5", ""));
    return inbox;
  }

  private static void secondNight(Path inbox) throws IOException {
    Fixtures.write(
        inbox,
        "131102_20200302.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.notResumed("2020-03-02", "桃城区", B),
        Fixtures.resumed("2020-03-02", "桃城区", A, 90, "45", ""));
  }

  private void ingest(Path inbox, Path reference, Path out) {
    TestIngest.run(spark, inbox, reference, out, false);
  }

  private Path published(Path out) {
    CatalogBuilder.build(out, new Lake(spark, out.toString()).published());
    return out;
  }

  /**
   * Rewrites the published raw_rows and files versions as a fugong before the narrow layout wrote
   * them: each raw row's cells as a map, no cell_values column, no raw_headers column.
   */
  private void storeRawRowsAsMaps(Lake lake) throws IOException {
    var state = lake.published();
    String rawLocation = state.location(LakeTable.RAW_ROWS).orElseThrow();
    String filesLocation = state.location(LakeTable.FILES).orElseThrow();
    Dataset<Row> files = lake.readLocation(LakeTable.FILES, filesLocation);
    Dataset<Row> maps =
        lake.readLocation(LakeTable.RAW_ROWS, rawLocation)
            .join(
                files.select("source_file", "source_sha256", "raw_headers"),
                new String[] {"source_file", "source_sha256"})
            .withColumn(
                "cells",
                when(col("cell_values").isNull(), col("cells"))
                    .otherwise(map_from_arrays(col("raw_headers"), col("cell_values"))))
            .select(
                "county_code",
                "source_file",
                "source_sha256",
                "source_row",
                "cells",
                "ingest_run_id",
                "report_date");
    rewrite(lake, rawLocation, maps, true);
    rewrite(lake, filesLocation, files.drop("raw_headers"), false);
  }

  /** Replaces a version folder's files with {@code rows}, written as plain Parquet. */
  private void rewrite(Lake lake, String location, Dataset<Row> rows, boolean byDate)
      throws IOException {
    Path folder = Path.of(lake.absolute(location).toString());
    Path staged = temporary.resolve("staged-" + folder.getFileName() + "-" + byDate);
    var writer = rows.localCheckpoint().coalesce(1).write().mode(SaveMode.ErrorIfExists);
    if (byDate) {
      writer = writer.partitionBy("report_date");
    }
    writer.parquet(staged.toString());
    deleteTree(folder);
    Files.move(staged, folder);
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Each raw row's cells as the catalog's raw_rows view shows them, by "file:row", in header order.
   */
  private static Map<String, Map<String, String>> catalogCells(Path out) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (SqlSession session = SqlSession.open(out)) {
      var result =
          session.query(
              "SELECT source_file || ':' || source_row, to_json(map_keys(cells)),"
                  + " to_json(map_values(cells)) FROM raw_rows ORDER BY 1");
      for (List<String> row : result.rows()) {
        List<String> keys = jsonList(row.get(1));
        List<String> values = jsonList(row.get(2));
        Map<String, String> cells = new LinkedHashMap<>();
        for (int index = 0; index < keys.size(); index++) {
          cells.put(keys.get(index), values.get(index));
        }
        rows.put(row.get(0), cells);
      }
    }
    return rows;
  }

  /** A JSON array of strings (DuckDB's to_json of a VARCHAR list) as a list. */
  private static List<String> jsonList(String json) {
    try {
      String[] items =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, String[].class);
      return new ArrayList<>(List.of(items));
    } catch (IOException failure) {
      throw new IllegalStateException("not a JSON list of strings: " + json, failure);
    }
  }
}
