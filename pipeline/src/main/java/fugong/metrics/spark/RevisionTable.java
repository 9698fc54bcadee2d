package fugong.metrics.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fugong.domain.CountyDirectory;
import fugong.lake.LakeTable;
import fugong.metrics.MetricColumns;
import fugong.metrics.RevisionCause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code revisions} rows of one metrics run (docs/metrics.md, "Revisions"): every figure of
 * {@link MetricColumns#REVISED_FIGURES} of a unit and date that was published before and that this
 * run recomputed to another value, with the inbox files behind it and the kind of cause.
 */
public final class RevisionTable {
  /** The unit tables compared, in the order their revisions are listed. */
  public static final List<LakeTable> TABLES =
      List.of(
          LakeTable.CITY_DAILY,
          LakeTable.LEADER_DAILY,
          LakeTable.COUNTY_DAILY,
          LakeTable.INDUSTRY_DAILY,
          LakeTable.SCALE_DAILY);

  /**
   * Values closer than this are the same figure: rates are recomputed by the same arithmetic, so
   * any real revision is far larger.
   */
  private static final double SAME = 1e-12;

  private RevisionTable() {}

  /**
   * The revisions between {@code published} and {@code recomputed} (each table's rows of the same
   * dates). {@code newFiles}: the county files ingested since the published figures were computed
   * (source_file, county_code, report_date, version); a file dated on or before a revised date, of
   * a county of the unit, is among its causes. {@code referenceChanged}: the reference tables were
   * replaced since. {@code publishedThrough}: the latest report date after this run, which the
   * briefing of that date uses to show this run's revisions.
   */
  public static Dataset<Row> of(
      Map<LakeTable, Dataset<Row>> published,
      Map<LakeTable, Dataset<Row>> recomputed,
      Dataset<Row> newFiles,
      boolean referenceChanged,
      LocalDate publishedThrough) {
    Dataset<Row> changed = null;
    for (LakeTable table : TABLES) {
      Dataset<Row> before = figures(table, published.get(table)).withColumnRenamed("value", "old");
      Dataset<Row> after = figures(table, recomputed.get(table)).withColumnRenamed("value", "new");
      Dataset<Row> differences =
          after
              .join(
                  before.drop("unit_name", "counties"),
                  new String[] {"table_name", "unit", "report_date", "figure"})
              .where(
                  col("old")
                      .isNull()
                      .notEqual(col("new").isNull())
                      .or(abs(col("new").minus(col("old"))).gt(SAME)));
      changed = changed == null ? differences : changed.unionByName(differences);
    }
    Dataset<Row> files =
        newFiles.select(
            col("source_file"),
            col("county_code").as("file_county_code"),
            col("report_date").as("file_report_date"),
            col("version").as("file_version"));
    Dataset<Row> withCauses =
        changed
            .join(
                files,
                col("file_report_date")
                    .leq(col("report_date"))
                    .and(
                        col("counties")
                            .isNull()
                            .or(array_contains(col("counties"), col("file_county_code")))),
                "left")
            .groupBy("table_name", "unit", "unit_name", "report_date", "figure", "old", "new")
            .agg(
                array_sort(collect_set(col("source_file"))).as("cause_files"),
                max(col("file_version")).as("latest_version"));
    Column kind =
        when(coalesce(col("latest_version"), lit(1)).gt(1), lit(RevisionCause.CORRECTION.code()))
            .when(size(col("cause_files")).gt(0), lit(RevisionCause.LATE_FILE.code()))
            .when(lit(referenceChanged), lit(RevisionCause.REFERENCE_CHANGE.code()))
            .otherwise(lit(RevisionCause.RULE_CHANGE.code()));
    return withCauses.select(
        col("table_name"),
        col("unit"),
        col("report_date"),
        col("figure"),
        col("old").as("old_value"),
        col("new").as("new_value"),
        col("cause_files"),
        kind.as("cause_kind"),
        col("unit_name"),
        lit(publishedThrough).as("published_through"));
  }

  /** One row per unit, date and revised figure, the figure as a double. */
  private static Dataset<Row> figures(LakeTable table, Dataset<Row> rows) {
    List<Column> values = new ArrayList<>();
    for (String figure : MetricColumns.REVISED_FIGURES) {
      values.add(
          struct(lit(figure).as("figure"), col(figure).cast(DataTypes.DoubleType).as("value")));
    }
    Column unit;
    Column name;
    Column counties;
    switch (table) {
      case COUNTY_DAILY -> {
        unit = col("county_code");
        name = col("county_name");
        counties = array(col("county_code"));
      }
      case LEADER_DAILY -> {
        unit = col("leader");
        name = col("leader");
        counties = col("counties");
      }
      case CITY_DAILY -> {
        unit = lit(CountyDirectory.CITY_NAME);
        name = unit;
        counties = lit(null).cast(DataTypes.createArrayType(DataTypes.StringType));
      }
      case INDUSTRY_DAILY -> {
        unit = col("industry_code");
        name = unit;
        counties = lit(null).cast(DataTypes.createArrayType(DataTypes.StringType));
      }
      case SCALE_DAILY -> {
        unit =
            when(col("above_scale"), lit(PowerTables.ABOVE_SCALE))
                .otherwise(lit(PowerTables.BELOW_SCALE));
        name = when(col("above_scale"), lit("规上")).otherwise(lit("规下"));
        counties = lit(null).cast(DataTypes.createArrayType(DataTypes.StringType));
      }
      default -> throw new IllegalArgumentException(table + " is not a unit table");
    }
    return rows.select(
            lit(table.tableName()).as("table_name"),
            unit.as("unit"),
            name.as("unit_name"),
            counties.as("counties"),
            col("report_date"),
            explode(array(values.toArray(Column[]::new))).as("figure_value"))
        .select(
            col("table_name"),
            col("unit"),
            col("unit_name"),
            col("counties"),
            col("report_date"),
            col("figure_value.figure").as("figure"),
            col("figure_value.value").as("value"));
  }
}
