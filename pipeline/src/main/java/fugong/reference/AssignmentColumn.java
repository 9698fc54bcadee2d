package fugong.reference;

import fugong.sheet.ColumnNames;
import java.util.Optional;

/**
 * The columns of {@code assignments.csv} (领导包县分工表, DOMAIN.md §2.2): the table as the bureau keeps
 * it, or the annex as published ({@code 分包县市区}, no dates).
 */
public enum AssignmentColumn implements ReferenceColumn {
  LEADER("局领导", true, "leader"),
  COUNTY("县市区", true, "分包县市区", "county"),
  SECTION("责任科室", false, "section"),
  VALID_FROM("valid_from", false, "生效日期"),
  VALID_TO("valid_to", false, "失效日期");

  private static final ColumnNames<AssignmentColumn> NAMES = ColumnNames.of(AssignmentColumn.class);

  private final Definition definition;

  AssignmentColumn(String header, boolean required, String... aliases) {
    this.definition = new Definition(header, required, aliases);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The column a header cell names (NFKC, spaces removed, case-insensitive), if any. */
  public static Optional<AssignmentColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
