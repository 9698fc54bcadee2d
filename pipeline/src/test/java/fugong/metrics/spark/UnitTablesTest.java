package fugong.metrics.spark;

import static fugong.metrics.spark.SmallCountyFixture.MARCH_1;
import static fugong.metrics.spark.SmallCountyFixture.MARCH_2;
import static fugong.metrics.spark.SmallCountyFixture.MARCH_3;
import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.domain.ChecklistItem;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five unit tables and checklist_daily rolled up from {@link SmallCountyFixture}'s enterprise
 * days: on 1 March A is fresh and resumed, B unknown; on 2 March A carried, B fresh, both resumed;
 * on 3 March A unknown, B carried.
 */
class UnitTablesTest {
  private static Dataset<Row> sums;
  private static Dataset<Row> county;

  @BeforeAll
  static void compute() {
    sums = UnitTables.sums(SmallCountyFixture.enterpriseDaily());
    StructType statusSchema =
        new StructType()
            .add("county_code", DataTypes.StringType)
            .add("report_date", DataTypes.DateType)
            .add("submission_status", DataTypes.StringType);
    Dataset<Row> status =
        rows(
            statusSchema,
            row("county_code", "131102", "report_date", MARCH_1, "submission_status", "ON_TIME"),
            row("county_code", "131102", "report_date", MARCH_2, "submission_status", "LATE"),
            row("county_code", "131102", "report_date", MARCH_3, "submission_status", "MISSING"),
            row("county_code", "131103", "report_date", MARCH_1, "submission_status", "MISSING"),
            row("county_code", "131103", "report_date", MARCH_2, "submission_status", "MISSING"),
            row("county_code", "131103", "report_date", MARCH_3, "submission_status", "MISSING"));
    county =
        UnitTables.county(
                sums, SmallCountyFixture.counties(), SmallCountyFixture.assignments(), status)
            .cache();
  }

  @AfterAll
  static void release() {
    sums.unpersist();
    county.unpersist();
  }

  private static Row only(Dataset<Row> table, String column, Object value, LocalDate date) {
    Dataset<Row> selected = table.where(col("report_date").equalTo(lit(date)));
    if (column != null) {
      selected = selected.where(col(column).equalTo(lit(value)));
    }
    List<Row> rows = selected.collectAsList();
    assertThat(rows).as(column + " = " + value + " on " + date).hasSize(1);
    return rows.get(0);
  }

  @Test
  void countyCountsAndRatesFromTheSums() {
    Row first = only(county, "county_code", "131102", MARCH_1);
    assertThat(first.<Long>getAs("enterprises")).isEqualTo(2L);
    assertThat(first.<Long>getAs("reported")).isEqualTo(1L);
    assertThat(first.<Long>getAs("unknown")).isEqualTo(1L);
    assertThat(first.<Long>getAs("resumed")).isEqualTo(1L);
    assertThat(first.<Double>getAs("resumption_rate")).isEqualTo(0.5);
    assertThat(first.<Double>getAs("employee_return_rate")).as("8 of A's 10").isEqualTo(0.8);
    assertThat(first.<Double>getAs("full_compliance_rate")).isEqualTo(1.0);
    assertThat(first.<String>getAs("county_name")).isEqualTo("桃城区");
    assertThat(first.<String>getAs("leader")).isEqualTo("张三");
    assertThat(first.<String>getAs("submission_status")).isEqualTo("ON_TIME");

    Row second = only(county, "county_code", "131102", MARCH_2);
    assertThat(second.<Long>getAs("carried")).isEqualTo(1L);
    assertThat(second.<Long>getAs("resumed")).isEqualTo(2L);
    assertThat(second.<Double>getAs("resumption_rate")).isEqualTo(1.0);
    assertThat(second.<Double>getAs("resumption_rate_change_1d")).isEqualTo(0.5);
    assertThat(second.<Double>getAs("employee_return_rate"))
        .as("(8 + 9) / (10 + 4)")
        .isCloseTo(17.0 / 14, within(1e-12));
    assertThat(second.<Double>getAs("capacity_recovery_rate"))
        .as("(9 + 7) / (10 + 2)")
        .isCloseTo(16.0 / 12, within(1e-12));
    assertThat(second.<Long>getAs("assessed")).as("B alone reported fresh").isEqualTo(1L);
    assertThat(second.<Double>getAs("full_compliance_rate")).isEqualTo(0.0);
  }

  @Test
  void aCountyWithoutEnterprisesHasZeroCountsAndNoRates() {
    Row empty = only(county, "county_code", "131103", MARCH_2);
    assertThat(empty.<Long>getAs("enterprises")).isZero();
    assertThat(empty.<Long>getAs("resumed")).isZero();
    assertThat(empty.<Double>getAs("resumption_rate")).isNull();
    assertThat(empty.<String>getAs("leader")).isNull();
    assertThat(empty.<String>getAs("county_name")).isEqualTo("冀州区");
    assertThat(county.count()).as("2 counties × 3 dates").isEqualTo(6);
  }

  @Test
  void leaderCityIndustryAndScale() {
    Row leader = only(UnitTables.leader(sums), "leader", "张三", MARCH_2);
    assertThat(leader.getList(leader.fieldIndex("counties"))).containsExactly("131102");
    assertThat(leader.<Long>getAs("resumed")).isEqualTo(2L);

    Row city = only(UnitTables.city(sums), null, null, MARCH_3);
    assertThat(city.<Long>getAs("enterprises")).isEqualTo(2L);
    assertThat(city.<Long>getAs("resumed")).as("B carried").isEqualTo(1L);
    assertThat(city.<Long>getAs("carried")).isEqualTo(1L);
    assertThat(city.<Long>getAs("unknown")).isEqualTo(1L);

    Row textiles = only(UnitTables.industry(sums), "industry_code", "C17", MARCH_3);
    assertThat(textiles.<Long>getAs("resumed")).isEqualTo(1L);
    assertThat(UnitTables.industry(sums).where(col("report_date").equalTo(lit(MARCH_1))).count())
        .isEqualTo(2);

    Row above = only(UnitTables.scale(sums), "above_scale", true, MARCH_1);
    assertThat(above.<Long>getAs("enterprises")).isEqualTo(1L);
    assertThat(above.<Long>getAs("resumed")).isEqualTo(1L);
    Row below = only(UnitTables.scale(sums), "above_scale", false, MARCH_1);
    assertThat(below.<Long>getAs("resumed")).isZero();
  }

  @Test
  void checklistRowsOnlyWhereSomethingWasAssessed() {
    Dataset<Row> checklist = ChecklistTable.of(county);
    assertThat(checklist.count())
        .as("18 items on 1 and 2 March in 桃城区; nothing assessed on 3 March or in 冀州区")
        .isEqualTo(2L * ChecklistItem.values().length);
    Row w5 = only(checklist.where(col("item_code").equalTo("W5")), null, null, MARCH_2);
    assertThat(w5.<Long>getAs("met")).isZero();
    assertThat(w5.<Long>getAs("assessed")).isEqualTo(1L);
    assertThat(w5.<Double>getAs("rate")).isEqualTo(0.0);
    assertThat(w5.<String>getAs("item_name")).isEqualTo(ChecklistItem.W5.shortName());
    Row h1 = only(checklist.where(col("item_code").equalTo("H1")), null, null, MARCH_1);
    assertThat(h1.<Double>getAs("rate")).isEqualTo(1.0);
    assertThat(h1.<String>getAs("category")).isEqualTo("健康监测");
  }
}
