package fugong.catalog;

import java.util.List;

/** The columns and rows of a query, cells as the text DuckDB gives (null for SQL NULL). */
public record QueryResult(List<String> columns, List<List<String>> rows) {}
