package fugong.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * A data row exactly as read (cells trimmed, keyed by the header as written, unknown columns
 * kept). Personal cells are split off into {@code reporter} and {@code phone}, which only the
 * restricted area stores.
 */
public record RawRow(int sourceRow, Map<String, String> cells, String reporter, String phone) implements Serializable {}
