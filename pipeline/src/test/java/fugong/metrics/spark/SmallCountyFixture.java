package fugong.metrics.spark;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;

import fugong.domain.ChecklistItem;
import fugong.lake.LakeSchemas;
import fugong.metrics.MetricSchemas;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A county small enough to check on paper: 桃城区 (131102) with two enterprises and 冀州区 (131103) with
 * none, three report dates (1–3 March 2020), a carry-forward window of 2 days, one leader (张三)
 * assigned to 桃城区 throughout.
 *
 * <ul>
 *   <li>A (above scale, 10 employees, normal output 10): reports on 1 March — resumed, 8 on duty,
 *       output 9 (≥ 0.9 × 10: full load), every checklist item met, 1 confirmed case; a difficulty
 *       D1 opened on 2 March, still open. Carried on 2 March, unknown on 3 March.
 *   <li>B (not above scale, 4 employees, normal output 2): reports on 2 March — resumed, 9 on duty
 *       (over 2 × 4), output 7 (over 3 × 2, and under 0.5 × 2 is false), W5 ticked but 7 people in
 *       1 room of 20 m² (over 6 a room), so W5 is not met and is contradicted; every other item
 *       met. Unknown on 1 March, carried on 3 March.
 * </ul>
 */
final class SmallCountyFixture {
  static final LocalDate MARCH_1 = LocalDate.of(2020, 3, 1);
  static final LocalDate MARCH_2 = LocalDate.of(2020, 3, 2);
  static final LocalDate MARCH_3 = LocalDate.of(2020, 3, 3);
  static final int CARRY_WINDOW_DAYS = 2;

  private SmallCountyFixture() {}

  static Dataset<Row> dates() {
    StructType schema =
        new StructType().add("report_date", org.apache.spark.sql.types.DataTypes.DateType);
    return rows(
        schema,
        row("report_date", MARCH_1),
        row("report_date", MARCH_2),
        row("report_date", MARCH_3));
  }

  static Dataset<Row> counties() {
    return rows(
        LakeSchemas.COUNTIES,
        row("county_code", "131102", "county_name", "桃城区"),
        row("county_code", "131103", "county_name", "冀州区"));
  }

  static Dataset<Row> assignments() {
    return rows(
        LakeSchemas.ASSIGNMENTS, row("leader", "张三", "county_code", "131102", "section", "第一组"));
  }

  static Dataset<Row> enterprises() {
    return rows(
        LakeSchemas.ENTERPRISES,
        row(
            "uscc",
            "A",
            "name",
            "甲公司",
            "county_code",
            "131102",
            "industry_code",
            "C13",
            "above_scale",
            true,
            "key_enterprise",
            true,
            "normal_employees",
            10L,
            "normal_daily_output",
            10.0),
        row(
            "uscc",
            "B",
            "name",
            "乙公司",
            "county_code",
            "131102",
            "industry_code",
            "C17",
            "above_scale",
            false,
            "key_enterprise",
            false,
            "normal_employees",
            4L,
            "normal_daily_output",
            2.0));
  }

  static Dataset<Row> submissions() {
    Map<String, Object> a =
        row(
            "county_code",
            "131102",
            "uscc",
            "A",
            "report_date",
            MARCH_1,
            "resumed",
            true,
            "employees_on_duty",
            8L,
            "output_value",
            9.0,
            "confirmed",
            1L);
    Map<String, Object> b =
        row(
            "county_code",
            "131102",
            "uscc",
            "B",
            "report_date",
            MARCH_2,
            "resumed",
            true,
            "employees_on_duty",
            9L,
            "output_value",
            7.0,
            "dorm_rooms",
            1L,
            "dorm_residents",
            7L,
            "dorm_area_m2",
            20.0);
    for (ChecklistItem item : ChecklistItem.values()) {
      a.put(item.code(), true);
      b.put(item.code(), true);
    }
    return rows(LakeSchemas.SUBMISSIONS, a, b);
  }

  static Dataset<Row> cases() {
    return rows(
        MetricSchemas.DIFFICULTY_CASES,
        row(
            "uscc",
            "A",
            "county_code",
            "131102",
            "code",
            "D1",
            "difficulty_name",
            "员工返岗难",
            "opened_on",
            MARCH_2));
  }

  static Dataset<Row> enterpriseDaily() {
    return EnterpriseDailyTable.of(
        CARRY_WINDOW_DAYS, enterprises(), submissions(), dates(), assignments(), cases());
  }
}
