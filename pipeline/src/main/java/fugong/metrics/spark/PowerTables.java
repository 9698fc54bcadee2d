package fugong.metrics.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fugong.domain.AlertKind;
import fugong.domain.CountyDirectory;
import fugong.domain.EnterpriseStatus;
import fugong.domain.Severity;
import fugong.lake.PowerSchemas;
import fugong.metrics.ExactNumbers;
import fugong.metrics.MetricSettings;
import fugong.power.PowerFlagKind;
import fugong.power.PowerRules;
import fugong.power.PowerUnitFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The electricity cross-check of DOMAIN.md §6.3 (docs/metrics.md, tables {@code power_readings},
 * {@code power_daily}, {@code power_flags}): each accepted meter reading of a computed date beside
 * the enterprise's baseline and §6 state, the figures of each unit from summed counts, and the
 * three flags, each also an alert.
 *
 * <p>Every decision is made by the plain-Java rules ({@link PowerRules}, {@link PowerUnitFigures})
 * on the decimals as stored, called through UDFs and a typed pass; Spark only joins, counts and
 * sums. There is no second copy of a rule in column logic.
 */
public final class PowerTables {
  /** The unit of above-scale enterprises in power_daily (unit_type scale). */
  public static final String ABOVE_SCALE = "above";

  /** The unit of the other enterprises in power_daily (unit_type scale). */
  public static final String BELOW_SCALE = "below";

  private PowerTables() {}

  // ---------------------------------------------------------------------------------------------
  // the rules, applied to columns

  private static final UserDefinedFunction USABLE_BASELINE =
      udf((UDF1<BigDecimal, Boolean>) PowerRules::usableBaseline, BooleanType);

  private static final UserDefinedFunction CONSUMPTION_RATIO =
      udf(
          (UDF2<BigDecimal, BigDecimal, Double>)
              (kilowattHours, baseline) ->
                  kilowattHours == null || !PowerRules.usableBaseline(baseline)
                      ? null
                      : PowerRules.consumptionRatio(kilowattHours, baseline).doubleValue(),
          DoubleType);

  private static UserDefinedFunction powerResumed(double threshold) {
    return udf(
        (UDF2<BigDecimal, BigDecimal, Boolean>)
            (kilowattHours, baseline) ->
                kilowattHours == null || !PowerRules.usableBaseline(baseline)
                    ? null
                    : PowerRules.powerResumed(kilowattHours, baseline, threshold),
        BooleanType);
  }

  private static final StructType RATES =
      new StructType(
          new StructField[] {
            new StructField("power_resumption_rate", DoubleType, true, Metadata.empty()),
            new StructField("consumption_recovery_rate", DoubleType, true, Metadata.empty()),
            new StructField("power_index", DoubleType, true, Metadata.empty()),
            new StructField("coverage", DoubleType, true, Metadata.empty())
          });

  private static final UserDefinedFunction UNIT_RATES =
      udf(
          (UDF5<Long, Long, Long, BigDecimal, BigDecimal, Row>)
              (withBaseline, read, resumed, kilowattHours, baseline) -> {
                PowerUnitFigures figures =
                    new PowerUnitFigures(withBaseline, read, resumed, kilowattHours, baseline);
                return RowFactory.create(
                    figures.powerResumptionRate(),
                    figures.consumptionRecoveryRate(),
                    figures.powerIndex(),
                    figures.coverage());
              },
          RATES);

  // ---------------------------------------------------------------------------------------------
  // power_readings

  /**
   * Every accepted meter reading dated one of {@code dates}, with the enterprise's name, industry
   * and scale (registry), the leader assigned to its county that date, its baseline, kWh / baseline
   * and power_resumed (all three null without a usable baseline), and its §6 status and resumed on
   * the date (both null when it has no report within the carry window).
   */
  public static Dataset<Row> readings(
      MetricSettings settings,
      Dataset<Row> meterReadings,
      Dataset<Row> baselines,
      Dataset<Row> enterpriseDaily,
      Dataset<Row> enterprises,
      Dataset<Row> dates) {
    Dataset<Row> state =
        enterpriseDaily.select(
            col("uscc"),
            col("report_date"),
            col("leader"),
            col("status").as("daily_status"),
            col("resumed").as("daily_resumed"));
    Dataset<Row> registry =
        enterprises.select(
            col("uscc"),
            col("name").as("enterprise_name"),
            col("industry_code"),
            col("above_scale"));
    Column known = col("daily_status").notEqual(lit(EnterpriseStatus.UNKNOWN.name()));
    return meterReadings
        .join(broadcast(dates.select("report_date")), "report_date")
        .join(baselineOf(baselines), new String[] {"uscc"}, "left")
        .join(registry, new String[] {"uscc"}, "left")
        .join(state, new String[] {"uscc", "report_date"}, "left")
        .select(
            col("county_code"),
            col("uscc"),
            col("enterprise_name"),
            col("leader"),
            col("industry_code"),
            col("above_scale"),
            col("kwh"),
            col("baseline_kwh"),
            CONSUMPTION_RATIO.apply(col("kwh"), col("baseline_kwh")).as("consumption_ratio"),
            powerResumed(settings.powerThreshold())
                .apply(col("kwh"), col("baseline_kwh"))
                .as("power_resumed"),
            when(known, col("daily_status")).as("status"),
            when(known, col("daily_resumed")).as("resumed"),
            col("source_file"),
            col("source_row"),
            col("report_date"));
  }

