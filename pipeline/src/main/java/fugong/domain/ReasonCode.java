package fugong.domain;

/**
 * Why a row is quarantined (DOMAIN.md §3.1). The names are stable identifiers that analysts and
 * scripts filter on; the explanations are what a county clerk reads.
 */
public enum ReasonCode {
  BAD_USCC_CHECKSUM(
      "统一社会信用代码格式或校验位错误，请核对18位代码",
      "the credit code is not 18 valid characters or its check digit is wrong"),
  UNKNOWN_ENTERPRISE("企业不在本县市区的企业名录中", "the enterprise is not in the registry"),
  COUNTY_MISMATCH("县市区与本文件的县市区不一致", "the county does not match the file's county"),
  DATE_MISMATCH("填报日期与文件名中的日期不一致", "the report date differs from the file name's date"),
  MISSING_REQUIRED("必填项为空", "a required cell is empty"),
  NEGATIVE_VALUE("数值不能为负数", "the number must not be negative"),
  BAD_NUMBER("不是有效的数字（人数须为整数）", "not a valid number (head counts must be whole numbers)"),
  BAD_DATE("不是有效的日期（如 2020-03-01）", "not a real date (write e.g. 2020-03-01)"),
  RESUMED_ON_AFTER_REPORT_DATE("复工日期晚于填报日期", "the resumption date is after the report date"),
  UNKNOWN_DIFFICULTY("困难类型不在规定的D1–D9之内", "the difficulty is not one of D1–D9"),
  CONFLICTING_DUPLICATE(
      "同一企业在本文件中有多行且内容不同", "the enterprise appears in more than one row with different contents"),
  BAD_VALUE("只能填写 是/否", "only yes/no (是/否) is allowed"),
  NOT_RESUMED_WITH_VALUES(
      "未复工企业不应填写到岗人数或产值", "a not-resumed enterprise reports staff on duty or output"),
  /**
   * The row does not line up with the header: a non-empty cell right of the header's last column,
   * or (CSV) fewer fields than the header. Its cells may have shifted, so none is trusted: the
   * quarantine row carries file, row and reason only; the cells as read are kept in the restricted
   * area.
   */
  ROW_WIDTH_MISMATCH(
      "本行列数与表头不一致（多出或缺少单元格，常见原因是单元格内有未加引号的逗号），整行未采用，请核对后重报",
      "the row does not line up with the header (a cell too many or too few, often an unquoted"
          + " comma); none of its cells is used");

  private final String chineseExplanation;
  private final String englishExplanation;

  ReasonCode(String chineseExplanation, String englishExplanation) {
    this.chineseExplanation = chineseExplanation;
    this.englishExplanation = englishExplanation;
  }

  public String chineseExplanation() {
    return chineseExplanation;
  }

  public String englishExplanation() {
    return englishExplanation;
  }
}
