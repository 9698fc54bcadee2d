package fugong.reference;

import fugong.sheet.ColumnNames;
import java.util.Optional;

/** The columns of {@code enterprises.csv} (企业名录, DOMAIN.md §2.3). */
public enum EnterpriseColumn implements ReferenceColumn {
  USCC("统一社会信用代码", true, "uscc"),
  NAME("企业名称", true, "name"),
  COUNTY_CODE("县市区代码", true, "county_code"),
  INDUSTRY_CODE("行业代码", true, "industry_code"),
  ABOVE_SCALE("是否规上", true, "above_scale"),
  KEY_ENTERPRISE("是否重点企业", false, "key_enterprise"),
  ENV_WHITELIST("是否环保白名单", false, "env_whitelist"),
  NORMAL_EMPLOYEES("正常用工人数", true, "normal_employees"),
  NORMAL_DAILY_OUTPUT("正常日产值(万元)", true, "normal_daily_output");

  private static final ColumnNames<EnterpriseColumn> NAMES = ColumnNames.of(EnterpriseColumn.class);

  private final Definition definition;

  EnterpriseColumn(String header, boolean required, String... aliases) {
    this.definition = new Definition(header, required, aliases);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The column a header cell names (NFKC, spaces removed, case-insensitive), if any. */
  public static Optional<EnterpriseColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
