package fugong.metrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fugong.forecast.Forecast;
import fugong.forecast.LinearTrendForecaster;
import fugong.forecast.TrendPoint;
import fugong.metrics.MetricSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Forecasts (DOMAIN.md §6.2, docs/metrics.md): for each county, leader and the city, each report
 * date and each forecast metric, the plain-Java {@link LinearTrendForecaster} over the last days,
 * fed with the exact ratio of each day's numerator and denominator (a leader's series is his
 * leader_daily row of each day, whatever counties he had that day).
 */
public final class ForecastTables {
  private static final StructType FORECAST_ROW =
      new StructType(
          new StructField[] {
            new StructField("unit_type", StringType, false, Metadata.empty()),
            new StructField("unit", StringType, false, Metadata.empty()),
            new StructField("unit_name", StringType, true, Metadata.empty()),
            new StructField("metric", StringType, false, Metadata.empty()),
            new StructField("value", DoubleType, true, Metadata.empty()),
            new StructField("target", DoubleType, false, Metadata.empty()),
            new StructField("slope_per_day", DoubleType, true, Metadata.empty()),
            new StructField("r2", DoubleType, true, Metadata.empty()),
            new StructField("projected_date", DateType, true, Metadata.empty()),
            new StructField("status", StringType, false, Metadata.empty()),
            new StructField("points", IntegerType, false, Metadata.empty()),
            new StructField("report_date", DateType, false, Metadata.empty())
          });

  /**
   * Counts and amounts alike as exact decimals (amounts with the 8 places of {@link
   * UnitMetrics#exact}).
   */
  private static final String EXACT = "decimal(38,8)";

  private ForecastTables() {}

  public static Dataset<Row> forecasts(
      MetricSettings settings,
      Dataset<Row> county,
      Dataset<Row> leader,
      Dataset<Row> city,
      String cityName) {
    SparkSession spark = county.sparkSession();
    List<Dataset<Row>> series = new ArrayList<>();
    // each rate with the numerator and denominator it is the ratio of, and its target
    List<Metric> metrics =
        List.of(
            new Metric(
                "resumption_rate", col("resumed"), col("enterprises"), settings.resumptionTarget()),
            new Metric(
                "above_scale_resumption_rate",
                col("above_scale_resumed"),
                col("above_scale_enterprises"),
                settings.resumptionTarget()),
            new Metric(
                "capacity_recovery_rate",
                col("output_of_resumed"),
                col("normal_output"),
                settings.capacityTarget()));
    for (Metric metric : metrics) {
      series.add(unitSeries(county, "county", col("county_code"), col("county_name"), metric));
      series.add(unitSeries(leader, "leader", col("leader"), col("leader"), metric));
      series.add(unitSeries(city, "city", lit(cityName), lit(cityName), metric));
    }
    Dataset<Row> all = series.get(0);
    for (Dataset<Row> more : series.subList(1, series.size())) {
      all = all.unionByName(more);
    }
    int window = settings.forecastWindowDays();
    JavaRDD<Row> rows =
        all.groupBy("unit_type", "unit", "unit_name", "metric", "target")
            .agg(
                collect_list(
                        struct(
                            col("report_date"), col("value"), col("numerator"), col("denominator")))
                    .as("series"))
            .javaRDD()
            .flatMap(
                row -> {
                  List<Row> points = row.getList(5);
                  List<TrendPoint> known = new ArrayList<>();
                  for (Row point : points) {
                    // the value is NULL exactly when the denominator is 0
                    if (!point.isNullAt(1)) {
                      known.add(
                          TrendPoint.ofAmounts(
                              point.getLocalDate(0), point.getDecimal(2), point.getDecimal(3)));
                    }
                  }
                  // collect_list has no order: sort, so the regression sums in the same order every
                  // run
                  known.sort(java.util.Comparator.comparing(TrendPoint::date));
                  double target = row.getDouble(4);
                  List<Row> forecasts = new ArrayList<>();
                  for (Row point : points) {
                    LocalDate asOf = point.getLocalDate(0);
                    Forecast forecast = LinearTrendForecaster.forecast(asOf, known, window, target);
                    forecasts.add(
                        RowFactory.create(
                            row.getString(0),
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            point.isNullAt(1) ? null : point.getDouble(1),
                            target,
                            forecast.slopePointsPerDay(),
                            forecast.r2(),
                            forecast.projectedDate(),
                            forecast.status().name(),
                            forecast.points(),
                            asOf));
                  }
                  return forecasts.iterator();
                });
    return spark.createDataFrame(rows, FORECAST_ROW);
  }

  /** A forecast rate: its column, the numerator and denominator it is the ratio of, its target. */
  private record Metric(String name, Column numerator, Column denominator, double target) {}

  private static Dataset<Row> unitSeries(
      Dataset<Row> unitDaily, String unitType, Column unit, Column unitName, Metric metric) {
    return unitDaily.select(
        lit(unitType).as("unit_type"),
        unit.as("unit"),
        unitName.as("unit_name"),
        lit(metric.name()).as("metric"),
        lit(metric.target()).as("target"),
        col("report_date"),
        col(metric.name()).as("value"),
        metric.numerator().cast(EXACT).as("numerator"),
        metric.denominator().cast(EXACT).as("denominator"));
  }
}
