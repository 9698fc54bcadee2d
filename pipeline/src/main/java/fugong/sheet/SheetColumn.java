package fugong.sheet;

import java.util.List;

/** A column that a header row can name: its standard header and every name that selects it. */
public interface SheetColumn {
  /** The header as the standard form writes it; messages name the column by it. */
  String header();

  /** Every name that selects this column: the header, aliases and field name. */
  List<String> names();
}
