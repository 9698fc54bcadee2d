package fugong.metrics.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import fugong.domain.ProductZone;
import fugong.domain.SubmissionStatus;
import java.time.LocalTime;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per county and report date: whether its file arrived by the deadline ({@link SubmissionStatus}:
 * on time, late or missing, from the first arrival), and the rows read and quarantined of its
 * current file — the submission columns of {@code county_daily}.
 */
public final class SubmissionStatusTable {
  private SubmissionStatusTable() {}

  /**
   * Every report date on which any county file arrived (the dates the metrics are computed for).
   */
  public static Dataset<Row> reportDates(Dataset<Row> files) {
    return files.where(col("county_code").isNotNull()).select("report_date").distinct();
  }

  /**
   * One row per county of {@code counties} and date of {@code dates}: first_arrival,
   * submission_status (arrival at or before {@code deadline} on the report date, Asia/Shanghai, is
   * on time), rows_read, quarantined_rows and quarantined_share.
   */
  public static Dataset<Row> of(
      LocalTime deadline,
      Dataset<Row> counties,
      Dataset<Row> dates,
      Dataset<Row> files,
      Dataset<Row> quarantine) {
    Dataset<Row> countyFiles = files.where(col("county_code").isNotNull());
    Dataset<Row> firstArrival =
        countyFiles
            .groupBy("county_code", "report_date")
            .agg(min("arrived_at").as("first_arrival"));
    Dataset<Row> current =
        countyFiles
            .where(col("is_current"))
            .groupBy("county_code", "report_date")
            .agg(max("rows_read").as("rows_read"));
    Dataset<Row> quarantined =
        quarantine.groupBy("county_code", "report_date").agg(count(lit(1)).as("quarantined_rows"));
    Column deadlineInstant =
        expr(
            String.format(
                "make_timestamp(year(report_date), month(report_date), day(report_date), %d, %d,"
                    + " %d, '%s')",
                deadline.getHour(), deadline.getMinute(), deadline.getSecond(), ProductZone.ID));
    return counties
        .select("county_code")
        .crossJoin(broadcast(dates))
        .join(firstArrival, new String[] {"county_code", "report_date"}, "left")
        .join(current, new String[] {"county_code", "report_date"}, "left")
        .join(quarantined, new String[] {"county_code", "report_date"}, "left")
        .withColumn(
            "submission_status",
            when(col("first_arrival").isNull(), SubmissionStatus.MISSING.name())
                .when(col("first_arrival").leq(deadlineInstant), SubmissionStatus.ON_TIME.name())
                .otherwise(SubmissionStatus.LATE.name()))
        .withColumn("rows_read", coalesce(col("rows_read"), lit(0L)))
        .withColumn("quarantined_rows", coalesce(col("quarantined_rows"), lit(0L)))
        .withColumn(
            "quarantined_share", UnitMetrics.ratio(col("quarantined_rows"), col("rows_read")));
  }
}
