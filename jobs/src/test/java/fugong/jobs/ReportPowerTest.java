package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.report.PowerCheckSettings;
import fugong.report.ReportThresholds;
import fugong.testing.TestSpark;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report job on a lake written by hand with meter data for one county of one leader: each brief
 * gets the 电力复工率 tile, the 电力核验异常 item and 附件（八）电力核验, its scatter chart as {@code {stem}-power.png}
 * (1200 × 900) and the threshold of the run's settings in its definitions; a lake without meter
 * data gets neither.
 */
class ReportPowerTest {
  private static final LocalDate DATE = LocalDate.of(2020, 3, 20);

  @TempDir Path out;
  @TempDir Path plainOut;

  @Test
  void everyBriefGetsTheSectionAndItsChartAsPng() throws IOException {
    Lake lake = new Lake(TestSpark.session(), out.toString());
    Map<LakeTable, Dataset<Row>> tables = figures();
    tables.put(
        LakeTable.POWER_DAILY,
        rows(
            LakeTable.POWER_DAILY,
            daily("county", "131102", "桃城区"),
            daily("leader", "张三", "张三"),
            daily("city", "衡水市", "衡水市")));
    tables.put(
        LakeTable.POWER_FLAGS,
        rows(
            LakeTable.POWER_FLAGS,
            row(
                "kind", "DOUBTFUL_RESUMPTION",
                "county_code", "131102",
                "county_name", "桃城区",
                "leader", "张三",
                "uscc", "91131102MA0000001X",
                "enterprise_name", "衡水甲机械有限公司",
                "kwh", new BigDecimal("20.000000"),
                "baseline_kwh", new BigDecimal("100.000000"),
                "value", 0.2,
                "report_date", DATE)));
    PublishedState state = publish(lake, tables);
    ReportJob.Result result =
        new ReportJob(
                TestSpark.session(),
                new ReportJob.Config(
                    out.toString(),
                    null,
                    null,
                    MetricSettings.defaults(),
                    ReportThresholds.defaults(),
                    new PowerCheckSettings(0.25, 2, 0.4),
                    "run-power"))
            .run(state);
    Path folder = out.resolve("reports").resolve(DATE.toString());
    assertThat(result.all())
        .contains(folder.resolve("city-power.png"), folder.resolve("leader-张三-power.png"));
    BufferedImage chart = ImageIO.read(folder.resolve("city-power.png").toFile());
    assertThat(chart.getWidth()).isEqualTo(1200);
    assertThat(chart.getHeight()).isEqualTo(900);
    String pdf = pdfText(folder.resolve("leader-张三.pdf"));
    // 7 of 10 read: 70.0 %; self-reported 80.0 %; (0.7 + 0.8)/2 = 75.0; 10 of 12 read: 83.3 %
    assertThat(pdf)
        .contains("电力复工率关注70.0%自报80.0%")
        .contains("（八）电力核验分包县市区电力复工率70.0%，自报复工率80.0%（自报高出10.0个百分点）；复工电力指数75.0，电表覆盖率83.3%")
        .contains("桃城区80.0%70.0%80.0%75.083.3%100")
        .contains("衡水甲机械有限公司")
        .contains("用电基线的25%为用电复工");
    String page = Files.readString(folder.resolve("city.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("<h3>（八）电力核验</h3>").contains("power-chart-text");
  }

  @Test
  void aLakeWithoutMeterDataWritesTheBriefsAsBefore() throws IOException {
    Lake lake = new Lake(TestSpark.session(), plainOut.toString());
    PublishedState state = publish(lake, figures());
    ReportJob.Result result =
        new ReportJob(
                TestSpark.session(),
                new ReportJob.Config(
                    plainOut.toString(),
                    null,
                    null,
                    MetricSettings.defaults(),
                    ReportThresholds.defaults(),
                    "run-plain"))
            .run(state);
    assertThat(result.all()).noneMatch(file -> file.getFileName().toString().contains("power"));
    Path folder = plainOut.resolve("reports").resolve(DATE.toString());
    assertThat(pdfText(folder.resolve("city.pdf"))).doesNotContain("电力");
  }

  /** One county of one leader on one date: 10 enterprises, 8 resumed. */
  private static Map<LakeTable, Dataset<Row>> figures() {
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(
        LakeTable.CITY_DAILY,
        rows(
            LakeTable.CITY_DAILY,
            row("report_date", DATE, "enterprises", 10L, "resumed", 8L, "resumption_rate", 0.8)));
    tables.put(
        LakeTable.LEADER_DAILY,
        rows(
            LakeTable.LEADER_DAILY,
            row(
                "report_date",
                DATE,
                "leader",
                "张三",
                "counties",
                List.of("131102"),
                "enterprises",
                10L,
                "resumed",
                8L,
                "resumption_rate",
                0.8)));
    tables.put(
        LakeTable.COUNTY_DAILY,
        rows(
            LakeTable.COUNTY_DAILY,
            row(
                "report_date", DATE,
                "county_code", "131102",
                "county_name", "桃城区",
                "leader", "张三",
                "section", "办公室",
                "submission_status", "ON_TIME",
                "enterprises", 10L,
                "resumed", 8L,
                "resumption_rate", 0.8)));
    return tables;
  }

  private static PublishedState publish(Lake lake, Map<LakeTable, Dataset<Row>> tables) {
    Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
    tables.forEach((table, rows) -> locations.put(table, lake.write(table, rows, "fixture")));
    return lake.publish("fixture", locations);
  }

  /** A unit's power_daily row: 7 of 10 read resumed, 800 of 1000 kWh, 10 of 12 read. */
  private static Map<String, Object> daily(String unitType, String unit, String name) {
    return row(
        "unit_type",
        unitType,
        "unit",
        unit,
        "unit_name",
        name,
        "enterprises_with_baseline",
        12L,
        "enterprises_read",
        10L,
        "power_resumed",
        7L,
        "kwh",
        new BigDecimal("800.000000"),
        "baseline_kwh",
        new BigDecimal("1000.000000"),
        "power_resumption_rate",
        0.7,
        "consumption_recovery_rate",
        0.8,
        "power_index",
        0.75,
        "coverage",
        10 / 12.0,
        "enterprises_without_baseline",
        0L,
        "readings_without_baseline",
        0L,
        "resumption_rate",
        0.8,
        "report_date",
        DATE);
  }

  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int index = 0; index < namesAndValues.length; index += 2) {
      values.put((String) namesAndValues[index], namesAndValues[index + 1]);
    }
    return values;
  }

  @SafeVarargs
  private static Dataset<Row> rows(LakeTable table, Map<String, Object>... rows) {
    StructType schema = table.schema();
    List<Row> built = new ArrayList<>();
    for (Map<String, Object> values : rows) {
      values.keySet().forEach(schema::fieldIndex);
      List<Object> cells = new ArrayList<>();
      for (StructField field : schema.fields()) {
        Object value = values.get(field.name());
        if (value == null && field.dataType() instanceof org.apache.spark.sql.types.ArrayType) {
          value = List.of();
        } else if (value == null
            && field.dataType() instanceof org.apache.spark.sql.types.MapType) {
          value = Map.of();
        }
        cells.add(value);
      }
      built.add(RowFactory.create(cells.toArray()));
    }
    return TestSpark.session().createDataFrame(built, schema);
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
