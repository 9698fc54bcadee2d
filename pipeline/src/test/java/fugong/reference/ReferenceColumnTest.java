package fugong.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceColumnTest {
  private static <C extends Enum<C> & ReferenceColumn> List<String> headers(Class<C> type) {
    return Arrays.stream(type.getEnumConstants()).map(ReferenceColumn::header).toList();
  }

  private static <C extends Enum<C> & ReferenceColumn> List<C> required(Class<C> type) {
    return Arrays.stream(type.getEnumConstants()).filter(ReferenceColumn::required).toList();
  }

  @Test
  void theHeadersAreThoseOfDomainSectionTwo() {
    assertThat(String.join(",", headers(CountyColumn.class))).isEqualTo("县市区代码,县市区名称");
    assertThat(String.join(",", headers(AssignmentColumn.class)))
        .isEqualTo("局领导,县市区,责任科室,valid_from,valid_to");
    assertThat(String.join(",", headers(EnterpriseColumn.class)))
        .isEqualTo("统一社会信用代码,企业名称,县市区代码,行业代码,是否规上,是否重点企业,是否环保白名单,正常用工人数,正常日产值(万元)");
  }

  @Test
  void eachFileRequiresItsKeyColumnsOnly() {
    assertThat(required(CountyColumn.class)).containsExactly(CountyColumn.CODE, CountyColumn.NAME);
    // the published annex has no dates; a registry without 重点/白名单 columns reads them as 否
    assertThat(required(AssignmentColumn.class))
        .containsExactly(AssignmentColumn.LEADER, AssignmentColumn.COUNTY);
    assertThat(required(EnterpriseColumn.class))
        .containsExactly(
            EnterpriseColumn.USCC,
            EnterpriseColumn.NAME,
            EnterpriseColumn.COUNTY_CODE,
            EnterpriseColumn.INDUSTRY_CODE,
            EnterpriseColumn.ABOVE_SCALE,
            EnterpriseColumn.NORMAL_EMPLOYEES,
            EnterpriseColumn.NORMAL_DAILY_OUTPUT);
  }

  @Test
  void everyHeaderAndAliasSelectsItsColumn() {
    for (CountyColumn column : CountyColumn.values()) {
      column
          .names()
          .forEach(name -> assertThat(CountyColumn.byHeader(name)).as(name).contains(column));
    }
    for (AssignmentColumn column : AssignmentColumn.values()) {
      column
          .names()
          .forEach(name -> assertThat(AssignmentColumn.byHeader(name)).as(name).contains(column));
    }
    for (EnterpriseColumn column : EnterpriseColumn.values()) {
      column
          .names()
          .forEach(name -> assertThat(EnterpriseColumn.byHeader(name)).as(name).contains(column));
    }
    assertThat(CountyColumn.NAME.names()).containsExactly("县市区名称", "county_name");
    assertThat(AssignmentColumn.COUNTY.names()).containsExactly("县市区", "分包县市区", "county");
  }

  @Test
  void aliasesAsTheAnnexAndTheBureauWriteThem() {
    assertThat(AssignmentColumn.byHeader("分包县市区")).contains(AssignmentColumn.COUNTY);
    assertThat(AssignmentColumn.byHeader("生效日期")).contains(AssignmentColumn.VALID_FROM);
    assertThat(AssignmentColumn.byHeader("失效日期")).contains(AssignmentColumn.VALID_TO);
    assertThat(AssignmentColumn.byHeader("Leader")).contains(AssignmentColumn.LEADER);
    assertThat(EnterpriseColumn.byHeader("正常日产值（万元）"))
        .contains(EnterpriseColumn.NORMAL_DAILY_OUTPUT);
    assertThat(EnterpriseColumn.byHeader(" 统一社会 信用代码 ")).contains(EnterpriseColumn.USCC);
    assertThat(EnterpriseColumn.byHeader("USCC")).contains(EnterpriseColumn.USCC);
    assertThat(CountyColumn.byHeader("County_Code")).contains(CountyColumn.CODE);
  }

  @Test
  void aHeaderOfAnotherFileOrNoneSelectsNothing() {
    // 县市区 names the county of an assignment, not a column of counties.csv
    assertThat(CountyColumn.byHeader("县市区")).isEmpty();
    assertThat(EnterpriseColumn.byHeader("局领导")).isEmpty();
    assertThat(AssignmentColumn.byHeader("县市区代码")).isEmpty();
    assertThat(EnterpriseColumn.byHeader("")).isEmpty();
    assertThat(EnterpriseColumn.byHeader("正常日产值")).isEmpty();
  }
}
