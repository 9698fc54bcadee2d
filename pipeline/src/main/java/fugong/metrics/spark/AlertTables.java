package fugong.metrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fugong.alerts.AlertThresholds;
import fugong.alerts.RobustZScore;
import fugong.domain.AlertKind;
import fugong.domain.EnterpriseStatus;
import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import fugong.ingest.FileStatus;
import fugong.metrics.ExactNumbers;
import fugong.metrics.MetricSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The supervision alerts of DOMAIN.md §6.1 (docs/metrics.md, table {@code alerts}): each with a
 * severity, a kind, the county, the enterprise where there is one, and the leader who must act.
 * Every threshold is decided exactly by the plain-Java rules ({@link AlertThresholds}, {@link
 * RobustZScore}) on the counts behind the rates; Spark only applies them.
 */
public final class AlertTables {
  private AlertTables() {}

  private static Dataset<Row> shape(
      Dataset<Row> rows,
      Severity severity,
      AlertKind kind,
      Column uscc,
      Column enterpriseName,
      Column value,
      Column message) {
    return rows.select(
        lit(severity.name()).as("severity"),
        lit(kind.name()).as("kind"),
        col("county_code"),
        col("county_name"),
        col("leader"),
        uscc.cast("string").as("uscc"),
        enterpriseName.cast("string").as("enterprise_name"),
        value.cast("double").as("value"),
        message.as("message"),
        col("report_date"));
  }

  private static Column percent(Column fraction) {
    return fraction.multiply(100);
  }