  /** uscc and baseline_kwh of each enterprise with a usable baseline (above 0). */
  private static Dataset<Row> baselineOf(Dataset<Row> baselines) {
    return baselines
        .where(USABLE_BASELINE.apply(col("baseline_kwh")))
        .select(col("uscc"), col("baseline_kwh"));
  }

  // ---------------------------------------------------------------------------------------------
  // power_daily

  /**
   * The figures of every county, leader, the city, every industry and both scales on each date that
   * has at least one reading in {@code powerReadings}: the unit rows are those of the unit tables
   * that date (so a county without any reading still shows its baseline count, coverage 0), from
   * counts and sums over the unit's registry enterprises (enterprise_daily of the date).
   */
  public static Dataset<Row> daily(
      Dataset<Row> powerReadings,
      Dataset<Row> baselines,
      Dataset<Row> enterpriseDaily,
      Dataset<Row> county,
      Dataset<Row> leader,
      Dataset<Row> city,
      Dataset<Row> industry,
      Dataset<Row> scale) {
    Dataset<Row> powerDates = powerReadings.select("report_date").distinct();
    Dataset<Row> reading =
        powerReadings.select(
            col("uscc"),
            col("report_date"),
            lit(true).as("has_reading"),
            col("kwh").as("reading_kwh"),
            col("power_resumed").as("reading_resumed"));
    Column withBaseline = col("usable_baseline").isNotNull();
    Column readWithBaseline = withBaseline.and(col("has_reading").isNotNull());
    Dataset<Row> perEnterprise =
        enterpriseDaily
            .select("uscc", "county_code", "leader", "industry_code", "above_scale", "report_date")
            .join(broadcast(powerDates), "report_date")
            .join(
                baselineOf(baselines).withColumnRenamed("baseline_kwh", "usable_baseline"),
                new String[] {"uscc"},
                "left")
            .join(reading, new String[] {"uscc", "report_date"}, "left")
            .select(
                col("county_code"),
                col("leader"),
                col("industry_code"),
                col("above_scale"),
                col("report_date"),
                when(withBaseline, 1L).otherwise(0L).as("enterprises_with_baseline"),
                when(readWithBaseline, 1L).otherwise(0L).as("enterprises_read"),
                when(readWithBaseline.and(col("reading_resumed")), 1L)
                    .otherwise(0L)
                    .as("power_resumed"),
                when(readWithBaseline, col("reading_kwh")).as("kwh"),
                when(readWithBaseline, col("usable_baseline")).as("baseline_kwh"),
                when(withBaseline, 0L).otherwise(1L).as("enterprises_without_baseline"),
                when(col("usable_baseline").isNull().and(col("has_reading").isNotNull()), 1L)
                    .otherwise(0L)
                    .as("readings_without_baseline"));
    Dataset<Row> partial =
        perEnterprise
            .groupBy("county_code", "leader", "industry_code", "above_scale", "report_date")
            .agg(sum("enterprises_with_baseline").as("enterprises_with_baseline"), sums());

    Column cityName = lit(CountyDirectory.CITY_NAME);
    Column scaleUnit = when(col("above_scale"), lit(ABOVE_SCALE)).otherwise(lit(BELOW_SCALE));
    Dataset<Row> counties =
        unit("county", county, col("county_code"), col("county_name"), partial, powerDates);
    Dataset<Row> leaders =
        unit(
            "leader",
            leader,
            col("leader"),
            col("leader"),
            partial.where(col("leader").isNotNull()),
            powerDates);
    Dataset<Row> cities = unit("city", city, cityName, cityName, partial, powerDates);
    Dataset<Row> industries =
        unit("industry", industry, col("industry_code"), col("industry_code"), partial, powerDates);
    Dataset<Row> scales =
        unit(
            "scale",
            scale,
            scaleUnit,
            when(col("above_scale"), lit("规上")).otherwise(lit("规下")),
            partial,
            powerDates);
    return counties
        .unionByName(leaders)
        .unionByName(cities)
        .unionByName(industries)
        .unionByName(scales);
  }

