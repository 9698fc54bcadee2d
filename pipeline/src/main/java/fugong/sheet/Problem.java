package fugong.sheet;

import fugong.domain.PersonalDataMask;
import java.io.Serializable;

/**
 * One thing wrong with a cell of a sheet (a county submission, a reference table), as a clerk needs
 * it: file, physical row (0 for the whole file), column header, reason code, the cell text, and
 * what is wrong. {@code warning} problems do not quarantine the row.
 */
public record Problem(
    String file,
    int row,
    String column,
    String code,
    String cell,
    String explanation,
    boolean warning)
    implements Serializable {
  /**
   * The column header, cell and explanation with phone and ID numbers masked: a problem is shown to
   * everyone.
   */
  public Problem {
    column = PersonalDataMask.mask(column);
    cell = PersonalDataMask.mask(cell);
    explanation = PersonalDataMask.mask(explanation);
  }

  /** One line: {@code file:row column CODE "cell" explanation}. */
  public String toLine() {
    return file
        + (row > 0 ? ":" + row : " (whole file)")
        + "\t"
        + (column.isEmpty() ? "-" : column)
        + "\t"
        + (warning ? "WARNING " : "")
        + code
        + "\t\""
        + cell
        + "\"\t"
        + explanation;
  }
}
