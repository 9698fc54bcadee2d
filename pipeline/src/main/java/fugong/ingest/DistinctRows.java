package fugong.ingest;

import fugong.domain.UsccRules;
import fugong.sheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The data rows of one file after identical copies are collapsed (DOMAIN.md §3.1: a row equal in
 * every kept cell to an earlier one is counted as collapsed, not validated again), with the rows
 * left for each enterprise, so conflicting duplicates can be told apart. Used by submission and
 * meter files alike.
 *
 * @param rows the first copy of each distinct row, in file order
 * @param collapsed how many later identical copies were dropped
 * @param rowsByUscc the physical rows of each normalized USCC among {@code rows} (blank USCCs are
 *     left out)
 */
public record DistinctRows(
    List<SheetRow> rows, int collapsed, Map<String, List<Integer>> rowsByUscc) {

  /**
   * Collapses {@code dataRows} by {@code signature} and indexes what is left by the USCC {@code
   * uscc} reads from a row.
   */
  public static DistinctRows of(
      List<SheetRow> dataRows,
      Function<SheetRow, List<String>> signature,
      Function<SheetRow, String> uscc) {
    Set<List<String>> seen = new HashSet<>();
    List<SheetRow> distinct = new ArrayList<>();
    int collapsed = 0;
    for (SheetRow row : dataRows) {
      if (seen.add(signature.apply(row))) {
        distinct.add(row);
      } else {
        collapsed++;
      }
    }
    Map<String, List<Integer>> rowsByUscc = new HashMap<>();
    for (SheetRow row : distinct) {
      String normalized = UsccRules.normalize(uscc.apply(row));
      if (!normalized.isEmpty()) {
        rowsByUscc.computeIfAbsent(normalized, key -> new ArrayList<>()).add(row.physicalRow());
      }
    }
    return new DistinctRows(distinct, collapsed, rowsByUscc);
  }

  /** The physical rows left for an enterprise (empty for none). */
  public List<Integer> rowsOf(String normalizedUscc) {
    return rowsByUscc.getOrDefault(normalizedUscc, List.of());
  }
}