  /**
   * The power_daily rows of one kind of unit: its self-reported daily rows ({@code daily}, the unit
   * named by {@code unit}) beside the sums of {@code partial} rolled up by the same unit.
   */
  private static Dataset<Row> unit(
      String type,
      Dataset<Row> daily,
      Column unit,
      Column name,
      Dataset<Row> partial,
      Dataset<Row> powerDates) {
    return unitRows(
        daily.select(
            lit(type).as("unit_type"),
            unit.as("unit"),
            name.as("unit_name"),
            unit.as("key"),
            col("resumption_rate"),
            col("report_date")),
        rollUp(partial, unit),
        powerDates);
  }

  private static Column[] sums() {
    return new Column[] {
      sum("enterprises_read").as("enterprises_read"),
      sum("power_resumed").as("power_resumed"),
      sum("kwh").as("kwh"),
      sum("baseline_kwh").as("baseline_kwh"),
      sum("enterprises_without_baseline").as("enterprises_without_baseline"),
      sum("readings_without_baseline").as("readings_without_baseline")
    };
  }

  private static Dataset<Row> rollUp(Dataset<Row> partial, Column key) {
    Column[] more = sums();
    return partial
        .withColumn("key", key)
        .groupBy("key", "report_date")
        .agg(sum("enterprises_with_baseline").as("enterprises_with_baseline"), more);
  }

  /**
   * The unit rows of the power dates with their sums (0 where the unit has no enterprise of the
   * kind) and the rates of {@link PowerUnitFigures}.
   */
  private static Dataset<Row> unitRows(
      Dataset<Row> units, Dataset<Row> sums, Dataset<Row> powerDates) {
    DataType sumType = PowerSchemas.KILOWATT_HOURS_SUM;
    Dataset<Row> joined =
        units
            .join(broadcast(powerDates), "report_date")
            .join(sums, new String[] {"key", "report_date"}, "left")
            .select(
                col("unit_type"),
                col("unit"),
                col("unit_name"),
                coalesce(col("enterprises_with_baseline"), lit(0L)).as("enterprises_with_baseline"),
                coalesce(col("enterprises_read"), lit(0L)).as("enterprises_read"),
                coalesce(col("power_resumed"), lit(0L)).as("power_resumed"),
                coalesce(col("kwh").cast(sumType), lit(BigDecimal.ZERO).cast(sumType)).as("kwh"),
                coalesce(col("baseline_kwh").cast(sumType), lit(BigDecimal.ZERO).cast(sumType))
                    .as("baseline_kwh"),
                coalesce(col("enterprises_without_baseline"), lit(0L))
                    .as("enterprises_without_baseline"),
                coalesce(col("readings_without_baseline"), lit(0L)).as("readings_without_baseline"),
                col("resumption_rate"),
                col("report_date"));
    return joined
        .withColumn(
            "rates",
            UNIT_RATES.apply(
                col("enterprises_with_baseline"),
                col("enterprises_read"),
                col("power_resumed"),
                col("kwh"),
                col("baseline_kwh")))
        .select(
            col("unit_type"),
            col("unit"),
            col("unit_name"),
            col("enterprises_with_baseline"),
            col("enterprises_read"),
            col("power_resumed"),
            col("kwh"),
            col("baseline_kwh"),
            col("rates.power_resumption_rate").as("power_resumption_rate"),
            col("rates.consumption_recovery_rate").as("consumption_recovery_rate"),
            col("rates.power_index").as("power_index"),
            col("rates.coverage").as("coverage"),
            col("enterprises_without_baseline"),
            col("readings_without_baseline"),
            col("resumption_rate"),
            col("report_date"));
  }

  // ---------------------------------------------------------------------------------------------
  // power_flags

  private static final StructType EARLIER =
      new StructType(
          new StructField[] {
            new StructField("uscc", StringType, true, Metadata.empty()),
            new StructField("report_date", DateType, true, Metadata.empty()),
            new StructField(
                "earlier",
                org.apache.spark.sql.types.DataTypes.createMapType(
                    org.apache.spark.sql.types.DataTypes.IntegerType, PowerSchemas.KILOWATT_HOURS),
                true,
                Metadata.empty())
          });

