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

/**
 * The reference data as lake tables, so analysts can join against exactly what a run used: {@code
 * counties}, {@code assignments}, {@code enterprises} and {@code power_baselines} (the rows of
 * {@code power_baseline.csv}, none without one). Each table's rows have a fingerprint (SHA-256 of
 * their text): a run whose reference data did not change keeps the published version instead of
 * writing the same rows again.
 */
public final class ReferenceTables {
  /** The reference tables, in the order they are written. */
  public static final List<LakeTable> TABLES =
      List.of(
          LakeTable.COUNTIES,
          LakeTable.ASSIGNMENTS,
          LakeTable.ENTERPRISES,
          LakeTable.POWER_BASELINES);

  private final Map<LakeTable, List<Row>> rows;

  private ReferenceTables(Map<LakeTable, List<Row>> rows) {
    this.rows = rows;
  }

  /** The tables of {@code reference} and of the meter baselines (empty: no baseline file). */
  public static ReferenceTables of(ReferenceData reference, List<PowerBaseline> baselines) {
    Map<LakeTable, List<Row>> rows = new EnumMap<>(LakeTable.class);
    rows.put(
        LakeTable.COUNTIES,
        reference.counties().counties().stream().map(ReferenceTables::county).toList());
    rows.put(
        LakeTable.ASSIGNMENTS,
        reference.assignments().stream().map(ReferenceTables::assignment).toList());
    rows.put(
        LakeTable.ENTERPRISES,
        reference.enterprises().stream().map(ReferenceTables::enterprise).toList());
    rows.put(
        LakeTable.POWER_BASELINES,
        baselines.stream()
            .map(
                baseline ->
                    RowFactory.create(
                        baseline.uscc(),
                        baseline.countyCode(),
                        baseline.kilowattHours(),
                        baseline.sourceRow()))
            .toList());
    return new ReferenceTables(rows);
  }

  /** A table's rows as a dataset. */
  public Dataset<Row> rows(SparkSession spark, LakeTable table) {
    return spark.createDataFrame(rows.get(table), table.schema());
  }

  /**
   * The SHA-256 (hex) of a table's name, schema and rows in order, each row as its text: equal
   * fingerprints, equal tables.
   */
  public String fingerprint(LakeTable table) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(
          (table.tableName() + "\n" + table.schema().json() + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Row row : rows.get(table)) {
        digest.update((row.toString() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
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
