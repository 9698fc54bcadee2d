package fugong.reference;

import fugong.sheet.ColumnNames;
import java.util.List;
import java.util.Optional;

/** The columns of {@code counties.csv} (DOMAIN.md §2.1). */
public enum CountyColumn implements ReferenceColumn {
  CODE("县市区代码", true, "county_code"),
  NAME("县市区名称", true, "county_name");

  private static final ColumnNames<CountyColumn> NAMES = ColumnNames.of(CountyColumn.class);

  private final String header;
  private final boolean required;
  private final List<String> aliases;

  CountyColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.aliases = List.of(aliases);
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** The column a header cell names (NFKC, spaces removed, case-insensitive), if any. */
  public static Optional<CountyColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