  private static final StructType FLAG =
      new StructType(
          new StructField[] {
            new StructField("kind", StringType, false, Metadata.empty()),
            new StructField("county_code", StringType, true, Metadata.empty()),
            new StructField("leader", StringType, true, Metadata.empty()),
            new StructField("uscc", StringType, false, Metadata.empty()),
            new StructField("enterprise_name", StringType, true, Metadata.empty()),
            new StructField("kwh", PowerSchemas.KILOWATT_HOURS, true, Metadata.empty()),
            new StructField("baseline_kwh", PowerSchemas.KILOWATT_HOURS, true, Metadata.empty()),
            new StructField("value", DoubleType, false, Metadata.empty()),
            new StructField("message", StringType, false, Metadata.empty()),
            new StructField("report_date", DateType, false, Metadata.empty())
          });

  /**
   * The flags of every reading in {@code powerReadings} with a usable baseline, decided by {@link
   * PowerRules}: 复工存疑 (a fresh report of D says resumed, and the readings of D and the {@code
   * powerDoubtfulDays − 1} days before are all below the threshold, a day without a reading
   * breaking the run), 用电未报 (at or above the threshold while the §6 status of D is not resumed, or
   * unknown) and 产值电量背离 (a fresh report of D says resumed and |output / normal output − kWh /
   * baseline| exceeds the limit). The earlier days' readings come from {@code meterReadings},
   * whatever their date.
   */
  public static Dataset<Row> flags(
      SparkSession spark,
      MetricSettings settings,
      Dataset<Row> powerReadings,
      Dataset<Row> meterReadings,
      Dataset<Row> enterpriseDaily,
      Dataset<Row> counties) {
    int days = settings.powerDoubtfulDays();
    Dataset<Row> earlier;
    if (days > 1) {
      // each reading, labelled with the later dates it is the (offset)th day before
      earlier =
          meterReadings
              .select(
                  col("uscc"),
                  col("report_date").as("reading_date"),
                  col("kwh"),
                  explode(sequence(lit(1), lit(days - 1))).as("offset"))
              .withColumn("report_date", date_add(col("reading_date"), col("offset")))
              .groupBy("uscc", "report_date")
              .agg(map_from_entries(collect_list(struct(col("offset"), col("kwh")))).as("earlier"));
    } else {
      earlier = spark.createDataFrame(List.of(), EARLIER);
    }
    Dataset<Row> inputs =
        powerReadings
            .where(col("power_resumed").isNotNull())
            .select(
                "county_code",
                "leader",
                "uscc",
                "enterprise_name",
                "kwh",
                "baseline_kwh",
                "status",
                "resumed",
                "report_date")
            .join(
                enterpriseDaily.select(
                    "uscc", "report_date", "output_value", "normal_daily_output"),
                new String[] {"uscc", "report_date"},
                "left")
            .join(earlier, new String[] {"uscc", "report_date"}, "left")
            .select(
                "county_code",
                "leader",
                "uscc",
                "enterprise_name",
                "kwh",
                "baseline_kwh",
                "status",
                "resumed",
                "output_value",
                "normal_daily_output",
                "earlier",
                "report_date");
    double threshold = settings.powerThreshold();
    double limit = settings.powerDivergenceLimit();
    JavaRDD<Row> rows =
        inputs.javaRDD().flatMap(row -> flagsOf(row, threshold, days, limit).iterator());
    return spark
        .createDataFrame(rows, FLAG)
        .join(counties.select("county_code", "county_name"), new String[] {"county_code"}, "left");
  }

