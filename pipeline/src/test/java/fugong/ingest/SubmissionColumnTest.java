package fugong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.ChecklistItem;
import org.junit.jupiter.api.Test;

class SubmissionColumnTest {

  @Test
  void fullWidthAndHalfWidthParenthesesNameTheSameColumn() {
    assertThat(SubmissionColumn.byHeader("当日产值（万元）")).contains(SubmissionColumn.OUTPUT_VALUE);
    assertThat(SubmissionColumn.byHeader("当日产值(万元)")).contains(SubmissionColumn.OUTPUT_VALUE);
    assertThat(SubmissionColumn.byHeader(" 当日产值 ( 万元 ) ")).contains(SubmissionColumn.OUTPUT_VALUE);
  }

  @Test
  void dormitoryAreaHeaderWithTheSquareMetreSign() {
    assertThat(SubmissionColumn.byHeader("宿舍面积(㎡)")).contains(SubmissionColumn.DORM_AREA_M2);
    assertThat(SubmissionColumn.byHeader("宿舍面积（㎡）")).contains(SubmissionColumn.DORM_AREA_M2);
    assertThat(SubmissionColumn.byHeader("宿舍面积(m2)")).contains(SubmissionColumn.DORM_AREA_M2);
  }

  @Test
  void checklistHeadersByShortNameAndByCode() {
    for (ChecklistItem item : ChecklistItem.values()) {
      SubmissionColumn column = SubmissionColumn.valueOf(item.code());
      assertThat(SubmissionColumn.byHeader(item.shortName())).as(item.shortName()).contains(column);
      assertThat(SubmissionColumn.byHeader(item.code())).as(item.code()).contains(column);
      assertThat(SubmissionColumn.byHeader(item.code().toLowerCase(java.util.Locale.ROOT)))
          .contains(column);
      assertThat(column.checklistItem()).contains(item);
    }
    assertThat(SubmissionColumn.byHeader("减少聚集,宿舍每间≤6人、人均≥2.5m2")).contains(SubmissionColumn.W5);
    assertThat(SubmissionColumn.byHeader("通风换气(空调排风直排室外)")).contains(SubmissionColumn.W2);
    assertThat(SubmissionColumn.checklistColumns()).hasSize(18);
  }

  @Test
  void aliasesAndFieldNames() {
    assertThat(SubmissionColumn.byHeader("报送日期")).contains(SubmissionColumn.REPORT_DATE);
    assertThat(SubmissionColumn.byHeader("report_date")).contains(SubmissionColumn.REPORT_DATE);
    assertThat(SubmissionColumn.byHeader("县(市、区)")).contains(SubmissionColumn.COUNTY);
    assertThat(SubmissionColumn.byHeader("手机")).contains(SubmissionColumn.PHONE);
    assertThat(SubmissionColumn.byHeader("备注")).isEmpty();
    assertThat(SubmissionColumn.PHONE.isPersonal()).isTrue();
    assertThat(SubmissionColumn.REPORTER.isPersonal()).isTrue();
    assertThat(SubmissionColumn.NAME.isPersonal()).isFalse();
  }
}
