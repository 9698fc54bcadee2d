package fugong.sheet;

import java.util.List;

/** The rows of a file as read, and how it was read (text encoding, or {@code xlsx}). */
public record Sheet(List<SheetRow> rows, String encoding) {}
