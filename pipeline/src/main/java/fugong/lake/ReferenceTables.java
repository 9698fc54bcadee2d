package fugong.lake;

import fugong.domain.County;
import fugong.reference.Assignment;
import fugong.reference.Enterprise;
import fugong.reference.PowerBaseline;
import fugong.reference.ReferenceData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The reference data as lake tables, so analysts can join against exactly what a run used. */
public final class ReferenceTables {
  private ReferenceTables() {}

  public static Map<LakeTable, Dataset<Row>> of(SparkSession spark, ReferenceData reference) {
    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    List<Row> counties =
        reference.counties().counties().stream().map(ReferenceTables::county).toList();
    List<Row> assignments =
        reference.assignments().stream().map(ReferenceTables::assignment).toList();
    List<Row> enterprises =
        reference.enterprises().stream().map(ReferenceTables::enterprise).toList();
    tables.put(LakeTable.COUNTIES, spark.createDataFrame(counties, LakeSchemas.COUNTIES));
    tables.put(LakeTable.ASSIGNMENTS, spark.createDataFrame(assignments, LakeSchemas.ASSIGNMENTS));
    tables.put(LakeTable.ENTERPRISES, spark.createDataFrame(enterprises, LakeSchemas.ENTERPRISES));
    return tables;
  }

  /**
   * The {@code power_baselines} table: the rows of {@code power_baseline.csv}, none when the
   * reference folder has no such file (a run without meter data).
   */
  public static Dataset<Row> powerBaselines(SparkSession spark, List<PowerBaseline> baselines) {
    List<Row> rows =
        baselines.stream()
            .map(
                baseline ->
                    RowFactory.create(
                        baseline.uscc(),
                        baseline.countyCode(),
                        baseline.kilowattHours(),
                        baseline.sourceRow()))
            .toList();
    return spark.createDataFrame(rows, PowerSchemas.POWER_BASELINES);
  }

  private static Row county(County county) {
    return RowFactory.create(county.code(), county.name());
  }

  private static Row assignment(Assignment assignment) {
    return RowFactory.create(
        assignment.leader(),
        assignment.countyCode(),
        assignment.section(),
        assignment.validFrom(),
        assignment.validTo());
  }

  private static Row enterprise(Enterprise enterprise) {
    return RowFactory.create(
        enterprise.uscc(),
        enterprise.name(),
        enterprise.countyCode(),
        enterprise.industryCode(),
        enterprise.aboveScale(),
        enterprise.keyEnterprise(),
        enterprise.environmentalWhitelist(),
        enterprise.normalEmployees(),
        enterprise.normalDailyOutput());
  }
}
