package fugong.metrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.domain.EnterpriseStatus;
import fugong.metrics.MetricColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rolls enterprise-days up to any unit (county, leader, city, industry, scale): sums of numerators
 * and denominators first, rates computed from the sums last (NULL on a zero denominator), then
 * day-over-day and 7-day changes by calendar date.
 */
public final class UnitMetrics {
  private static final String OUTPUT_OF_RESUMED = "output_of_resumed";
  private static final String NORMAL_OUTPUT = "normal_output";

  /** Every column {@link #partialSums} adds up (counts, head counts and the two amounts). */
  private static final java.util.Set<String> SUMMED_COLUMNS = summedColumns();

  private UnitMetrics() {}

  private static java.util.Set<String> summedColumns() {
    java.util.Set<String> columns = new java.util.LinkedHashSet<>(MetricColumns.COUNTS);
    columns.addAll(MetricColumns.SUMS);
    return columns;
  }

  private static Column flag(String booleanColumn) {
    return when(col(booleanColumn), 1L).otherwise(0L);
  }

  /**
   * Numerators and denominators per group of {@code keys} and date, from {@code enterprise_daily}
   * rows. Every column is a sum (amounts as exact decimals), so the groups can be rolled up to any
   * coarser unit with {@link #rollUp}: the enterprise rows are read once for all units.
   */
  public static Dataset<Row> partialSums(Dataset<Row> enterpriseDaily, List<String> keys) {
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(count(lit(1)).as("enterprises"));
    aggregates.add(
        sum(when(col("status").equalTo(EnterpriseStatus.FRESH.name()), 1L).otherwise(0L))
            .as("reported"));
    aggregates.add(
        sum(when(col("status").equalTo(EnterpriseStatus.CARRIED.name()), 1L).otherwise(0L))
            .as("carried"));
    aggregates.add(
        sum(when(col("status").equalTo(EnterpriseStatus.UNKNOWN.name()), 1L).otherwise(0L))
            .as("unknown"));
    aggregates.add(sum(flag("resumed")).as("resumed"));
    aggregates.add(sum(flag("above_scale")).as("above_scale_enterprises"));
    aggregates.add(
        sum(when(col("above_scale").and(col("resumed")), 1L).otherwise(0L))
            .as("above_scale_resumed"));
    aggregates.add(
        sum(when(col("resumed"), col("employees_on_duty")).otherwise(0L)).as("employees_on_duty"));
    aggregates.add(
        sum(when(col("resumed"), col("normal_employees")).otherwise(0L))
            .as("normal_employees_of_resumed"));
    aggregates.add(sum(flag("full_load")).as("full_load"));
    aggregates.add(sum(flag("reduced")).as("reduced"));
    aggregates.add(sum(flag("assessed")).as("assessed"));
    aggregates.add(sum(flag("fully_compliant")).as("fully_compliant"));
    aggregates.add(sum(when(col("assessed"), col("items_met")).otherwise(0L)).as("items_met"));
    for (ChecklistItem item : ChecklistItem.values()) {
      aggregates.add(
          sum(when(col("assessed").and(col(item.code())), 1L).otherwise(0L))
              .as(MetricColumns.itemMet(item)));
    }
    aggregates.add(sum("suspected").as("suspected"));
    aggregates.add(sum("isolated").as("isolated"));
    aggregates.add(sum("confirmed").as("confirmed"));
    aggregates.add(sum("open_difficulties").as("open_difficulties"));
    for (Difficulty difficulty : Difficulty.values()) {
      String name = MetricColumns.openDifficulties(difficulty);
      aggregates.add(sum(name).as(name));
    }
    // amounts are summed as exact decimals: the total does not depend on the order Spark adds in
    aggregates.add(
        sum(when(col("resumed"), col("output_value")).otherwise(lit(java.math.BigDecimal.ZERO)))
            .as(OUTPUT_OF_RESUMED));
    aggregates.add(sum(col("normal_daily_output")).as(NORMAL_OUTPUT));
    return groupedByDate(enterpriseDaily, keys, aggregates);
  }

