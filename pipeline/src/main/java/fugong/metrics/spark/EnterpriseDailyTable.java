package fugong.metrics.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import fugong.domain.ChecklistItem;
import fugong.domain.Difficulty;
import fugong.domain.DormitoryRules;
import fugong.domain.EnterpriseStatus;
import fugong.metrics.MetricColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code enterprise_daily} table (docs/metrics.md), on which every figure rests: one row per
 * registry enterprise and report date, {@link EnterpriseStatus#FRESH} (a report dated that day),
 * {@link EnterpriseStatus#CARRIED} (the latest report of the carry-forward window's earlier days)
 * or {@link EnterpriseStatus#UNKNOWN}, with every value taken from that report, the checklist as
 * counted (W5 decided by the dormitory numbers where all three are given), the plausibility flags,
 * the open difficulty cases and the leader assigned to the county on that date.
 */
public final class EnterpriseDailyTable {
  private EnterpriseDailyTable() {}

  /** W5 from the dormitory numbers (DormitoryRules), NULL unless all three are present. */
  private static final UserDefinedFunction W5_BY_NUMBERS =
      udf(
          (UDF3<Long, Long, BigDecimal, Boolean>)
              (rooms, residents, area) ->
                  rooms == null || residents == null || area == null
                      ? null
                      : DormitoryRules.meetsDensity(rooms, residents, area),
          DataTypes.BooleanType);

  /**
   * The rows of every enterprise on every one of {@code dates} (column report_date), each carrying
   * the latest report of the {@code carryWindowDays} days ending that date.
   */
  public static Dataset<Row> of(
      int carryWindowDays,
      Dataset<Row> enterprises,
      Dataset<Row> submissions,
      Dataset<Row> dates,
      Dataset<Row> assignments,
      Dataset<Row> cases) {
    Dataset<Row> population =
        enterprises
            .select(
                "uscc",
                "county_code",
                "industry_code",
                "above_scale",
                "key_enterprise",
                "normal_employees",
                "normal_daily_output")
            .crossJoin(broadcast(dates));
    Dataset<Row> daily = withFigures(latestReports(population, submissions, carryWindowDays));
    // joined by uscc alone, so the rows stay where the per-enterprise pass put them
    daily = daily.join(DifficultyCaseTables.casesPerEnterprise(cases), "uscc", "left");
    Map<String, Column> open = new LinkedHashMap<>();
    Column totalOpen = lit(0L);
    for (Difficulty difficulty : Difficulty.values()) {
      String name = MetricColumns.openDifficulties(difficulty);
      open.put(name, DifficultyCaseTables.openOnReportDate(difficulty));
      totalOpen = totalOpen.plus(col(name));
    }
    daily = daily.withColumns(open).withColumn("open_difficulties", totalOpen).drop("cases");
    return LeaderAssignments.joinInForce(daily, assignments);
  }

  /**
   * One pass per enterprise: its registry rows (one per date) and its reports, sorted by date with
   * a report before the registry row of the same date; each registry row takes the latest report of
   * the window−1 days before it, or of its own date (order keys 2·day and 2·day+1). The report's
   * fields come out prefixed {@code report_}, with {@code source_report_date}.
   */
  private static Dataset<Row> latestReports(
      Dataset<Row> population, Dataset<Row> submissions, int window) {
    List<Column> reportFields = new ArrayList<>();
    reportFields.add(col("report_date").as("source_report_date"));
    reportFields.add(col("resumed").as("report_resumed"));
    reportFields.add(col("employees_on_duty").as("report_employees_on_duty"));
    reportFields.add(col("output_value").as("report_output_value"));
    for (ChecklistItem item : ChecklistItem.values()) {
      reportFields.add(col(item.code()).as("report_" + item.code()));
    }
    for (String name :
        List.of(
            "dorm_rooms", "dorm_residents", "dorm_area_m2", "suspected", "isolated", "confirmed")) {
      reportFields.add(col(name).as("report_" + name));
    }
    Dataset<Row> reports =
        submissions.select(
            col("uscc"),
            expr("unix_date(report_date) * 2").as("order_key"),
            struct(reportFields.toArray(Column[]::new)).as("report"));
    Dataset<Row> registryRows =
        population
            .withColumn("order_key", expr("unix_date(report_date) * 2 + 1"))
            .withColumn("report", lit(null).cast(reports.schema().apply("report").dataType()));
    var latest =
        Window.partitionBy(col("uscc"))
            .orderBy(col("order_key"))
            .rangeBetween(-(2L * (window - 1) + 1), 0);
    List<Column> populationColumns = new ArrayList<>();
    for (String name : population.columns()) {
      populationColumns.add(col(name));
    }
    populationColumns.add(col("chosen.*"));
    return registryRows
        .unionByName(reports, true)
        .withColumn("chosen", last(col("report"), true).over(latest))
        .where(col("order_key").mod(2).equalTo(1))
        .select(populationColumns.toArray(Column[]::new));
  }

  /** Status, values, checklist and flags of each row, from the report it carries. */
  private static Dataset<Row> withFigures(Dataset<Row> joined) {
    Column fresh = col("source_report_date").equalTo(col("report_date"));
    Column resumed = coalesce(col("report_resumed"), lit(false));
    Column w5ByNumbers =
        W5_BY_NUMBERS.apply(
            col("report_dorm_rooms"), col("report_dorm_residents"), col("report_dorm_area_m2"));
    Dataset<Row> daily =
        joined
            .withColumn(
                "status",
                when(col("source_report_date").isNull(), EnterpriseStatus.UNKNOWN.name())
                    .when(fresh, EnterpriseStatus.FRESH.name())
                    .otherwise(EnterpriseStatus.CARRIED.name()))
            .withColumn("resumed", resumed)
            .withColumn("employees_on_duty", when(resumed, col("report_employees_on_duty")))
            .withColumn("output_value", when(resumed, col("report_output_value")))
            .withColumn("w5_reported", col("report_W5"))
            .withColumn("w5_by_numbers", w5ByNumbers);
    Map<String, Column> items = new LinkedHashMap<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      Column reported = col("report_" + item.code());
      Column effective =
          item == ChecklistItem.W5 ? coalesce(col("w5_by_numbers"), reported) : reported;
      items.put(item.code(), coalesce(effective, lit(false)));
    }
    daily = daily.withColumns(items);
    Column itemsMet = lit(0L);
    Column allMet = lit(true);
    for (ChecklistItem item : ChecklistItem.values()) {
      itemsMet = itemsMet.plus(when(col(item.code()), 1L).otherwise(0L));
      allMet = allMet.and(col(item.code()));
    }
    Column freshReport = col("status").equalTo(EnterpriseStatus.FRESH.name());
    Column output = col("output_value");
    Column normalOutput = col("normal_daily_output");
    daily =
        daily
            .withColumn(
                "w5_contradicted",
                freshReport
                    .and(coalesce(col("w5_reported"), lit(false)))
                    .and(col("w5_by_numbers").equalTo(false)))
            .withColumn("items_met", itemsMet)
            .withColumn("assessed", freshReport.and(col("resumed")))
            .withColumn("fully_compliant", col("assessed").and(allMet))
            // thresholds compare the decimals as typed (2.88 is exactly 0.9 × 3.2)
            .withColumn(
                "full_load",
                col("resumed").and(output.geq(normalOutput.multiply(new BigDecimal("0.9")))))
            .withColumn(
                "reduced",
                col("resumed").and(output.lt(normalOutput.multiply(new BigDecimal("0.5")))))
            .withColumn(
                "output_over_3x",
                freshReport.and(
                    coalesce(col("report_output_value").gt(normalOutput.multiply(3)), lit(false))))
            .withColumn(
                "on_duty_over_2x",
                freshReport.and(
                    coalesce(
                        col("report_employees_on_duty").gt(col("normal_employees").multiply(2)),
                        lit(false))))
            .withColumn(
                "suspected",
                when(freshReport, coalesce(col("report_suspected"), lit(0L))).otherwise(0L))
            .withColumn(
                "isolated",
                when(freshReport, coalesce(col("report_isolated"), lit(0L))).otherwise(0L))
            .withColumn(
                "confirmed",
                when(freshReport, coalesce(col("report_confirmed"), lit(0L))).otherwise(0L));
    return daily
        .withColumn("full_load", coalesce(col("full_load"), lit(false)))
        .withColumn("reduced", coalesce(col("reduced"), lit(false)));
  }
}
