package fugong.power;

import fugong.sheet.ColumnNames;
import fugong.sheet.SheetColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a county power supply company's daily meter file (DOMAIN.md §3.2), with the
 * aliases accepted. Every column is required; other columns of the file are ignored and never
 * stored (a meter file may carry a meter reader's name or telephone).
 */
public enum PowerColumn implements SheetColumn {
  USCC("统一社会信用代码", "社会信用代码", "信用代码", "uscc"),
  DATE("日期", "用电日期", "抄表日期", "date"),
  KILOWATT_HOURS("日用电量(千瓦时)", "日用电量", "用电量(千瓦时)", "用电量", "日用电量(kWh)", "kwh");

  private static final ColumnNames<PowerColumn> NAMES = ColumnNames.of(PowerColumn.class);

  private final String header;
  private final List<String> aliases;

  PowerColumn(String header, String... aliases) {
    this.header = header;
    this.aliases = List.of(aliases);
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(header);
    names.addAll(aliases);
    return names;
  }

  /** The column a header cell names, if any. */
  public static Optional<PowerColumn> byHeader(String headerCell) {
    return NAMES.find(headerCell);
  }
}
