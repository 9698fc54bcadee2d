package fugong.metrics.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;

import fugong.metrics.MetricColumns;
import fugong.run.RuleVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The unit tables of docs/metrics.md — {@code county_daily}, {@code leader_daily}, {@code
 * city_daily}, {@code industry_daily} and {@code scale_daily} — each rolled up from the same {@link
 * #sums} of {@code enterprise_daily}: numerators and denominators summed first, rates computed from
 * the sums, then the day-over-day and 7-day changes.
 */
public final class UnitTables {
  /** The finest grain every unit table rolls up from: each unit's key is one of these or none. */
  public static final List<String> SUM_KEYS =
      List.of("county_code", "leader", "industry_code", "above_scale");

  private UnitTables() {}

  /**
   * The sums of {@code enterprise_daily} per county, leader, industry, scale and date, computed now
   * and kept in memory (unpersist them when the unit tables are written): a few thousand rows per
   * date, from which every unit table is rolled up, so the enterprise rows are scanned once instead
   * of once per unit.
   */
  public static Dataset<Row> sums(Dataset<Row> enterpriseDaily) {
    Dataset<Row> sums =
        UnitMetrics.partialSums(enterpriseDaily, SUM_KEYS).persist(StorageLevel.MEMORY_AND_DISK());
    sums.count();
    return sums;
  }

  /**
   * County rows for every county and date of {@code submissionStatus} (counts 0 where a county has
   * no enterprise), with the county's name and the leader and section assigned that date.
   */
  public static Dataset<Row> county(
      Dataset<Row> sums,
      Dataset<Row> counties,
      Dataset<Row> assignments,
      Dataset<Row> submissionStatus) {
    Dataset<Row> metrics = rolledUp(sums, List.of("county_code"));
    Dataset<Row> named =
        LeaderAssignments.joinInForce(
            submissionStatus
                .join(counties, "county_code")
                .join(metrics, new String[] {"county_code", "report_date"}, "left"),
            assignments);
    Map<String, Column> zeroes = new LinkedHashMap<>();
    MetricColumns.COUNTS.forEach(count -> zeroes.put(count, coalesce(col(count), lit(0L))));
    MetricColumns.SUMS.forEach(sum -> zeroes.put(sum, coalesce(col(sum), lit(0.0))));
    zeroes.put("rule_version", lit(RuleVersion.CURRENT));
    return named.withColumns(zeroes);
  }

  /** Leaders with the counties assigned to them on each date. */
  public static Dataset<Row> leader(Dataset<Row> sums) {
    return rolledUp(
        sums.where(col("leader").isNotNull()),
        List.of("leader"),
        array_sort(collect_set(col("county_code"))).as("counties"));
  }

  /** The whole city per date. */
  public static Dataset<Row> city(Dataset<Row> sums) {
    return rolledUp(sums, List.of());
  }

  /** Per industry code and date. */
  public static Dataset<Row> industry(Dataset<Row> sums) {
    return rolledUp(sums, List.of("industry_code"));
  }

  /** Above-scale and other enterprises, per date. */
  public static Dataset<Row> scale(Dataset<Row> sums) {
    return rolledUp(sums, List.of("above_scale"));
  }

  private static Dataset<Row> rolledUp(
      Dataset<Row> sums, List<String> keys, Column... extraAggregates) {
    Dataset<Row> rates = UnitMetrics.withRates(UnitMetrics.rollUp(sums, keys, extraAggregates));
    return UnitMetrics.withChanges(rates, keys)
        .withColumn("rule_version", lit(RuleVersion.CURRENT));
  }
}
