package fugong.metrics.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Adds the leader and section a county was assigned to on each row's report date (the assignment in
 * force then, DOMAIN.md §2.3); rows without one keep NULLs.
 */
public final class LeaderAssignments {
  private LeaderAssignments() {}

  /** {@code rows} (with county_code and report_date) left-joined to the assignment in force. */
  public static Dataset<Row> joinInForce(Dataset<Row> rows, Dataset<Row> assignments) {
    Dataset<Row> renamed =
        broadcast(
            assignments.select(
                col("leader"),
                col("section"),
                col("county_code").as("assigned_county"),
                col("valid_from"),
                col("valid_to")));
    return rows.join(renamed, inForce(), "left");
  }

  private static Column inForce() {
    return col("assigned_county")
        .equalTo(col("county_code"))
        .and(col("valid_from").isNull().or(col("valid_from").leq(col("report_date"))))
        .and(col("valid_to").isNull().or(col("valid_to").geq(col("report_date"))));
  }
}
