package fugong.reference;

import fugong.sheet.ColumnNames;
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

  private final Definition definition;

  PowerBaselineColumn(String header, boolean required, String... aliases) {
    this.definition = new Definition(header, required, aliases);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  public static Optional<PowerBaselineColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
