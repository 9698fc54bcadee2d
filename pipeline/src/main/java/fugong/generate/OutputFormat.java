package fugong.generate;

/**
 * Which file formats the generated submissions use.
 *
 * <ul>
 *   <li>{@link #MIXED}: each county its own format (UTF-8, UTF-8 with BOM or GB18030 CSV, XLSX,
 *       XLSX with a title row; see {@link CountyStyle}), as county bureaus send them.
 *   <li>{@link #CSV}: every file plain UTF-8 CSV with {@code \n} line ends, for benchmarks where
 *       writing workbooks would dominate. Each county keeps its header spelling, column order,
 *       extra column, 县市区 cell, yes/no and date spellings; it loses its encoding, the title row and
 *       numeric or Excel date cells (dates are written in the county's date spelling). The scenario
 *       extras are the same as with {@link #MIXED}, including the unreadable {@code .xlsx}.
 * </ul>
 */
public enum OutputFormat {
  MIXED,
  CSV
}