  /** The flags of one reading (the columns of {@link #flags}' inputs, in order). */
  static List<Row> flagsOf(Row row, double threshold, int days, double limit) {
    String countyCode = row.getString(0);
    String leader = row.getString(1);
    String uscc = row.getString(2);
    String name = row.isNullAt(3) ? uscc : row.getString(3);
    BigDecimal kilowattHours = row.getDecimal(4);
    BigDecimal baseline = row.getDecimal(5);
    String status = row.isNullAt(6) ? null : row.getString(6);
    boolean resumed = !row.isNullAt(7) && row.getBoolean(7);
    BigDecimal output = row.isNullAt(8) ? null : row.getDecimal(8);
    BigDecimal normal = row.isNullAt(9) ? null : row.getDecimal(9);
    Map<Integer, BigDecimal> earlier = row.isNullAt(10) ? Map.of() : row.getJavaMap(10);
    LocalDate date = row.getLocalDate(11);

    boolean powered = PowerRules.powerResumed(kilowattHours, baseline, threshold);
    boolean freshResumed = EnterpriseStatus.FRESH.name().equals(status) && resumed;
    List<Row> flags = new ArrayList<>();

    List<Optional<Boolean>> poweredByDay = new ArrayList<>();
    poweredByDay.add(Optional.of(powered));
    for (int offset = 1; offset < days; offset++) {
      BigDecimal before = earlier.get(offset);
      poweredByDay.add(
          before == null
              ? Optional.empty()
              : Optional.of(PowerRules.powerResumed(before, baseline, threshold)));
    }
    if (PowerRules.doubtfulResumption(freshResumed, poweredByDay, days)) {
      BigFraction ratio = PowerRules.consumptionRatio(kilowattHours, baseline);
      flags.add(
          flag(
              PowerFlagKind.DOUBTFUL_RESUMPTION,
              row,
              ratio.doubleValue(),
              String.format(
                  "%s 报告已复工，但用电量连续%d日低于基准的%s%%：当日用电 %s 千瓦时，为基准 %s 千瓦时的 %s%% /"
                      + " reported resumed, meter below the threshold",
                  name,
                  days,
                  percent(ExactNumbers.setting(threshold)),
                  text(kilowattHours),
                  text(baseline),
                  percent(ratio))));
    }
    if (PowerRules.unreportedOperation(powered, resumed)) {
      BigFraction ratio = PowerRules.consumptionRatio(kilowattHours, baseline);
      flags.add(
          flag(
              PowerFlagKind.UNREPORTED_OPERATION,
              row,
              ratio.doubleValue(),
              String.format(
                  "%s 当日用电 %s 千瓦时，达基准 %s 千瓦时的 %s%%（复工线 %s%%），但%s / metered operation not"
                      + " reported as resumed",
                  name,
                  text(kilowattHours),
                  text(baseline),
                  percent(ratio),
                  percent(ExactNumbers.setting(threshold)),
                  status == null ? "复工窗口内无报送" : "报告未复工")));
    }
    if (freshResumed && output != null && normal != null) {
      if (PowerRules.outputPowerDivergence(output, normal, kilowattHours, baseline, limit)) {
        BigFraction ratio = PowerRules.consumptionRatio(kilowattHours, baseline);
        BigFraction outputRatio = ExactNumbers.ratio(output, normal);
        BigFraction gap = outputRatio.subtract(ratio).abs();
        flags.add(
            flag(
                PowerFlagKind.OUTPUT_POWER_DIVERGENCE,
                row,
                gap.doubleValue(),
                String.format(
                    "%s 当日产值为正常日产值的 %s%%，用电量为基准的 %s%%，相差 %s 个百分点，超过 %s 个百分点 /"
                        + " output and power diverge",
                    name,
                    percent(outputRatio),
                    percent(ratio),
                    percent(gap),
                    percent(ExactNumbers.setting(limit)))));
      }
    }
    return flags;
  }

  private static Row flag(PowerFlagKind kind, Row row, double value, String message) {
    return RowFactory.create(
        kind.name(),
        row.getString(0),
        row.getString(1),
        row.getString(2),
        row.isNullAt(3) ? null : row.getString(3),
        row.getDecimal(4),
        row.getDecimal(5),
        value,
        message,
        row.getLocalDate(11));
  }

  /** A fraction as a percentage with one decimal (30.0). */
  private static String percent(BigFraction fraction) {
    return fraction
        .bigDecimalValue(10, RoundingMode.HALF_EVEN.ordinal())
        .multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** kWh as written, without trailing zeros. */
  private static String text(BigDecimal kilowattHours) {
    BigDecimal stripped = kilowattHours.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  // ---------------------------------------------------------------------------------------------
  // alerts

  /** Each flag as a MEDIUM alert for the leader of the county (the columns of alerts). */
  public static Dataset<Row> alerts(Dataset<Row> powerFlags) {
    Column kind =
        when(
                col("kind").equalTo(PowerFlagKind.DOUBTFUL_RESUMPTION.name()),
                lit(AlertKind.POWER_DOUBTFUL_RESUMPTION.name()))
            .when(
                col("kind").equalTo(PowerFlagKind.UNREPORTED_OPERATION.name()),
                lit(AlertKind.POWER_UNREPORTED_OPERATION.name()))
            .otherwise(lit(AlertKind.POWER_OUTPUT_DIVERGENCE.name()));
    return powerFlags.select(
        lit(Severity.MEDIUM.name()).as("severity"),
        kind.as("kind"),
        col("county_code"),
        col("county_name"),
        col("leader"),
        col("uscc"),
        col("enterprise_name"),
        col("value"),
        col("message"),
        col("report_date"));
  }
}
