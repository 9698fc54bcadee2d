package fugong.sheet;

import fugong.domain.TextNormalizer;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a closed set a header cell names. Names match after NFKC with spaces removed,
 * case-insensitively ({@link #key}): {@code 正常日产值（万元）}, {@code 正常日产值(万元)} and {@code USCC} / {@code
 * uscc} are the same name.
 */
public final class ColumnNames<C extends Enum<C> & SheetColumn> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, C> byKey;

  private ColumnNames(Map<String, C> byKey) {
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /**
   * The names of every column of an enum; a name that selects two columns is a programming error.
   */
  public static <C extends Enum<C> & SheetColumn> ColumnNames<C> of(Class<C> type) {
    Map<String, C> byKey = new HashMap<>();
    for (C column : type.getEnumConstants()) {
      for (String name : column.names()) {
        C previous = byKey.put(key(name), column);
        if (previous != null && previous != column) {
          throw new IllegalStateException(
              "header " + name + " names both " + previous + " and " + column);
        }
      }
    }
    return new ColumnNames<>(byKey);
  }

  /** The column a header cell names exactly (after normalisation), if any. */
  public Optional<C> find(String headerCell) {
    return Optional.ofNullable(byKey.get(key(headerCell)));
  }

  /** A header cell as compared: NFKC, spaces removed, lower case. */
  public static String key(String headerCell) {
    return TextNormalizer.key(headerCell).toLowerCase(Locale.ROOT);
  }
}
