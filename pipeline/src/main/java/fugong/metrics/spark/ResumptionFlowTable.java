package fugong.metrics.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import fugong.domain.CountyDirectory;
import fugong.metrics.ResumptionFlow;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code resumption_flows} table (docs/metrics.md): the day-over-day change of each unit's 复工率
 * and 规上复工率 split into the {@link ResumptionFlow}s of its enterprises. Each enterprise's row of D
 * is paired with its row of D−1 in {@code enterprise_daily}; its membership of every unit (county,
 * leader, city, industry, scale) on either day, its status and resumption on both days name its
 * flow ({@link ResumptionFlow#of}), and each flow's summed changes give its contribution ({@link
 * ResumptionFlow#contributionPoints}). Only dates whose previous calendar day is a report date have
 * flows, as only they have a day-over-day change.
 */
public final class ResumptionFlowTable {
  /** The metric of all the unit's enterprises. */
  public static final String RESUMPTION_RATE = "resumption_rate";

  /** The metric of the unit's above-scale enterprises. */
  public static final String ABOVE_SCALE_RESUMPTION_RATE = "above_scale_resumption_rate";

  private static final UserDefinedFunction FLOW =
      udf(
          (UDF6<Boolean, Boolean, String, Boolean, String, Boolean, String>)
              (inBefore, inAfter, statusBefore, resumedBefore, statusAfter, resumedAfter) ->
                  ResumptionFlow.of(
                          inBefore, inAfter, statusBefore, resumedBefore, statusAfter, resumedAfter)
                      .code(),
          DataTypes.StringType);

  private static final UserDefinedFunction CONTRIBUTION =
      udf(
          (UDF5<Long, Long, Long, Long, Long, Double>) ResumptionFlow::contributionPoints,
          DataTypes.DoubleType);

  private ResumptionFlowTable() {}

  /**
   * The flows of every unit, metric and date of {@code dates} (the report dates of {@code
   * enterpriseDaily}, column report_date) whose previous day is there too; {@code counties} names
   * the counties.
   */
  public static Dataset<Row> of(
      Dataset<Row> enterpriseDaily, Dataset<Row> dates, Dataset<Row> counties) {
    Dataset<Row> after = side(enterpriseDaily, "after_", col("report_date"));
    Dataset<Row> before = side(enterpriseDaily, "before_", date_add(col("report_date"), 1));
    Dataset<Row> pairedDates =
        dates.join(dates.select(date_add(col("report_date"), 1).as("report_date")), "report_date");
    Dataset<Row> pairs =
        after
            .join(
                before,
                col("after_uscc")
                    .equalTo(col("before_uscc"))
                    .and(col("after_report_date").equalTo(col("before_report_date"))),
                "full_outer")
            .withColumn(
                "report_date", coalesce(col("after_report_date"), col("before_report_date")))
            .join(broadcast(pairedDates), "report_date");

    Column present = col("after_uscc").isNotNull();
    Column presentBefore = col("before_uscc").isNotNull();
    Column members =
        concat(
            memberships("county", col("before_county_code"), col("after_county_code")),
            memberships("leader", col("before_leader"), col("after_leader")),
            memberships(
                "city",
                when(presentBefore, lit(CountyDirectory.CITY_NAME)),
                when(present, lit(CountyDirectory.CITY_NAME))),
            memberships("industry", col("before_industry_code"), col("after_industry_code")),
            memberships(
                "scale",
                when(presentBefore, scaleUnit(col("before_above_scale"))),
                when(present, scaleUnit(col("after_above_scale")))));
    Column aboveScale = coalesce(col("after_above_scale"), col("before_above_scale"), lit(false));
    Column resumedBefore = coalesce(col("before_resumed"), lit(false));
    Column resumedAfter = coalesce(col("after_resumed"), lit(false));
    Dataset<Row> perEnterprise =
        pairs
            .withColumn("member", explode(members))
            .where(col("member.unit").isNotNull())
            .withColumn(
                "metric",
                explode(
                    when(aboveScale, array(lit(RESUMPTION_RATE), lit(ABOVE_SCALE_RESUMPTION_RATE)))
                        .otherwise(array(lit(RESUMPTION_RATE)))))
            .select(
                col("member.unit_type").as("unit_type"),
                col("member.unit").as("unit"),
                col("metric"),
                col("report_date"),
                FLOW.apply(
                        col("member.in_before"),
                        col("member.in_after"),
                        col("before_status"),
                        resumedBefore,
                        col("after_status"),
                        resumedAfter)
                    .as("flow"),
                oneIf(col("member.in_before")).as("in_before"),
                oneIf(col("member.in_after")).as("in_after"),
                oneIf(col("member.in_before").and(resumedBefore)).as("resumed_before"),
                oneIf(col("member.in_after").and(resumedAfter)).as("resumed_after"));

    Dataset<Row> perFlow =
        perEnterprise
            .groupBy("unit_type", "unit", "metric", "report_date", "flow")
            .agg(
                count(lit(1)).as("enterprises"),
                sum(col("resumed_after").minus(col("resumed_before"))).as("resumed_change"),
                sum(col("in_after").minus(col("in_before"))).as("population_change"),
                sum("in_before").as("flow_population_before"),
                sum("resumed_before").as("flow_resumed_before"),
                sum("in_after").as("flow_population_after"),
                sum("resumed_after").as("flow_resumed_after"));
    WindowSpec unitDate = Window.partitionBy("unit_type", "unit", "metric", "report_date");
    Dataset<Row> withTotals =
        perFlow
            .withColumn("population_before", sum("flow_population_before").over(unitDate))
            .withColumn("resumed_before", sum("flow_resumed_before").over(unitDate))
            .withColumn("population_after", sum("flow_population_after").over(unitDate))
            .withColumn("resumed_after", sum("flow_resumed_after").over(unitDate))
            .where(col("population_before").gt(0).and(col("population_after").gt(0)));
    Dataset<Row> names =
        counties.select(
            lit("county").as("name_unit_type"),
            col("county_code").as("name_unit"),
            col("county_name"));
    return withTotals
        .join(
            broadcast(names),
            col("unit_type")
                .equalTo(col("name_unit_type"))
                .and(col("unit").equalTo(col("name_unit"))),
            "left")
        .select(
            col("unit_type"),
            col("unit"),
            unitName().as("unit_name"),
            col("metric"),
            col("flow"),
            col("enterprises"),
            col("resumed_change"),
            col("population_change"),
            CONTRIBUTION
                .apply(
                    col("resumed_change"),
                    col("population_change"),
                    col("resumed_before"),
                    col("population_before"),
                    col("population_after"))
                .as("contribution_points"),
            col("resumed_before")
                .cast(DataTypes.DoubleType)
                .divide(col("population_before").cast(DataTypes.DoubleType))
                .as("rate_before"),
            col("resumed_after")
                .cast(DataTypes.DoubleType)
                .divide(col("population_after").cast(DataTypes.DoubleType))
                .as("rate_after"),
            col("report_date"));
  }

  /** One day's rows of enterprise_daily with their columns prefixed, dated {@code date}. */
  private static Dataset<Row> side(Dataset<Row> enterpriseDaily, String prefix, Column date) {
    List<Column> columns = new ArrayList<>();
    for (String name :
        List.of(
            "uscc", "county_code", "leader", "industry_code", "above_scale", "status", "resumed")) {
      columns.add(col(name).as(prefix + name));
    }
    columns.add(date.as(prefix + "report_date"));
    return enterpriseDaily.select(columns.toArray(Column[]::new));
  }

  /**
   * The units of one type an enterprise belongs to on either day: one membership when the unit is
   * the same both days, else one for the day before and one for the day after (a null unit, for a
   * day the enterprise is in no unit of the type, is dropped later).
   */
  private static Column memberships(String type, Column unitBefore, Column unitAfter) {
    return when(unitBefore.eqNullSafe(unitAfter), array(membership(type, unitBefore, true, true)))
        .otherwise(
            array(
                membership(type, unitBefore, true, false),
                membership(type, unitAfter, false, true)));
  }

  private static Column membership(String type, Column unit, boolean inBefore, boolean inAfter) {
    return struct(
        lit(type).as("unit_type"),
        unit.as("unit"),
        lit(inBefore).as("in_before"),
        lit(inAfter).as("in_after"));
  }

  private static Column scaleUnit(Column aboveScale) {
    return when(coalesce(aboveScale, lit(false)), lit(PowerTables.ABOVE_SCALE))
        .otherwise(lit(PowerTables.BELOW_SCALE));
  }

  private static Column unitName() {
    return when(col("unit_type").equalTo("county"), col("county_name"))
        .when(
            col("unit_type").equalTo("scale"),
            when(col("unit").equalTo(PowerTables.ABOVE_SCALE), lit("规上")).otherwise(lit("规下")))
        .otherwise(col("unit"));
  }

  private static Column oneIf(Column condition) {
    return when(condition, lit(1L)).otherwise(lit(0L));
  }
}
