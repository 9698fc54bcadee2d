package fugong.bench;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import fugong.domain.UsccRules;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.run.RunIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a bigger lake from an ingested one by replication, for the benchmark: ingesting 50 M rows
 * of CSV and XLSX would take hours on a small machine, and the metrics read only the lake.
 *
 * <p><b>Enterprise copies</b> ({@link Factors#enterpriseCopies()}): every enterprise of the
 * registry, its accepted reports and its quarantined rows appear that many times. Copy 0 is the
 * original; copy c has a new credit code, derived by {@link #copyCode} (18 characters, valid check
 * character), and the same county, industry, scale, normal figures and reports. Files are per
 * county and date, so they are not cloned per enterprise copy: their row counts and sizes are
 * multiplied instead.
 *
 * <p><b>Period copies</b> ({@link Factors#periodCopies()}): the whole period of the lake (first to
 * last report date of its county files, P days) is repeated after itself; copy j has every date and
 * time shifted by j × P days — report dates, resumed_on, arrival and ingestion times — and its file
 * names carry the shifted date. Carried statuses, 7-day changes, difficulty cases, alerts and
 * forecasts therefore run over a longer period (a period copy starts again with the resumption
 * curve of the first days). Counties and assignments are kept as they are: each county's last
 * assignment is open-ended and covers the added periods.
 *
 * <p>The result is a real lake in its own output folder: files, submissions, quarantine,
 * enterprises, counties and assignments written with {@link Lake#write} (partitioned by report date
 * and sorted as ingestion writes them) and published, so {@code new Lake(spark, out).published()}
 * returns it. Raw rows, warnings, contacts and runs are not copied: no metric reads them.
 */
public final class LakeReplication {
  /** Column names of the copy numbers while rows are replicated (not written). */
  private static final String ENTERPRISE_COPY = "enterprise_copy";

  private static final String PERIOD_COPY = "period_copy";

  /** A new credit code for an enterprise copy (see {@link #copyCode}). */
  private static final UserDefinedFunction COPY_CODE =
      udf((UDF2<String, Integer, String>) LakeReplication::copyCode, DataTypes.StringType);

  /** How many times the enterprises and the period are repeated; 1 × 1 is the lake itself. */
  public record Factors(int enterpriseCopies, int periodCopies) {
    /** The most enterprise copies {@link #forRows} chooses; beyond it, the period grows. */
    public static final int MAXIMUM_ENTERPRISE_COPIES = 5;

    public Factors {
      if (enterpriseCopies < 1 || periodCopies < 1) {
        throw new IllegalArgumentException(
            "copies must be at least 1, got " + enterpriseCopies + " × " + periodCopies);
      }
      if (enterpriseCopies > UsccRules.ALPHABET.length()) {
        throw new IllegalArgumentException(
            "at most "
                + UsccRules.ALPHABET.length()
                + " enterprise copies have distinct codes, got "
                + enterpriseCopies);
      }
    }

    /**
     * The factors that bring a lake of {@code baseRows} enterprise-days nearest to {@code
     * targetRows}: none below 1.5 times the base; else up to {@value #MAXIMUM_ENTERPRISE_COPIES}
     * enterprise copies, then period copies (a base of 71,500 enterprises × 14 days gives 5 × 2 for
     * 10 M and 5 × 10 for 50 M).
     */
    public static Factors forRows(long targetRows, long baseRows) {
      if (targetRows <= 0 || baseRows <= 0) {
        throw new IllegalArgumentException(
            "rows must be positive, got target " + targetRows + " and base " + baseRows);
      }
      double ratio = (double) targetRows / baseRows;
      if (ratio < 1.5) {
        return new Factors(1, 1);
      }
      int enterpriseCopies = (int) Math.min(MAXIMUM_ENTERPRISE_COPIES, Math.round(ratio));
      int periodCopies = (int) Math.max(1, Math.round(ratio / enterpriseCopies));
      return new Factors(enterpriseCopies, periodCopies);
    }

    public boolean isIdentity() {
      return enterpriseCopies == 1 && periodCopies == 1;
    }

    public long multiplier() {
      return (long) enterpriseCopies * periodCopies;
    }
  }

  /**
   * The size of a published lake: registry enterprises, report dates (county files), accepted
   * reports.
   */
  public record LakeShape(long enterprises, long reportDates, long submissions) {
    /** One row per enterprise and report date: what {@code enterprise_daily} holds. */
    public long enterpriseDays() {
      return enterprises * reportDates;
    }
  }

  private final SparkSession spark;

  public LakeReplication(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  /** Counts the published lake under {@code out}. */
  public LakeShape shape(String out) {
    Lake lake = new Lake(spark, out);
    PublishedState state = lake.published();
    spark.sparkContext().setJobDescription("benchmark: count the lake " + out);
    long enterprises = lake.read(LakeTable.ENTERPRISES, state).count();
    long reportDates =
        countyFiles(lake.read(LakeTable.FILES, state))
            .select(LakeTable.PARTITION_COLUMN)
            .distinct()
            .count();
    long submissions = lake.read(LakeTable.SUBMISSIONS, state).count();
    return new LakeShape(enterprises, reportDates, submissions);
  }

  /**
   * Writes the replicated lake of the published lake under {@code baseOut} into {@code targetOut}
   * (a new output folder) and publishes it.
   */
  public PublishedState replicate(String baseOut, String targetOut, Factors factors) {
    Lake base = new Lake(spark, baseOut);
    PublishedState state = base.published();
    if (state.location(LakeTable.SUBMISSIONS).isEmpty()) {
      throw new IllegalStateException(
          "the lake under " + baseOut + " has no published submissions to replicate");
    }
    int periodDays = periodDays(base.read(LakeTable.FILES, state));
    Dataset<Row> enterpriseCopies = copies(ENTERPRISE_COPY, factors.enterpriseCopies());
    Dataset<Row> periodCopies = copies(PERIOD_COPY, factors.periodCopies());

    Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
    tables.put(
        LakeTable.FILES,
        files(
            base.read(LakeTable.FILES, state),
            periodCopies,
            factors.enterpriseCopies(),
            periodDays));
    tables.put(
        LakeTable.SUBMISSIONS,
        reports(base.read(LakeTable.SUBMISSIONS, state), enterpriseCopies, periodCopies, periodDays)
            .withColumn("resumed_on", shiftedDate("resumed_on", periodDays)));
    tables.put(
        LakeTable.QUARANTINE,
        reports(
            base.read(LakeTable.QUARANTINE, state), enterpriseCopies, periodCopies, periodDays));
    tables.put(
        LakeTable.ENTERPRISES,
        base.read(LakeTable.ENTERPRISES, state)
            .crossJoin(enterpriseCopies)
            .withColumn("uscc", COPY_CODE.apply(col("uscc"), col(ENTERPRISE_COPY))));
    tables.put(LakeTable.COUNTIES, base.read(LakeTable.COUNTIES, state));
    tables.put(LakeTable.ASSIGNMENTS, base.read(LakeTable.ASSIGNMENTS, state));

    Lake target = new Lake(spark, targetOut);
    String runId = RunIds.next(Instant.now());
    Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
    for (Map.Entry<LakeTable, Dataset<Row>> table : tables.entrySet()) {
      spark
          .sparkContext()
          .setJobDescription("benchmark: replicate " + table.getKey().tableName() + " " + factors);
      locations.put(
          table.getKey(),
          target.write(table.getKey(), table.getValue(), runId, LakeSortOrder.of(table.getKey())));
    }
    return target.publish(runId, locations);
  }

  /**
   * The credit code of enterprise copy {@code copy}: copy 0 is the code itself; else the second
   * character (the organisation type) moves {@code copy} places on in the USCC alphabet and the
   * check character is recomputed. The generator's codes all start with 91, so copies 1–4 start
   * with 92–95 and cannot meet an original. A code that is not 18 characters of the alphabet (a
   * quarantined row's) is kept as it is.
   */
  public static String copyCode(String uscc, Integer copy) {
    if (uscc == null || copy == null || copy == 0 || uscc.length() != 18) {
      return uscc;
    }
    int type = UsccRules.ALPHABET.indexOf(uscc.charAt(1));
    if (type < 0) {
      return uscc;
    }
    String body =
        uscc.charAt(0)
            + String.valueOf(UsccRules.ALPHABET.charAt((type + copy) % UsccRules.ALPHABET.length()))
            + uscc.substring(2, 17);
    try {
      return body + UsccRules.checkCharacter(body);
    } catch (IllegalArgumentException notACode) {
      return uscc;
    }
  }

  /** One row per copy number 0 … count−1, broadcast for cross joins. */
  private Dataset<Row> copies(String column, int count) {
    List<Row> rows = new ArrayList<>();
    for (int copy = 0; copy < count; copy++) {
      rows.add(RowFactory.create(copy));
    }
    return broadcast(
        spark.createDataFrame(rows, new StructType().add(column, DataTypes.IntegerType, false)));
  }

  private static Dataset<Row> countyFiles(Dataset<Row> files) {
    return files.where(
        col("county_code").isNotNull().and(col(LakeTable.PARTITION_COLUMN).isNotNull()));
  }

  /** Days from the first to the last report date of the county files, both included. */
  private static int periodDays(Dataset<Row> files) {
    Row range =
        countyFiles(files)
            .agg(min(LakeTable.PARTITION_COLUMN), max(LakeTable.PARTITION_COLUMN))
            .first();
    if (range.isNullAt(0)) {
      throw new IllegalStateException("the lake has no county files, so no period to repeat");
    }
    return Math.toIntExact(
        ChronoUnit.DAYS.between(range.<LocalDate>getAs(0), range.<LocalDate>getAs(1)) + 1);
  }

  /**
   * Every file once per period copy, dated and named for its period, its counts × the enterprise
   * copies.
   */
  private static Dataset<Row> files(
      Dataset<Row> files, Dataset<Row> periodCopies, int enterpriseCopies, int periodDays) {
    Dataset<Row> shifted =
        files
            .crossJoin(periodCopies)
            .withColumn(
                LakeTable.PARTITION_COLUMN, shiftedDate(LakeTable.PARTITION_COLUMN, periodDays));
    for (String time : List.of("arrived_at", "ingested_at")) {
      shifted =
          shifted.withColumn(
              time,
              expr("timestampadd(DAY, " + PERIOD_COPY + " * " + periodDays + ", " + time + ")"));
    }
    for (String count :
        List.of(
            "size_bytes",
            "rows_read",
            "rows_accepted",
            "rows_quarantined",
            "duplicates_collapsed",
            "warnings")) {
      shifted = shifted.withColumn(count, col(count).multiply(enterpriseCopies));
    }
    return shifted.withColumn("source_file", shiftedFileName());
  }

  /**
   * Accepted or quarantined rows once per enterprise copy (with its code) and period copy (dated
   * for it).
   */
  private static Dataset<Row> reports(
      Dataset<Row> rows, Dataset<Row> enterpriseCopies, Dataset<Row> periodCopies, int periodDays) {
    return rows.crossJoin(enterpriseCopies)
        .crossJoin(periodCopies)
        .withColumn("uscc", COPY_CODE.apply(col("uscc"), col(ENTERPRISE_COPY)))
        .withColumn(LakeTable.PARTITION_COLUMN, shiftedDate(LakeTable.PARTITION_COLUMN, periodDays))
        .withColumn("source_file", shiftedFileName());
  }

  private static Column shiftedDate(String column, int periodDays) {
    return date_add(col(column), col(PERIOD_COPY).multiply(periodDays));
  }

  /**
   * {@code 131102_20200226.csv} of period copy j becomes the name with the (already shifted) report
   * date; a name without a county and date (an unreadable file's) gets a {@code period{j}_} prefix.
   */
  private static Column shiftedFileName() {
    Column name = col("source_file");
    Column renamed =
        when(
            name.rlike("^[0-9]{6}_[0-9]{8}"),
            concat(
                name.substr(1, 7),
                date_format(col(LakeTable.PARTITION_COLUMN), "yyyyMMdd"),
                expr("substr(source_file, 16)")));
    return when(col(PERIOD_COPY).equalTo(0), name)
        .otherwise(coalesce(renamed, concat(lit("period"), col(PERIOD_COPY), lit("_"), name)));
  }
}
