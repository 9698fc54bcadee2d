package fugong.jobs;

import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.metrics.spark.PowerTables;
import fugong.spark.SparkJobs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The electricity cross-check of the metrics run (DOMAIN.md §6.3, {@link PowerTables}): writes
 * {@code power_readings}, then {@code power_daily} and {@code power_flags} side by side, and adds
 * the power alerts. Without meter data its tables are written empty and nothing else changes.
 */
final class PowerStep {
  private final SparkSession spark;
  private final MetricSettings settings;
  private final Dataset<Row> meterReadings;
  private final Dataset<Row> baselines;
  private final boolean meterData;

  /**
   * Reads the meter readings of {@code base} that are {@code read} (by report date) and its
   * baselines, and whether there is meter data.
   */
  PowerStep(LakeJob<?, ?> metrics, PublishedState base, MetricSettings settings, Column read) {
    this.spark = metrics.spark;
    this.settings = settings;
    Dataset<Row> allReadings = metrics.lake.read(LakeTable.METER_READINGS, base);
    this.meterReadings = allReadings.where(read);
    this.baselines = metrics.lake.read(LakeTable.POWER_BASELINES, base);
    // whether the lake holds meter data at all, whatever dates this run computes
    this.meterData =
        base.location(LakeTable.METER_READINGS).isPresent()
            && SparkJobs.describe(
                spark, metrics.job, "meter data present", () -> !allReadings.isEmpty());
  }

  /**
   * Writes the power tables from the enterprise and unit figures ({@code units} by table) and
   * returns {@code power_flags} as written; {@code stage} times power_daily and power_flags.
   */
  Dataset<Row> write(
      MetricTableWriter writer,
      String stage,
      Dataset<Row> enterpriseDaily,
      Dataset<Row> enterprises,
      Dataset<Row> counties,
      Dataset<Row> dates,
      Map<LakeTable, Dataset<Row>> units) {
    Dataset<Row> powerReadings =
        writer.write(
            LakeTable.POWER_READINGS,
            ifMeterData(
                LakeTable.POWER_READINGS,
                () ->
                    PowerTables.readings(
                        settings, meterReadings, baselines, enterpriseDaily, enterprises, dates)));
    Map<LakeTable, Supplier<Dataset<Row>>> powerTables = new LinkedHashMap<>();
    powerTables.put(
        LakeTable.POWER_DAILY,
        ifMeterData(
            LakeTable.POWER_DAILY,
            () ->
                PowerTables.daily(
                    powerReadings,
                    baselines,
                    enterpriseDaily,
                    units.get(LakeTable.COUNTY_DAILY),
                    units.get(LakeTable.LEADER_DAILY),
                    units.get(LakeTable.CITY_DAILY),
                    units.get(LakeTable.INDUSTRY_DAILY),
                    units.get(LakeTable.SCALE_DAILY))));
    powerTables.put(
        LakeTable.POWER_FLAGS,
        ifMeterData(
            LakeTable.POWER_FLAGS,
            () ->
                PowerTables.flags(
                    spark, settings, powerReadings, meterReadings, enterpriseDaily, counties)));
    return writer.writeSideBySide(stage, powerTables).get(LakeTable.POWER_FLAGS);
  }

  /** {@code alerts} with the power alerts of {@code powerFlags} when there is meter data. */
  Dataset<Row> withAlerts(Dataset<Row> alerts, Dataset<Row> powerFlags) {
    return meterData ? alerts.unionByName(PowerTables.alerts(powerFlags)) : alerts;
  }

  /** {@code rows} when there is meter data, else {@code table} empty. */
  private Supplier<Dataset<Row>> ifMeterData(LakeTable table, Supplier<Dataset<Row>> rows) {
    return () -> meterData ? rows.get() : spark.createDataFrame(List.of(), table.schema());
  }
}
