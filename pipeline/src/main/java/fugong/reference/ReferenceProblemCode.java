package fugong.reference;

/**
 * Why a row of a reference file is refused (the reason code of its {@link fugong.sheet.Problem}).
 * Stable identifiers; the problem's explanation says what is wrong with the cell.
 */
public enum ReferenceProblemCode {
  /** A county code that is not a 6-digit statistical division code. */
  BAD_COUNTY_CODE,
  /** An empty county or enterprise name. */
  MISSING_NAME,
  /** A county code or an enterprise's credit code written twice. */
  DUPLICATE_KEY,
  /** {@code counties.csv} without a single county. */
  NO_COUNTY_ROWS,
  /** An assignment row without a leader on it or on any row above it. */
  NO_LEADER,
  /** A county (by name or code) that {@code counties.csv} does not list. */
  UNKNOWN_COUNTY,
  /** A validity date that is not a date. */
  BAD_DATE,
  /** A validity period that ends before it starts. */
  PERIOD_ENDS_BEFORE_START,
  /** A county with two leaders on some date. */
  OVERLAPPING_ASSIGNMENT,
  /** A credit code of {@code power_baseline.csv} that the enterprise registry does not list. */
  UNKNOWN_ENTERPRISE,
  /** A credit code that is not 18 valid characters with its GB 32100-2015 check digit. */
  BAD_USCC_CHECKSUM,
  /** An industry code outside the industrial divisions B06–B12, C13–C43, D44–D46. */
  NOT_INDUSTRIAL_DIVISION,
  /** A yes/no cell that is not 是/否. */
  BAD_YES_NO,
  /** A head count or output that is not a number ≥ 0 (head counts whole). */
  BAD_NUMBER
}
