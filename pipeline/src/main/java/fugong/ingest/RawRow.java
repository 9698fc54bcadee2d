package fugong.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * A data row exactly as read (cells trimmed, keyed by the header as written, unknown columns kept,
 * phone and ID numbers masked). Personal cells are split off into {@code reporter} and {@code
 * phone}, which only the restricted area stores. A row that does not line up with the header
 * (ROW_WIDTH_MISMATCH) has no open {@code cells}: its cells as read, unmasked, are {@code
 * untrustedCells}, also stored only in the restricted area; null for every other row.
 */
public record RawRow(
    int sourceRow,
    Map<String, String> cells,
    String reporter,
    String phone,
    Map<String, String> untrustedCells)
    implements Serializable {}