  public static Dataset<Row> alerts(
      SparkSession spark,
      MetricSettings settings,
      Dataset<Row> county,
      Dataset<Row> enterpriseDaily,
      Dataset<Row> openCases,
      Dataset<Row> cases,
      Dataset<Row> files,
      Dataset<Row> enterprises) {
    Column none = lit(null);
    Dataset<Row> countyInfo = county.select("county_code", "county_name", "leader", "report_date");
    List<Dataset<Row>> alerts = new ArrayList<>();

    alerts.add(
        shape(
            county.where(col("submission_status").equalTo(SubmissionStatus.MISSING.name())),
            Severity.HIGH,
            AlertKind.MISSING_SUBMISSION,
            none,
            none,
            none,
            concat(
                col("county_name"),
                lit(" 未报送 "),
                col("report_date").cast("string"),
                lit(" 日报 / no file for this date"))));

    Dataset<Row> newest =
        files
            .where(col("county_code").isNotNull())
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("county_code", "report_date")
                            .orderBy(
                                col("version").desc(),
                                col("ingested_at").desc(),
                                col("source_file").desc())))
            .where(col("rank").equalTo(1).and(col("status").equalTo(FileStatus.REJECTED.name())))
            .join(countyInfo, new String[] {"county_code", "report_date"});
    alerts.add(
        shape(
            newest,
            Severity.MEDIUM,
            AlertKind.REJECTED_FILE,
            none,
            none,
            none,
            format_string(
                "%s 的文件 %s 无法读取（%s），请重新报送 / file rejected",
                col("county_name"), col("source_file"), col("rejection"))));

    double quarantineShare = settings.quarantineShare();
    UserDefinedFunction quarantineAbove =
        udf(
            (UDF2<Long, Long, Boolean>)
                (quarantined, read) ->
                    AlertThresholds.shareAbove(quarantined, read, quarantineShare),
            BooleanType);
    alerts.add(
        shape(
            county.where(quarantineAbove.apply(col("quarantined_rows"), col("rows_read"))),
            Severity.MEDIUM,
            AlertKind.QUARANTINE_SHARE,
            none,
            none,
            col("quarantined_share"),
            format_string(
                "%s 有 %d/%d 行（%.1f%%）未通过校验，超过 %.0f%% / quarantined rows",
                col("county_name"),
                col("quarantined_rows"),
                col("rows_read"),
                percent(col("quarantined_share")),
                lit(settings.quarantineShare() * 100))));

    Dataset<Row> enterpriseRows =
        enterpriseDaily
            .select(
                "uscc",
                "county_code",
                "report_date",
                "resumed",
                "status",
                "confirmed",
                "w5_contradicted",
                "output_over_3x",
                "on_duty_over_2x",
                "output_value",
                "normal_daily_output",
                "employees_on_duty",
                "normal_employees")
            .join(enterprises.select(col("uscc"), col("name").as("enterprise_name")), "uscc")
            .join(countyInfo, new String[] {"county_code", "report_date"});
    alerts.add(
        shape(
            enterpriseRows.where(
                col("status")
                    .equalTo(EnterpriseStatus.FRESH.name())
                    .and(col("resumed"))
                    .and(col("confirmed").gt(0))),
            Severity.HIGH,
            AlertKind.CONFIRMED_WHILE_RESUMED,
            col("uscc"),
            col("enterprise_name"),
            col("confirmed"),
            format_string(
                "%s 报告确诊病例 %d 例但仍在生产，应暂停生产 / confirmed cases while resumed",
                col("enterprise_name"), col("confirmed"))));

    double drop = settings.resumptionDrop();
    UserDefinedFunction dropped =
        udf(
            (UDF4<Long, Long, Long, Long, Boolean>)
                (resumedBefore, enterprisesBefore, resumedOnD, enterprisesOnD) ->
                    AlertThresholds.resumptionDropped(
                        resumedBefore, enterprisesBefore, resumedOnD, enterprisesOnD, drop),
            BooleanType);
    Dataset<Row> changes = withDayBefore(county);
    alerts.add(
        shape(
            changes.where(
                dropped.apply(
                    col("resumed_before"),
                    col("enterprises_before"),
                    col("resumed"),
                    col("enterprises"))),
            Severity.MEDIUM,
            AlertKind.RESUMPTION_DROP,
            none,
            none,
            col("resumption_rate_change_1d"),
            format_string(
                "%s 复工率较前一日下降 %.1f 个百分点 / resumption rate fell",
                col("county_name"), percent(col("resumption_rate_change_1d")).multiply(-1))));

    double complianceThreshold = settings.complianceThreshold();
    UserDefinedFunction complianceBelow =
        udf(
            (UDF2<Long, Long, Boolean>)
                (compliant, assessed) ->
                    AlertThresholds.shareBelow(compliant, assessed, complianceThreshold),
            BooleanType);
    alerts.add(
        shape(
            county.where(complianceBelow.apply(col("fully_compliant"), col("assessed"))),
            Severity.MEDIUM,
            AlertKind.LOW_COMPLIANCE,
            none,
            none,
            col("full_compliance_rate"),
            format_string(
                "%s 防控措施全部落实率 %.1f%%，低于 %.0f%% / low full compliance",
                col("county_name"),
                percent(col("full_compliance_rate")),
                lit(settings.complianceThreshold() * 100))));

    Dataset<Row> overdue =
        openCases
            .withColumn("days", datediff(col("report_date"), col("opened_on")))
            .where(col("days").gt(settings.difficultyOverdueDays()))
            .drop("county_code")
            .join(
                enterpriseDaily.select("uscc", "county_code", "report_date"),
                new String[] {"uscc", "report_date"})
            .join(countyInfo, new String[] {"county_code", "report_date"});
    alerts.add(
        shape(
            overdue,
            Severity.LOW,
            AlertKind.DIFFICULTY_OVERDUE,
            col("uscc"),
            col("enterprise_name"),
            col("days"),
            format_string(
                "%s 的困难“%s”已 %d 天未解决 / difficulty open %d days",
                col("enterprise_name"), col("difficulty_name"), col("days"), col("days"))));

    alerts.add(
        shape(
            enterpriseRows.where(col("w5_contradicted")),
            Severity.LOW,
            AlertKind.INCONSISTENCY,
            col("uscc"),
            col("enterprise_name"),
            none,
            format_string(
                "%s 宿舍人数或面积不符合每间≤6人、人均≥2.5㎡，但自报W5已落实 / W5 contradicted by dormitory numbers",
                col("enterprise_name"))));
    alerts.add(
        shape(
            enterpriseRows.where(col("output_over_3x")),
            Severity.LOW,
            AlertKind.INCONSISTENCY,
            col("uscc"),
            col("enterprise_name"),
            col("output_value"),
            format_string(
                "%s 当日产值 %.2f 万元超过正常日产值 %.2f 万元的3倍 / output over 3× normal",
                col("enterprise_name"),
                col("output_value").cast("double"),
                col("normal_daily_output").cast("double"))));
    alerts.add(
        shape(
            enterpriseRows.where(col("on_duty_over_2x")),
            Severity.LOW,
            AlertKind.INCONSISTENCY,
            col("uscc"),
            col("enterprise_name"),
            col("employees_on_duty"),
            format_string(
                "%s 到岗 %d 人超过正常用工 %d 人的2倍 / staff on duty over 2× normal",
                col("enterprise_name"), col("employees_on_duty"), col("normal_employees"))));

    alerts.add(
        shape(
            anomalies(spark, changes).join(countyInfo, new String[] {"county_code", "report_date"}),
            Severity.MEDIUM,
            AlertKind.STATISTICAL_ANOMALY,
            none,
            none,
            col("z"),
            format_string(
                "%s 复工率日变化 %+.1f 个百分点，稳健z值 %.1f，明显异于其他县市区 / unusual day-over-day change",
                col("county_name"), percent(col("change")), col("z"))));

    Dataset<Row> union = alerts.get(0);
    for (Dataset<Row> more : alerts.subList(1, alerts.size())) {
      union = union.unionByName(more);
    }
    return union;
  }

  /**
   * County rows whose resumption_rate_change_1d is not NULL, with the counts of D−1 beside those of
   * D ({@code resumed_before}, {@code enterprises_before}): the exact quantities the change is the
   * difference of.
   */
  static Dataset<Row> withDayBefore(Dataset<Row> county) {
    Dataset<Row> dayBefore =
        county.select(
            col("county_code"),
            date_add(col("report_date"), 1).as("report_date"),
            col("resumed").as("resumed_before"),
            col("enterprises").as("enterprises_before"));
    return county
        .where(col("resumption_rate_change_1d").isNotNull())
        .join(dayBefore, new String[] {"county_code", "report_date"})
        .where(col("enterprises").gt(0).and(col("enterprises_before").gt(0)));
  }

  private static final StructType ANOMALY =
      new StructType(
          new StructField[] {
            new StructField("county_code", StringType, false, Metadata.empty()),
            new StructField("report_date", DateType, false, Metadata.empty()),
            new StructField("change", DoubleType, false, Metadata.empty()),
            new StructField("z", DoubleType, false, Metadata.empty())
          });

  /**
   * Counties whose day-over-day change of resumption_rate has a robust |z| above the threshold that
   * day, decided on the exact changes R₁/N₁ − R₀/N₀ ({@link RobustZScore}).
   */
  static Dataset<Row> anomalies(SparkSession spark, Dataset<Row> changes) {
    Dataset<Row> perDate =
        changes
            .groupBy("report_date")
            .agg(
                collect_list(
                        struct(
                            col("county_code"),
                            col("resumption_rate_change_1d"),
                            col("resumed_before"),
                            col("enterprises_before"),
                            col("resumed"),
                            col("enterprises")))
                    .as("changes"));
    JavaRDD<Row> rows =
        perDate
            .javaRDD()
            .flatMap(
                row -> {
                  List<Row> counties = new ArrayList<>(row.getList(1));
                  counties.sort(
                      java.util.Comparator.comparing((Row change) -> change.getString(0)));
                  BigFraction[] values = new BigFraction[counties.size()];
                  for (int index = 0; index < values.length; index++) {
                    Row change = counties.get(index);
                    values[index] =
                        ExactNumbers.ratio(change.getLong(4), change.getLong(5))
                            .subtract(ExactNumbers.ratio(change.getLong(2), change.getLong(3)));
                  }
                  RobustZScore.Score[] scores = RobustZScore.scores(values);
                  List<Row> anomalies = new ArrayList<>();
                  for (int index = 0; index < values.length; index++) {
                    if (scores[index].anomaly()) {
                      Row change = counties.get(index);
                      anomalies.add(
                          RowFactory.create(
                              change.getString(0),
                              row.getLocalDate(0),
                              change.getDouble(1),
                              scores[index].z()));
                    }
                  }
                  return anomalies.iterator();
                });
    return spark.createDataFrame(rows, ANOMALY);
  }
}
