package fugong.reference;

import fugong.sheet.SheetColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of a reference file (DOMAIN.md §2): its header, the other names it accepts, and whether
 * the file's header row must name it. Each file declares its columns once, as an enum whose
 * constants each hold a {@link Definition}.
 */
public interface ReferenceColumn extends SheetColumn {
  /** The header, whether it is required and its aliases, as the enum constant declares them. */
  Definition definition();

  @Override
  default String header() {
    return definition().header();
  }

  /** Whether the header row must name this column; a file without it is refused whole. */
  default boolean required() {
    return definition().required();
  }

  /** The other names accepted for the header (the English field name among them). */
  default List<String> aliases() {
    return definition().aliases();
  }

  /** The header, then the aliases. */
  @Override
  default List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(header());
    names.addAll(aliases());
    return names;
  }

  /**
   * What a reference column declares: its standard header, whether the header row must name it, and
   * the other names accepted for it.
   */
  record Definition(String header, boolean required, List<String> aliases) {
    public Definition(String header, boolean required, String... aliases) {
      this(header, required, List.of(aliases));
    }
  }
}
