package fugong.metrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fugong.domain.ChecklistItem;
import fugong.metrics.MetricColumns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The {@code checklist_daily} table: county × item × date — met, assessed and the rate. */
public final class ChecklistTable {
  private ChecklistTable() {}

  /**
   * One row per county, checklist item and date of {@code county_daily}; rows with nothing assessed
   * are omitted.
   */
  public static Dataset<Row> of(Dataset<Row> countyDaily) {
    Dataset<Row> union = null;
    for (ChecklistItem item : ChecklistItem.values()) {
      Dataset<Row> rows =
          countyDaily.select(
              col("county_code"),
              col("county_name"),
              lit(item.code()).as("item_code"),
              lit(item.category()).as("category"),
              lit(item.shortName()).as("item_name"),
              col(MetricColumns.itemMet(item)).as("met"),
              col("assessed"),
              col(MetricColumns.itemRate(item)).as("rate"),
              col("report_date"));
      union = union == null ? rows : union.unionByName(rows);
    }
    return union.where(col("assessed").gt(0));
  }
}
