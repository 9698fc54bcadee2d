package fugong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views over a tiny published lake written by DuckDB itself: counties (2 rows, one file), a
 * partitioned table with 3 rows over 2 report dates, a published table without data files and a
 * table that is not published.
 */
class LakeViewsTest {
  @TempDir Path out;
  private PublishedState published;

  @BeforeEach
  void writeLake() throws Exception {
    Path counties = Files.createDirectories(out.resolve("lake/counties/v1"));
    Path cityDaily = Files.createDirectories(out.resolve("lake/city_daily/v1"));
    Files.createDirectories(out.resolve("lake/alerts/v1"));
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute(
          "COPY (SELECT * FROM (VALUES ('131102', '桃城区'), ('131103', '冀州区')) AS t(county_code,"
              + " county_name)) TO "
              + LakeViews.literal(counties.resolve("part-0.parquet").toString())
              + " (FORMAT parquet)");
      statement.execute(
          "COPY (SELECT * FROM (VALUES (10, '2020-03-01'), (11, '2020-03-01'), (12, '2020-03-02'))"
              + " AS t(registered, report_date)) TO "
              + LakeViews.literal(cityDaily.toString())
              + " (FORMAT parquet, PARTITION_BY (report_date))");
    }
    published =
        new PublishedState(
            1,
            "run-1",
            Map.of(
                LakeTable.COUNTIES,
                "lake/counties/v1",
                LakeTable.CITY_DAILY,
                "lake/city_daily/v1",
                LakeTable.ALERTS,
                "lake/alerts/v1"));
  }

  @Test
  void absoluteViewsReadTheRowsWithReportDateAsDate() throws Exception {
    LakeViews views = LakeViews.absolute(out, published);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      views.create(duckdb, "counties", LakeTable.COUNTIES);
      views.create(duckdb, "city", LakeTable.CITY_DAILY);
      assertThat(rows(duckdb, "SELECT county_code, county_name FROM counties ORDER BY 1"))
          .containsExactly("131102 桃城区", "131103 冀州区");
      assertThat(
              rows(
                  duckdb,
                  "SELECT report_date, typeof(report_date), sum(registered) FROM city GROUP BY ALL"
                      + " ORDER BY 1"))
          .containsExactly("2020-03-01 DATE 21", "2020-03-02 DATE 12");
    }
    assertThat(views.source(LakeTable.COUNTIES))
        .contains(out.toAbsolutePath() + "/lake/counties/v1/*.parquet");
    assertThat(views.parquetGlob(LakeTable.CITY_DAILY)).contains("lake/city_daily/v1/**/*.parquet");
  }

  @Test
  void relativeViewsReadTheSameRowsThroughTheFileSearchPath() throws Exception {
    LakeViews views = LakeViews.relativeTo(out, published);
    assertThat(views.source(LakeTable.CITY_DAILY))
        .isEqualTo(
            "read_parquet('lake/city_daily/v1/**/*.parquet', hive_partitioning = true, hive_types ="
                + " {'report_date': DATE})");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("SET file_search_path = " + LakeViews.literal(out.toString()));
      views.create(
          duckdb,
          "city",
          LakeTable.CITY_DAILY,
          source -> "SELECT report_date, count(*) AS reports FROM " + source + " GROUP BY ALL");
      assertThat(rows(duckdb, "SELECT * FROM city ORDER BY 1"))
          .containsExactly("2020-03-01 2", "2020-03-02 1");
    }
  }

  @Test
  void aTableWithoutDataFilesOrNotPublishedIsAnEmptyViewWithItsDeclaredColumns() throws Exception {
    LakeViews views = LakeViews.absolute(out, published);
    assertThat(views.location(LakeTable.ALERTS)).contains("lake/alerts/v1");
    assertThat(views.parquetGlob(LakeTable.ALERTS)).isEmpty();
    assertThat(views.location(LakeTable.FORECASTS)).isEmpty();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (LakeTable table : List.of(LakeTable.ALERTS, LakeTable.FORECASTS)) {
        views.create(duckdb, table.tableName(), table);
        assertThat(rows(duckdb, "SELECT count(*) FROM " + table.tableName())).containsExactly("0");
        assertThat(rows(duckdb, "SELECT column_name FROM (DESCRIBE " + table.tableName() + ")"))
            .containsExactlyElementsOf(
                Arrays.stream(table.schema().fields()).map(StructField::name).toList());
      }
    }
  }

  @Test
  void literalsAndIdentifiersDoubleTheirQuotes() {
    assertThat(LakeViews.literal("it's")).isEqualTo("'it''s'");
    assertThat(LakeViews.identifier("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  private static List<String> rows(Connection duckdb, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          values.add(String.valueOf(result.getObject(column)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
