package fugong.metrics.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fugong.domain.Difficulty;
import fugong.metrics.DifficultyCase;
import fugong.metrics.DifficultyCaseTracker;
import fugong.metrics.DifficultyReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Difficulty cases (一企一策) from accepted reports, with the plain-Java {@link DifficultyCaseTracker}
 * run per enterprise on the executors.
 */
public final class DifficultyCaseTables {
  private static final StructType CASE_ROW =
      new StructType(
          new StructField[] {
            new StructField("uscc", StringType, false, Metadata.empty()),
            new StructField("county_code", StringType, false, Metadata.empty()),
            new StructField("code", StringType, false, Metadata.empty()),
            new StructField("opened_on", DateType, false, Metadata.empty()),
            new StructField("resolved_on", DateType, true, Metadata.empty())
          });

  private DifficultyCaseTables() {}

  /**
   * One row per case: uscc, enterprise_name, county_code, code, difficulty_name, opened_on,
   * resolved_on (NULL while open), days_open (to the latest accepted report's date while open).
   */
  public static Dataset<Row> cases(
      SparkSession spark, Dataset<Row> submissions, Dataset<Row> enterprises) {
    return cases(spark, submissions, enterprises, submissions.select("report_date"));
  }

  /**
   * As {@link #cases(SparkSession, Dataset, Dataset)}, with an open case's days_open running to the
   * latest of {@code dates} (column report_date): the latest report date in the lake, which may be
   * a date whose only file was rejected, so days_open agrees with the case being open on that date.
   */
  public static Dataset<Row> cases(
      SparkSession spark, Dataset<Row> submissions, Dataset<Row> enterprises, Dataset<Row> dates) {
    // only enterprises that ever reported a difficulty can have cases: their reports alone are
    // gathered per enterprise (most enterprises never report one)
    Dataset<Row> withDifficulties =
        submissions.where(functions.size(col("difficulties")).gt(0)).select("uscc").distinct();
    Dataset<Row> perEnterprise =
        submissions
            .join(withDifficulties, "uscc", "left_semi")
            .groupBy("uscc", "county_code")
            .agg(collect_list(struct(col("report_date"), col("difficulties"))).as("reports"));
    JavaRDD<Row> caseRows =
        perEnterprise
            .javaRDD()
            .flatMap(
                row -> {
                  List<Row> reportRows = row.getList(2);
                  List<DifficultyReport> reports = new ArrayList<>();
                  for (Row report : reportRows) {
                    List<String> codes = report.isNullAt(1) ? List.of() : report.getList(1);
                    reports.add(new DifficultyReport(report.getLocalDate(0), List.copyOf(codes)));
                  }
                  List<Row> cases = new ArrayList<>();
                  for (DifficultyCase difficultyCase : DifficultyCaseTracker.cases(reports)) {
                    cases.add(
                        RowFactory.create(
                            row.getString(0),
                            row.getString(1),
                            difficultyCase.code(),
                            difficultyCase.openedOn(),
                            difficultyCase.resolvedOn()));
                  }
                  return cases.iterator();
                });
    Dataset<Row> latest = dates.agg(max("report_date").as("latest_report_date"));
    List<Row> names = new ArrayList<>();
    for (Difficulty difficulty : Difficulty.values()) {
      names.add(RowFactory.create(difficulty.code(), difficulty.chineseName()));
    }
    Dataset<Row> difficultyNames =
        spark.createDataFrame(
            names,
            new StructType(
                new StructField[] {
                  new StructField("code", StringType, false, Metadata.empty()),
                  new StructField("difficulty_name", StringType, false, Metadata.empty())
                }));
    return spark
        .createDataFrame(caseRows, CASE_ROW)
        .join(enterprises.select(col("uscc"), col("name").as("enterprise_name")), "uscc")
        .join(broadcast(difficultyNames), "code")
        .crossJoin(broadcast(latest))
        .withColumn(
            "days_open",
            datediff(coalesce(col("resolved_on"), col("latest_report_date")), col("opened_on"))
                .cast("long"))
        .drop("latest_report_date");
  }

  /**
   * One row per case and report date D on which it is open (opened_on ≤ D and resolved_on NULL or
   * later than D): uscc, county_code, code, difficulty_name, enterprise_name, opened_on,
   * report_date.
   */
  public static Dataset<Row> openPerDay(Dataset<Row> cases, Dataset<Row> dates) {
    Dataset<Row> lastDate = dates.agg(max("report_date").as("last_report_date"));
    return cases
        .crossJoin(broadcast(lastDate))
        .withColumn(
            "report_date",
            explode(
                sequence(
                    col("opened_on"),
                    coalesce(date_sub(col("resolved_on"), 1), col("last_report_date")))))
        .join(broadcast(dates), "report_date")
        .select(
            "uscc",
            "county_code",
            "code",
            "difficulty_name",
            "enterprise_name",
            "opened_on",
            "report_date");
  }

  /**
   * One row per enterprise with cases: uscc and {@code cases}, the list of its cases (code,
   * opened_on, resolved_on), to join to an enterprise's rows by uscc alone.
   */
  public static Dataset<Row> casesPerEnterprise(Dataset<Row> cases) {
    return cases
        .groupBy("uscc")
        .agg(collect_list(struct(col("code"), col("opened_on"), col("resolved_on"))).as("cases"));
  }

  /**
   * The number of the row's {@code cases} of one code open on its report_date: opened on or before
   * it and not resolved by it (the same days {@link #openPerDay} lists); 0 without cases.
   */
  public static Column openOnReportDate(Difficulty difficulty) {
    return expr("coalesce(size(filter(cases, c -> c.code = '"
            + difficulty.code()
            + "' AND c.opened_on <= report_date AND (c.resolved_on IS NULL OR c.resolved_on >"
            + " report_date))), 0)")
        .cast("long");
  }
}
