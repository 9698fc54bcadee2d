package fugong.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.bench.LakeReplication.Factors;
import fugong.bench.LakeReplication.LakeShape;
import fugong.domain.UsccRules;
import fugong.jobs.MetricsJob;
import fugong.jobs.SmallCityWorld;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.run.RunIds;
import fugong.testing.DuckDbMetrics;
import fugong.testing.TestSpark;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's lake replication on the four-day {@link SmallCityWorld}: ×2 enterprises, ×2
 * periods.
 */
class LakeReplicationTest {
  @TempDir Path folder;

  @Test
  void
      twoEnterpriseAndTwoPeriodCopiesGiveFourTimesTheReportsOverTwiceThePeriodAndBothEnginesReadThem()
          throws Exception {
    SparkSession spark = TestSpark.session();
    String baseOut = SmallCityWorld.lake().root().toString();
    Lake base = new Lake(spark, baseOut);
    LakeReplication replication = new LakeReplication(spark);
    String out = folder.resolve("out").toString();

    replication.replicate(baseOut, out, new Factors(2, 2));

    Lake lake = new Lake(spark, out);
    LakeShape baseShape = replication.shape(baseOut);
    LakeShape shape = replication.shape(out);
    assertThat(baseShape).isEqualTo(new LakeShape(6, 4, baseShape.submissions()));
    assertThat(shape).isEqualTo(new LakeShape(12, 8, 4 * baseShape.submissions()));
    assertThat(lake.read(LakeTable.QUARANTINE).count())
        .isEqualTo(4 * base.read(LakeTable.QUARANTINE).count());

    List<String> codes =
        lake.read(LakeTable.ENTERPRISES).select("uscc").as(Encoders.STRING()).collectAsList();
    assertThat(codes)
        .hasSize(12)
        .doesNotHaveDuplicates()
        .allMatch(UsccRules::isValid)
        .contains(SmallCityWorld.A, LakeReplication.copyCode(SmallCityWorld.A, 1));
    assertThat(
            lake.read(LakeTable.SUBMISSIONS)
                .select("uscc")
                .distinct()
                .as(Encoders.STRING())
                .collectAsList())
        .isSubsetOf(codes);

    Row files =
        lake.read(LakeTable.FILES)
            .agg(
                min("report_date"),
                max("report_date"),
                countDistinct(col("source_file")),
                sum("rows_read"))
            .first();
    Row baseFiles =
        base.read(LakeTable.FILES).agg(countDistinct(col("source_file")), sum("rows_read")).first();
    assertThat(files.<LocalDate>getAs(0)).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(files.<LocalDate>getAs(1)).isEqualTo(LocalDate.of(2020, 3, 8));
    assertThat(files.getLong(2)).isEqualTo(2 * baseFiles.getLong(0));
    assertThat(files.getLong(3)).isEqualTo(4 * baseFiles.getLong(1));
    assertThat(
            lake.read(LakeTable.FILES).select("source_file").as(Encoders.STRING()).collectAsList())
        .contains("131102_20200305.csv", "131121_20200308.xlsx");

    MetricsJob.Result metrics =
        new MetricsJob(
                spark,
                new MetricsJob.Config(
                    out, null, null, MetricSettings.defaults(), RunIds.next(Instant.now())))
            .stage(lake.published());
    long sparkResumed =
        lake.readLocation(LakeTable.CITY_DAILY, metrics.locations().get(LakeTable.CITY_DAILY))
            .agg(sum("resumed"))
            .first()
            .getLong(0);
    assertThat(
            lake.readLocation(
                    LakeTable.ENTERPRISE_DAILY, metrics.locations().get(LakeTable.ENTERPRISE_DAILY))
                .count())
        .isEqualTo(12 * 8);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      DuckDbMetrics.createInputViews(duckdb, Path.of(out), lake.published());
      DuckDbMetrics.runScript(duckdb, DuckDbMetrics.script());
      try (ResultSet result =
          statement.executeQuery(
              "SELECT (SELECT count(*) FROM enterprise_status), (SELECT CAST(sum(resumed) AS"
                  + " BIGINT) FROM duckdb_city_daily)")) {
        result.next();
        assertThat(result.getLong(1)).isEqualTo(12 * 8);
        assertThat(result.getLong(2)).isEqualTo(sparkResumed).isPositive();
      }
    }
  }

  @Test
  void copiesGetValidCodesThatDifferFromTheOriginalAndEachOther() {
    String original = SmallCityWorld.A;

    List<String> copies =
        List.of(
            LakeReplication.copyCode(original, 1),
            LakeReplication.copyCode(original, 2),
            LakeReplication.copyCode(original, 4));

    assertThat(LakeReplication.copyCode(original, 0)).isEqualTo(original);
    assertThat(copies)
        .allMatch(UsccRules::isValid)
        .allMatch(code -> code.length() == 18)
        .doesNotHaveDuplicates()
        .doesNotContain(original);
    assertThat(copies.get(0)).startsWith("92").contains(original.substring(2, 17));
    assertThat(LakeReplication.copyCode("9113110", 1)).isEqualTo("9113110");
    assertThat(LakeReplication.copyCode(null, 1)).isNull();
  }

  @Test
  void factorsForTheBenchmarkSizes() {
    long ingested = 71_500L * 14;

    assertThat(Factors.forRows(1_000_000, ingested)).isEqualTo(new Factors(1, 1));
    assertThat(Factors.forRows(10_000_000, ingested)).isEqualTo(new Factors(5, 2));
    assertThat(Factors.forRows(50_000_000, ingested)).isEqualTo(new Factors(5, 10));
    assertThat(Factors.forRows(300_000, 7_150L * 14)).isEqualTo(new Factors(3, 1));
  }
}
