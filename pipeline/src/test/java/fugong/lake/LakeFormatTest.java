package fugong.lake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.spark.LocalSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lake whose amounts are doubles (written before issue 14) is refused with the way forward. */
class LakeFormatTest {
  @TempDir Path out;

  @Test
  void aLakeWithAmountsAsDoublesIsRefusedNamingANewOutputFolderAsTheWayForward() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    StructType old =
        new StructType()
            .add("uscc", DataTypes.StringType)
            .add("output_value", DataTypes.DoubleType)
            .add("report_date", DataTypes.DateType);
    String location = Lake.versionLocation(LakeTable.SUBMISSIONS, "20200301T000000Z-0001");
    LocalSpark.session()
        .createDataFrame(List.of(RowFactory.create("A", 2.88, LocalDate.of(2020, 3, 1))), old)
        .write()
        .partitionBy("report_date")
        .parquet(lake.absolute(location).toString());
    PublishedState state =
        new PublishedState(1, "20200301T000000Z-0001", Map.of(LakeTable.SUBMISSIONS, location));

    assertThatThrownBy(() -> lake.requireCurrentFormat(state))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining("stored amounts (万元, m²) as doubles")
        .hasMessageContaining("into a new output folder")
        .satisfies(
            failure ->
                org.assertj.core.api.Assertions.assertThat(((FugongException) failure).code())
                    .isEqualTo(ErrorCode.USAGE));
  }

  @Test
  void aLakeWithDecimalAmountsOrNoSubmissionsYetIsAccepted() {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    assertThatCode(() -> lake.requireCurrentFormat(PublishedState.empty()))
        .doesNotThrowAnyException();
    String location =
        lake.write(
            LakeTable.SUBMISSIONS,
            LocalSpark.rows(
                LakeSchemas.SUBMISSIONS,
                LocalSpark.row(
                    "uscc",
                    "A",
                    "output_value",
                    new BigDecimal("2.88"),
                    "report_date",
                    LocalDate.of(2020, 3, 1))),
            "20200301T000000Z-0002");
    assertThatCode(
            () ->
                lake.requireCurrentFormat(
                    new PublishedState(
                        1, "20200301T000000Z-0002", Map.of(LakeTable.SUBMISSIONS, location))))
        .doesNotThrowAnyException();
  }
}
