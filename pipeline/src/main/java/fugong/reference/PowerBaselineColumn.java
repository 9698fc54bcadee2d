package fugong.reference;

import fugong.sheet.ColumnNames;
import java.util.List;
import java.util.Optional;

/**
 * The columns of {@code power_baseline.csv} (DOMAIN.md §3.2): each enterprise's December-2019 daily
 * mean.
 */
public enum PowerBaselineColumn implements ReferenceColumn {
  USCC("统一社会信用代码", true, "社会信用代码", "信用代码", "uscc"),
  BASELINE("基准日均用电量(千瓦时)", true, "基准日均用电量", "基准用电量(千瓦时)", "baseline_kwh");

  private static final ColumnNames<PowerBaselineColumn> NAMES =
      ColumnNames.of(PowerBaselineColumn.class);

  private final String header;
  private final boolean required;
  private final List<String> aliases;

  PowerBaselineColumn(String header, boolean required, String... aliases) {
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

  public static Optional<PowerBaselineColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