  /**
   * The unit rows of {@code keys} and date from {@link #partialSums} of finer groups: each sum
   * summed again (exact, so the result equals summing the enterprise rows directly), amounts turned
   * into doubles last, and {@code stopped} = enterprises − resumed.
   */
  public static Dataset<Row> rollUp(
      Dataset<Row> partialSums, List<String> keys, Column... extraAggregates) {
    List<Column> aggregates = new ArrayList<>();
    for (String column : partialSums.columns()) {
      if (MetricColumns.SUMS.contains(column)) {
        aggregates.add(sum(column).cast("double").as(column));
      } else if (SUMMED_COLUMNS.contains(column)) {
        aggregates.add(sum(column).as(column));
      }
    }
    aggregates.addAll(List.of(extraAggregates));
    return groupedByDate(partialSums, keys, aggregates)
        .withColumn("stopped", col("enterprises").minus(col("resumed")));
  }

  private static Dataset<Row> groupedByDate(
      Dataset<Row> rows, List<String> keys, List<Column> aggregates) {
    List<Column> groupBy = new ArrayList<>();
    keys.forEach(key -> groupBy.add(col(key)));
    groupBy.add(col("report_date"));
    Column first = aggregates.get(0);
    Column[] rest = aggregates.subList(1, aggregates.size()).toArray(Column[]::new);
    return rows.groupBy(groupBy.toArray(Column[]::new)).agg(first, rest);
  }

  /** numerator / denominator as a double, NULL when the denominator is 0. */
  public static Column ratio(Column numerator, Column denominator) {
    return when(denominator.equalTo(0), lit(null).cast("double"))
        .otherwise(numerator.cast("double").divide(denominator.cast("double")));
  }

  /** Every rate of DOMAIN.md §6 from the summed columns. */
  public static Dataset<Row> withRates(Dataset<Row> sums) {
    Map<String, Column> rates = new LinkedHashMap<>();
    rates.put("coverage", ratio(col("reported"), col("enterprises")));
    rates.put("resumption_rate", ratio(col("resumed"), col("enterprises")));
    rates.put(
        "above_scale_resumption_rate",
        ratio(col("above_scale_resumed"), col("above_scale_enterprises")));
    rates.put(
        "employee_return_rate",
        ratio(col("employees_on_duty"), col("normal_employees_of_resumed")));
    rates.put("capacity_recovery_rate", ratio(col("output_of_resumed"), col("normal_output")));
    for (ChecklistItem item : ChecklistItem.values()) {
      rates.put(
          MetricColumns.itemRate(item), ratio(col(MetricColumns.itemMet(item)), col("assessed")));
    }
    rates.put("full_compliance_rate", ratio(col("fully_compliant"), col("assessed")));
    rates.put(
        "compliance_score",
        ratio(col("items_met"), col("assessed").multiply(ChecklistItem.values().length)));
    return sums.withColumns(rates);
  }

  /** {rate}_change_1d and _7d: the rate minus the unit's rate 1 and 7 calendar days earlier. */
  public static Dataset<Row> withChanges(Dataset<Row> rates, List<String> keys) {
    Dataset<Row> result = rates;
    for (int days : new int[] {1, 7}) {
      List<Column> earlierColumns = new ArrayList<>();
      for (String key : keys) {
        earlierColumns.add(col(key).as("earlier_" + key));
      }
      earlierColumns.add(date_add(col("report_date"), days).as("earlier_report_date"));
      for (String rate : MetricColumns.TRENDED_RATES) {
        earlierColumns.add(col(rate).as("earlier_" + rate));
      }
      Dataset<Row> earlier = rates.select(earlierColumns.toArray(Column[]::new));
      Column condition = col("report_date").equalTo(col("earlier_report_date"));
      for (String key : keys) {
        condition = condition.and(col(key).eqNullSafe(col("earlier_" + key)));
      }
      result = result.join(earlier, condition, "left");
      Map<String, Column> changes = new LinkedHashMap<>();
      for (String rate : MetricColumns.TRENDED_RATES) {
        changes.put(rate + "_change_" + days + "d", col(rate).minus(col("earlier_" + rate)));
      }
      result = result.withColumns(changes);
      List<String> dropped = new ArrayList<>();
      for (String column : result.columns()) {
        if (column.startsWith("earlier_")) {
          dropped.add(column);
        }
      }
      result = result.drop(dropped.toArray(String[]::new));
    }
    return result;
  }
}
