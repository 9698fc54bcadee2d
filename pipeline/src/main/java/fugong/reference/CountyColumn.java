package fugong.reference;

import fugong.sheet.ColumnNames;
import java.util.Optional;

/** The columns of {@code counties.csv} (DOMAIN.md §2.1). */
public enum CountyColumn implements ReferenceColumn {
  CODE("县市区代码", true, "county_code"),
  NAME("县市区名称", true, "county_name");

  private static final ColumnNames<CountyColumn> NAMES = ColumnNames.of(CountyColumn.class);

  private final Definition definition;

  CountyColumn(String header, boolean required, String... aliases) {
    this.definition = new Definition(header, required, aliases);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The column a header cell names (NFKC, spaces removed, case-insensitive), if any. */
  public static Optional<CountyColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
