package fugong.metrics.spark;

import static fugong.metrics.spark.SmallCountyFixture.MARCH_1;
import static fugong.metrics.spark.SmallCountyFixture.MARCH_2;
import static fugong.metrics.spark.SmallCountyFixture.MARCH_3;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The carry-forward and every enterprise-day figure, on {@link SmallCountyFixture}. */
class EnterpriseDailyTableTest {
  private static final Map<String, Row> ROWS = new HashMap<>();

  @BeforeAll
  static void compute() {
    List<Row> rows = SmallCountyFixture.enterpriseDaily().collectAsList();
    assertThat(rows).as("2 enterprises × 3 dates").hasSize(6);
    for (Row row : rows) {
      ROWS.put(row.<String>getAs("uscc") + " " + row.getAs("report_date"), row);
    }
  }

  private static Row of(String uscc, LocalDate date) {
    return ROWS.get(uscc + " " + date);
  }

  @Test
  void aReportIsFreshOnItsDateCarriedWithinTheWindowAndUnknownAfter() {
    assertThat(of("A", MARCH_1).<String>getAs("status")).isEqualTo("FRESH");
    assertThat(of("A", MARCH_2).<String>getAs("status")).isEqualTo("CARRIED");
    assertThat(of("A", MARCH_2).<LocalDate>getAs("source_report_date")).isEqualTo(MARCH_1);
    assertThat(of("A", MARCH_3).<String>getAs("status"))
        .as("2-day window: 1 March is too old on 3 March")
        .isEqualTo("UNKNOWN");
    assertThat(of("B", MARCH_1).<String>getAs("status")).isEqualTo("UNKNOWN");
    assertThat(of("B", MARCH_2).<String>getAs("status")).isEqualTo("FRESH");
    assertThat(of("B", MARCH_3).<String>getAs("status")).isEqualTo("CARRIED");
  }

  @Test
  void carriedRowsKeepTheValuesButAreNotAssessedNorCountCases() {
    Row carried = of("A", MARCH_2);
    assertThat(carried.<Boolean>getAs("resumed")).isTrue();
    assertThat(carried.<Long>getAs("employees_on_duty")).isEqualTo(8L);
    assertThat(carried.<java.math.BigDecimal>getAs("output_value")).isEqualByComparingTo("9");
    assertThat(carried.<Boolean>getAs("full_load")).as("9 ≥ 0.9 × 10").isTrue();
    assertThat(carried.<Boolean>getAs("assessed")).isFalse();
    assertThat(carried.<Long>getAs("confirmed")).isZero();
    assertThat(of("A", MARCH_1).<Long>getAs("confirmed")).isEqualTo(1L);
    assertThat(of("A", MARCH_3).<Boolean>getAs("resumed")).isFalse();
    assertThat(of("A", MARCH_3).<Object>getAs("output_value")).isNull();
  }

  @Test
  void checklistAndW5ByTheDormitoryNumbers() {
    Row a = of("A", MARCH_1);
    assertThat(a.<Boolean>getAs("W5")).as("no dormitory numbers: W5 as ticked").isTrue();
    assertThat(a.<Long>getAs("items_met")).isEqualTo(18L);
    assertThat(a.<Boolean>getAs("fully_compliant")).isTrue();
    Row b = of("B", MARCH_2);
    assertThat(b.<Boolean>getAs("w5_by_numbers")).as("7 people in 1 room").isFalse();
    assertThat(b.<Boolean>getAs("W5")).isFalse();
    assertThat(b.<Boolean>getAs("w5_contradicted")).isTrue();
    assertThat(b.<Long>getAs("items_met")).isEqualTo(17L);
    assertThat(b.<Boolean>getAs("assessed")).isTrue();
    assertThat(b.<Boolean>getAs("fully_compliant")).isFalse();
  }

  @Test
  void plausibilityFlagsAndLoad() {
    Row b = of("B", MARCH_2);
    assertThat(b.<Boolean>getAs("on_duty_over_2x")).as("9 > 2 × 4").isTrue();
    assertThat(b.<Boolean>getAs("output_over_3x")).as("7 > 3 × 2").isTrue();
    assertThat(b.<Boolean>getAs("full_load")).isTrue();
    assertThat(b.<Boolean>getAs("reduced")).isFalse();
    assertThat(of("B", MARCH_3).<Boolean>getAs("on_duty_over_2x"))
        .as("only a fresh report is checked")
        .isFalse();
    assertThat(of("A", MARCH_1).<Boolean>getAs("on_duty_over_2x")).isFalse();
  }

  @Test
  void openDifficultiesAndTheLeaderInForce() {
    assertThat(of("A", MARCH_1).<Long>getAs("open_difficulties")).isZero();
    assertThat(of("A", MARCH_2).<Long>getAs("open_difficulties_D1")).isEqualTo(1L);
    assertThat(of("A", MARCH_3).<Long>getAs("open_difficulties")).isEqualTo(1L);
    assertThat(of("B", MARCH_2).<Long>getAs("open_difficulties")).isZero();
    assertThat(ROWS.values())
        .allSatisfy(row -> assertThat(row.<String>getAs("leader")).isEqualTo("张三"));
    assertThat(of("A", MARCH_1).<String>getAs("section")).isEqualTo("第一组");
  }
}
