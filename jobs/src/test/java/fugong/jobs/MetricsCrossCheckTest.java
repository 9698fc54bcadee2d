package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricColumns;
import fugong.testing.DuckDbMetrics;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark {@link MetricsJob} against an independent second engine: the same definitions
 * (DOMAIN.md §6, docs/metrics.md) written as DuckDB SQL in {@link DuckDbMetrics#SCRIPT_RESOURCE},
 * run on the same ingested lake. Every column of county_daily, leader_daily and city_daily, and the
 * difficulty cases, must agree row by row: counts exactly, doubles within 1e-12 (relative to the
 * magnitude for values above 1, so sums in 万元 may differ only by summation order), NULL only where
 * the other side is NULL, strings, dates and lists exactly. Alerts (all but the message text) and
 * forecasts must agree row by row too: the same alerts, kinds, severities, leaders and enterprises,
 * the same statuses and projected dates, values, slopes, R² and z-scores within 1e-9.
 */
class MetricsCrossCheckTest {

  static final double TOLERANCE = 1e-12;

  /**
   * Slopes, R² and z-scores: Spark rounds exact fractions to doubles, DuckDB fits in doubles
   * (regr_slope); statuses, dates and which alerts exist are compared exactly.
   */
  static final double DERIVED_TOLERANCE = 1e-9;

  static final int MISMATCHES_SHOWN = 30;
  static final int COUNTIES = 13;
  static final int REPORT_DATES = 14;
  static final int LEADERS = 4;

  /** Run bookkeeping the Spark tables carry beside the metrics; not a definition to cross-check. */
  static final Set<String> BOOKKEEPING_COLUMNS = Set.of("run_id", "rule_version");

  static Connection duckdb;

  /** What one table comparison found. */
  record Comparison(
      long sparkRows,
      long duckdbRows,
      long comparedValues,
      long nonNullRatesCompared,
      List<String> mismatches) {}

  @BeforeAll
  static void ingestTheSampleAndComputeTheMetricsWithBothEngines()
      throws IOException, SQLException {
    Path out = SampleRun.output();

    PublishedState published = new Lake(TestSpark.session(), out.toString()).published();
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    DuckDbMetrics.createInputViews(duckdb, out, published);
    for (LakeTable table :
        List.of(
            LakeTable.COUNTY_DAILY,
            LakeTable.LEADER_DAILY,
            LakeTable.CITY_DAILY,
            LakeTable.DIFFICULTY_CASES,
            LakeTable.ALERTS,
            LakeTable.FORECASTS,
            LakeTable.RESUMPTION_FLOWS)) {
      DuckDbMetrics.createView(duckdb, "spark_" + table.tableName(), table, out, published);
    }
    DuckDbMetrics.runScript(duckdb, DuckDbMetrics.script());
    DuckDbMetrics.runScript(duckdb, DuckDbMetrics.alertsAndForecastsScript());
    DuckDbMetrics.runScript(duckdb, DuckDbMetrics.flowsScript());
    // the electricity flags are alerts too (DOMAIN.md §6.3)
    for (LakeTable table : DuckDbMetrics.POWER_INPUT_TABLES) {
      DuckDbMetrics.createView(duckdb, table.tableName(), table, out, published);
    }
    DuckDbMetrics.runScript(duckdb, DuckDbMetrics.powerScript());
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(
          "INSERT INTO duckdb_alerts SELECT severity, kind, county_code, leader, uscc, value,"
              + " report_date FROM duckdb_power_alerts");
    }
    // alerts have no key of their own: number the alerts of one kind, county, enterprise and date
    // by value
    for (String side : List.of("spark", "duckdb")) {
      try (Statement statement = duckdb.createStatement()) {
        statement.execute(
            "CREATE OR REPLACE VIEW "
                + side
                + "_alerts_keyed AS SELECT *, coalesce(uscc, '') AS uscc_key, row_number() OVER"
                + " (PARTITION BY report_date, kind, county_code, coalesce(uscc, '') ORDER BY value"
                + " NULLS FIRST) AS ordinal FROM "
                + side
                + "_alerts");
      }
    }
  }

  @AfterAll
  static void closeDuckdb() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  @Test
  void countyDailyAgreesInEveryColumn() throws SQLException {
    Set<String> expected =
        new LinkedHashSet<>(
            List.of("county_code", "county_name", "leader", "section", "report_date"));
    expected.addAll(unitMetricColumns());
    expected.addAll(
        List.of(
            "submission_status",
            "first_arrival",
            "rows_read",
            "quarantined_rows",
            "quarantined_share"));

    Comparison comparison =
        compare("county_daily", List.of("county_code", "report_date"), expected, false);

    assertThat(comparison.mismatches()).as("county_daily mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(COUNTIES * REPORT_DATES);
    assertThat(comparison.duckdbRows()).isEqualTo(COUNTIES * REPORT_DATES);
    assertThat(comparison.nonNullRatesCompared()).isGreaterThan(COUNTIES * REPORT_DATES * 20L);
  }

  @Test
  void leaderDailyAgreesInEveryColumn() throws SQLException {
    Set<String> expected = new LinkedHashSet<>(List.of("leader", "counties", "report_date"));
    expected.addAll(unitMetricColumns());

    Comparison comparison =
        compare("leader_daily", List.of("leader", "report_date"), expected, false);

    assertThat(comparison.mismatches()).as("leader_daily mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(LEADERS * REPORT_DATES);
    assertThat(comparison.nonNullRatesCompared()).isGreaterThan(LEADERS * REPORT_DATES * 20L);
  }

  @Test
  void cityDailyAgreesInEveryColumn() throws SQLException {
    Set<String> expected = new LinkedHashSet<>(List.of("report_date"));
    expected.addAll(unitMetricColumns());

    Comparison comparison = compare("city_daily", List.of("report_date"), expected, false);

    assertThat(comparison.mismatches()).as("city_daily mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isEqualTo(REPORT_DATES);
    assertThat(comparison.nonNullRatesCompared()).isGreaterThan(REPORT_DATES * 20L);
  }

  @Test
  void resumptionFlowsAgreeInEveryColumn() throws SQLException {
    Set<String> expected =
        new LinkedHashSet<>(
            List.of(
                "unit_type",
                "unit",
                "unit_name",
                "metric",
                "flow",
                "enterprises",
                "resumed_change",
                "population_change",
                "contribution_points",
                "rate_before",
                "rate_after",
                "report_date"));

    Comparison comparison =
        compare(
            "resumption_flows",
            List.of("unit_type", "unit", "metric", "report_date", "flow"),
            expected,
            false);

    assertThat(comparison.mismatches()).as("resumption_flows mismatches").isEmpty();
    // every unit type, both rates, 13 of the 14 dates (the first has no day before)
    assertThat(comparison.sparkRows()).isGreaterThan((COUNTIES + LEADERS + 1) * 13L * 3);
    // unit_name, the three counts, the contribution and both rates of every row
    assertThat(comparison.comparedValues()).isEqualTo(7 * comparison.sparkRows());
  }

  @Test
  void difficultyCasesAgree() throws SQLException {
    Set<String> columns =
        new LinkedHashSet<>(
            List.of("uscc", "county_code", "code", "opened_on", "resolved_on", "days_open"));

    Comparison comparison =
        compare("difficulty_cases", List.of("uscc", "code", "opened_on"), columns, true);

    assertThat(comparison.mismatches()).as("difficulty_cases mismatches").isEmpty();
    assertThat(comparison.sparkRows()).isGreaterThan(100);
  }

  @Test
  void alertsAgreeInRowsKindsSeveritiesLeadersAndValues() throws SQLException {
    Comparison comparison =
        compare(
            "alerts_keyed",
            List.of("report_date", "kind", "county_code", "uscc_key", "ordinal"),
            new LinkedHashSet<>(List.of("severity", "leader", "uscc", "value")),
            true,
            DERIVED_TOLERANCE);

    assertThat(comparison.mismatches()).as("alerts mismatches").isEmpty();
    // the sample raises 10 kinds (no case is open longer than 7 days, no county drops by more than
    // 5
    // points): 1 missing file, 1 rejected file, 4 quarantine shares, 1 confirmed case, 108 low
    // compliances, 373 inconsistencies, 2 anomalies on 03-01, and the meters' 62 复工存疑, 258 用电未报
    // and 106 产值电量背离
    assertThat(
            queryStrings(
                "SELECT kind || ' ' || severity || ' ' || count(*) FROM duckdb_alerts GROUP BY"
                    + " kind, severity ORDER BY 1"))
        .containsExactly(
            "CONFIRMED_WHILE_RESUMED HIGH 1",
            "INCONSISTENCY LOW 373",
            "LOW_COMPLIANCE MEDIUM 108",
            "MISSING_SUBMISSION HIGH 1",
            "POWER_DOUBTFUL_RESUMPTION MEDIUM 62",
            "POWER_OUTPUT_DIVERGENCE MEDIUM 106",
            "POWER_UNREPORTED_OPERATION MEDIUM 258",
            "QUARANTINE_SHARE MEDIUM 4",
            "REJECTED_FILE MEDIUM 1",
            "STATISTICAL_ANOMALY MEDIUM 2");
    assertThat(comparison.sparkRows()).isEqualTo(490 + 426);
  }

  @Test
  void forecastsAgreeInSlopesStatusesAndDates() throws SQLException {
    Comparison comparison =
        compare(
            "forecasts",
            List.of("unit_type", "unit", "metric", "report_date"),
            new LinkedHashSet<>(
                List.of(
                    "value",
                    "target",
                    "slope_per_day",
                    "r2",
                    "projected_date",
                    "status",
                    "points")),
            true,
            DERIVED_TOLERANCE);

    assertThat(comparison.mismatches()).as("forecasts mismatches").isEmpty();
    // counties, leaders and the city × 3 rates × every report date
    assertThat(comparison.sparkRows()).isEqualTo((COUNTIES + LEADERS + 1L) * 3 * REPORT_DATES);
    assertThat(
            queryStrings(
                "SELECT metric || ' ' || status || ' ' || count(*) FROM duckdb_forecasts GROUP BY"
                    + " metric, status ORDER BY 1"))
        .containsExactly(
            "above_scale_resumption_rate INSUFFICIENT_DATA 18",
            "above_scale_resumption_rate NO_PROGRESS 3",
            "above_scale_resumption_rate ON_TRACK 137",
            "above_scale_resumption_rate REACHED 94",
            "capacity_recovery_rate INSUFFICIENT_DATA 18",
            "capacity_recovery_rate ON_TRACK 234",
            "resumption_rate INSUFFICIENT_DATA 18",
            "resumption_rate ON_TRACK 234");
  }

  @Test
  void theSampleExercisesTheDefinitions() throws SQLException {
    assertThat(
            queryStrings(
                "SELECT leader || ' ' || min(report_date) || ' ' || max(report_date) FROM"
                    + " duckdb_county_daily WHERE county_code = '131172' GROUP BY leader ORDER BY"
                    + " min(report_date)"))
        .containsExactly("李根洪 2020-02-26 2020-03-03", "赵振川 2020-03-04 2020-03-10");
    assertThat(
            queryStrings(
                "SELECT submission_status || ' ' || count(*) FROM duckdb_county_daily GROUP BY"
                    + " submission_status ORDER BY 1"))
        .containsExactly("LATE 21", "MISSING 1", "ON_TIME 160");
    assertThat(
            queryStrings(
                "SELECT count(*) FROM duckdb_city_daily WHERE coverage BETWEEN 0.85 AND 1 AND"
                    + " resumption_rate BETWEEN 0 AND 1"))
        .containsExactly(Integer.toString(REPORT_DATES));
    assertThat(
            Long.parseLong(
                queryStrings(
                        "SELECT count(*) FROM duckdb_difficulty_cases WHERE resolved_on IS NULL")
                    .get(0)))
        .isPositive();
  }

  static List<String> unitMetricColumns() {
    List<String> columns = new ArrayList<>(MetricColumns.COUNTS);
    columns.addAll(MetricColumns.SUMS);
    columns.addAll(MetricColumns.RATES);
    for (String rate : MetricColumns.TRENDED_RATES) {
      columns.add(rate + "_change_1d");
      columns.add(rate + "_change_7d");
    }
    return columns;
  }

  /**
   * Joins spark_{table} and duckdb_{table} on the keys and compares the columns: for unit tables
   * every column of either side ({@code onlyExpected} false: a column on one side only is a
   * mismatch, except run bookkeeping), for the others only the expected ones.
   */
  static Comparison compare(
      String table, List<String> keys, Set<String> expected, boolean onlyExpected)
      throws SQLException {
    return compare(table, keys, expected, onlyExpected, TOLERANCE);
  }

  /**
   * {@link #compare(String, List, Set, boolean)} with doubles agreeing within {@code tolerance}.
   */
  static Comparison compare(
      String table, List<String> keys, Set<String> expected, boolean onlyExpected, double tolerance)
      throws SQLException {
    String spark = "spark_" + table;
    String mine = "duckdb_" + table;
    Map<String, String> sparkTypes = columnTypes(spark);
    Map<String, String> duckdbTypes = columnTypes(mine);
    List<String> mismatches = new ArrayList<>();

    for (String column : expected) {
      if (!sparkTypes.containsKey(column)) {
        mismatches.add(table + ": column " + column + " is missing from the Spark table");
      }
      if (!duckdbTypes.containsKey(column)) {
        mismatches.add(table + ": column " + column + " is missing from the DuckDB table");
      }
    }
    Set<String> columns = new LinkedHashSet<>();
    if (onlyExpected) {
      columns.addAll(expected);
    } else {
      columns.addAll(sparkTypes.keySet());
      columns.addAll(duckdbTypes.keySet());
      for (String column : columns) {
        if (!expected.contains(column)
            && !BOOKKEEPING_COLUMNS.contains(column)
            && (!sparkTypes.containsKey(column) || !duckdbTypes.containsKey(column))) {
          mismatches.add(
              table
                  + ": column "
                  + column
                  + " is only in the "
                  + (sparkTypes.containsKey(column) ? "Spark" : "DuckDB")
                  + " table");
        }
      }
    }
    columns.removeIf(column -> !sparkTypes.containsKey(column) || !duckdbTypes.containsKey(column));
    for (String column : columns) {
      if (!sparkTypes.get(column).equals(duckdbTypes.get(column))) {
        mismatches.add(
            table
                + ": column "
                + column
                + " has type "
                + sparkTypes.get(column)
                + " in Spark, "
                + duckdbTypes.get(column)
                + " in DuckDB");
      }
    }

    long sparkRows = count(spark);
    long duckdbRows = count(mine);
    if (sparkRows != duckdbRows) {
      mismatches.add(table + ": " + sparkRows + " rows in Spark, " + duckdbRows + " in DuckDB");
    }
    mismatches.addAll(duplicateKeys(spark, keys));
    mismatches.addAll(duplicateKeys(mine, keys));

    List<String> compared = columns.stream().filter(column -> !keys.contains(column)).toList();
    String select =
        Stream.concat(
                keys.stream()
                    .map(
                        key ->
                            "coalesce(spark."
                                + quote(key)
                                + ", mine."
                                + quote(key)
                                + ") AS "
                                + quote("key_" + key)),
                Stream.concat(
                    Stream.of(
                        "spark." + quote(keys.get(0)) + " IS NOT NULL AS in_spark",
                        "mine." + quote(keys.get(0)) + " IS NOT NULL AS in_duckdb"),
                    compared.stream()
                        .flatMap(
                            column ->
                                Stream.of("spark." + quote(column), "mine." + quote(column)))))
            .collect(Collectors.joining(", "));
    String join =
        keys.stream()
            .map(key -> "spark." + quote(key) + " = mine." + quote(key))
            .collect(Collectors.joining(" AND "));
    String order = keys.stream().map(key -> quote("key_" + key)).collect(Collectors.joining(", "));
    String query =
        "SELECT "
            + select
            + " FROM "
            + spark
            + " spark FULL OUTER JOIN "
            + mine
            + " mine ON "
            + join
            + " ORDER BY "
            + order;

    Set<String> rates = Set.copyOf(MetricColumns.RATES);
    long comparedValues = 0;
    long nonNullRatesCompared = 0;
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        List<String> keyText = new ArrayList<>();
        for (int index = 0; index < keys.size(); index++) {
          keyText.add(keys.get(index) + "=" + rows.getObject(index + 1));
        }
        String unit = table + " " + String.join(" ", keyText);
        boolean inSpark = rows.getBoolean(keys.size() + 1);
        boolean inDuckdb = rows.getBoolean(keys.size() + 2);
        if (!inSpark || !inDuckdb) {
          mismatches.add(unit + ": row only in " + (inSpark ? "Spark" : "DuckDB"));
          continue;
        }
        for (int index = 0; index < compared.size(); index++) {
          String column = compared.get(index);
          Object sparkValue = normalize(rows.getObject(keys.size() + 3 + 2 * index));
          Object duckdbValue = normalize(rows.getObject(keys.size() + 4 + 2 * index));
          comparedValues++;
          if (!agree(sparkValue, duckdbValue, tolerance)) {
            mismatches.add(
                unit + " column " + column + ": spark " + sparkValue + ", duckdb " + duckdbValue);
          } else if (sparkValue != null && rates.contains(column)) {
            nonNullRatesCompared++;
          }
        }
      }
    }
    if (!mismatches.isEmpty()) {
      System.out.println(
          table + ": " + mismatches.size() + " mismatch(es)\n" + String.join("\n", mismatches));
    }
    List<String> shown =
        new ArrayList<>(mismatches.subList(0, Math.min(MISMATCHES_SHOWN, mismatches.size())));
    if (mismatches.size() > MISMATCHES_SHOWN) {
      shown.add("… and " + (mismatches.size() - MISMATCHES_SHOWN) + " more");
    }
    System.out.println(
        table
            + ": compared "
            + comparedValues
            + " values ("
            + nonNullRatesCompared
            + " non-null rates) over "
            + sparkRows
            + " Spark rows");
    return new Comparison(sparkRows, duckdbRows, comparedValues, nonNullRatesCompared, shown);
  }

  static boolean agree(Object sparkValue, Object duckdbValue, double tolerance) {
    if (sparkValue == null || duckdbValue == null) {
      return sparkValue == null && duckdbValue == null;
    }
    if (sparkValue instanceof Double sparkDouble && duckdbValue instanceof Double duckdbDouble) {
      double scale = Math.max(1.0, Math.max(Math.abs(sparkDouble), Math.abs(duckdbDouble)));
      return Math.abs(sparkDouble - duckdbDouble) <= tolerance * scale;
    }
    return Objects.equals(sparkValue, duckdbValue);
  }

  /** Whole numbers as Long, decimals as Double, lists as List, everything else as its text. */
  static Object normalize(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof Byte
        || value instanceof Short
        || value instanceof Integer
        || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger bigInteger) {
      return bigInteger.longValueExact();
    }
    if (value instanceof Float || value instanceof Double || value instanceof BigDecimal) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Array array) {
      List<Object> elements = new ArrayList<>();
      for (Object element : (Object[]) array.getArray()) {
        elements.add(normalize(element));
      }
      return elements;
    }
    if (value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }

  static Map<String, String> columnTypes(String relation) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery("DESCRIBE " + relation)) {
      while (rows.next()) {
        types.put(rows.getString("column_name"), rows.getString("column_type"));
      }
    }
    return types;
  }

  static long count(String relation) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + relation)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static List<String> duplicateKeys(String relation, List<String> keys) throws SQLException {
    String keyList =
        keys.stream().map(MetricsCrossCheckTest::quote).collect(Collectors.joining(", "));
    List<String> duplicates = new ArrayList<>();
    for (String key :
        queryStrings(
            "SELECT concat_ws(' ', "
                + keyList
                + ") FROM "
                + relation
                + " GROUP BY ALL HAVING count(*) > 1 ORDER BY 1 LIMIT 5")) {
      duplicates.add(relation + ": more than one row for " + key);
    }
    return duplicates;
  }

  static List<String> queryStrings(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
