package fugong.metrics.spark;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.LakeSchemas;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * On time, late and missing by the 20:00 deadline (Asia/Shanghai): 桃城区's file arrived at 19:59:59,
 * 冀州区's first file at 20:00:01 and a second version later, 枣强县's never.
 */
class SubmissionStatusTableTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

  private static Dataset<Row> files() {
    return rows(
        LakeSchemas.FILES,
        row(
            "source_file",
            "131102_20200301.csv",
            "county_code",
            "131102",
            "report_date",
            DAY,
            "arrived_at",
            Instant.parse("2020-03-01T11:59:59Z"),
            "status",
            "READ",
            "rows_read",
            10L,
            "is_current",
            true),
        row(
            "source_file",
            "131103_20200301.csv",
            "county_code",
            "131103",
            "report_date",
            DAY,
            "arrived_at",
            Instant.parse("2020-03-01T12:00:01Z"),
            "status",
            "READ",
            "rows_read",
            4L,
            "is_current",
            false),
        row(
            "source_file",
            "131103_20200301_v2.csv",
            "county_code",
            "131103",
            "report_date",
            DAY,
            "arrived_at",
            Instant.parse("2020-03-01T13:00:00Z"),
            "status",
            "READ",
            "rows_read",
            5L,
            "is_current",
            true),
        row("source_file", "notes.txt", "status", "REJECTED", "is_current", false));
  }

  @Test
  void statusRowsAndQuarantineSharePerCounty() {
    Dataset<Row> counties =
        rows(
            LakeSchemas.COUNTIES,
            row("county_code", "131102", "county_name", "桃城区"),
            row("county_code", "131103", "county_name", "冀州区"),
            row("county_code", "131121", "county_name", "枣强县"));
    Dataset<Row> quarantine =
        rows(
            LakeSchemas.QUARANTINE,
            row("county_code", "131102", "report_date", DAY, "source_row", 3),
            row("county_code", "131102", "report_date", DAY, "source_row", 7));
    Dataset<Row> dates = SubmissionStatusTable.reportDates(files());
    assertThat(dates.collectAsList()).as("the unnamed file has no date").hasSize(1);

    Map<String, Row> byCounty = new HashMap<>();
    for (Row row :
        SubmissionStatusTable.of(LocalTime.of(20, 0), counties, dates, files(), quarantine)
            .collectAsList()) {
      byCounty.put(row.getAs("county_code"), row);
    }
    assertThat(byCounty).hasSize(3);
    Row taocheng = byCounty.get("131102");
    assertThat(taocheng.<String>getAs("submission_status")).isEqualTo("ON_TIME");
    assertThat(taocheng.<Long>getAs("rows_read")).isEqualTo(10L);
    assertThat(taocheng.<Long>getAs("quarantined_rows")).isEqualTo(2L);
    assertThat(taocheng.<Double>getAs("quarantined_share")).isEqualTo(0.2);
    Row jizhou = byCounty.get("131103");
    assertThat(jizhou.<String>getAs("submission_status"))
        .as("judged by the first arrival")
        .isEqualTo("LATE");
    assertThat(jizhou.<Instant>getAs("first_arrival"))
        .isEqualTo(Instant.parse("2020-03-01T12:00:01Z"));
    assertThat(jizhou.<Long>getAs("rows_read")).as("of the current file").isEqualTo(5L);
    assertThat(jizhou.<Double>getAs("quarantined_share")).isEqualTo(0.0);
    Row zaoqiang = byCounty.get("131121");
    assertThat(zaoqiang.<String>getAs("submission_status")).isEqualTo("MISSING");
    assertThat(zaoqiang.<Long>getAs("rows_read")).isZero();
    assertThat(zaoqiang.<Double>getAs("quarantined_share")).as("nothing read").isNull();
  }

  @Test
  void theDeadlineItselfIsOnTime() {
    Dataset<Row> counties =
        rows(LakeSchemas.COUNTIES, row("county_code", "131102", "county_name", "桃城区"));
    StructType dateSchema = new StructType().add("report_date", DataTypes.DateType);
    Dataset<Row> status =
        SubmissionStatusTable.of(
            LocalTime.of(19, 59, 59),
            counties,
            rows(dateSchema, row("report_date", DAY)),
            files(),
            rows(LakeSchemas.QUARANTINE));
    assertThat(status.first().<String>getAs("submission_status")).isEqualTo("ON_TIME");
  }
}
