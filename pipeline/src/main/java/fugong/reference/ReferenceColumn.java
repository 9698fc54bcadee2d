package fugong.reference;

import fugong.sheet.SheetColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of a reference file (DOMAIN.md §2): its header, the other names it accepts, and whether
 * the file's header row must name it. Each file declares its columns once, as an enum.
 */
public interface ReferenceColumn extends SheetColumn {
  /** Whether the header row must name this column; a file without it is refused whole. */
  boolean required();

  /** The other names accepted for the header (the English field name among them). */
  List<String> aliases();

  /** The header, then the aliases. */
  @Override
  default List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(header());
    names.addAll(aliases());
    return names;
  }
}
