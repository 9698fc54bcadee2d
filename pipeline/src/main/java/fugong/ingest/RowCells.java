package fugong.ingest;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one row by header, in header order, as an immutable map that costs little memory:
 * the keys are one array shared by every row of a file (a null key leaves its column out), the
 * values are the row's own. A raw row of a 200,000-row file is one of 200,000; a hash map per row
 * cost about ten times as much.
 */
final class RowCells extends AbstractMap<String, String> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] keys;
  private final String[] values;
  private final int size;

  /**
   * @param keys the column names, shared; null for a column left out
   * @param values the cells, one per key (those of left-out columns are ignored)
   * @param size how many keys are not null
   */
  RowCells(String[] keys, String[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** Whether {@code other} names its cells by the same shared keys (the same file's header). */
  boolean sharesKeysWith(RowCells other) {
    return keys == other.keys;
  }

  /** The names of the cells, in header order (left-out columns skipped). */
  List<String> names() {
    return present(keys);
  }

  /** The cells, in the order of {@link #names()}. */
  List<String> cells() {
    return present(values);
  }

  /** The entries of {@code items} whose key is not null, in order. */
  private List<String> present(String[] items) {
    List<String> kept = new ArrayList<>(size);
    for (int index = 0; index < keys.length; index++) {
      if (keys[index] != null) {
        kept.add(items[index]);
      }
    }
    return kept;
  }

  @Override
  public String get(Object key) {
    for (int index = 0; index < keys.length; index++) {
      if (keys[index] != null && keys[index].equals(key)) {
        return values[index];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int index = from;
            while (index < keys.length && keys[index] == null) {
              index++;
            }
            return index;
          }

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<String, String> entry = Map.entry(keys[next], values[next]);
            next = advance(next + 1);
            return entry;
          }
        };
      }
    };
  }
}
