package fugong.generate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a generated submission: text, a number or a date. CSV writers spell numbers and dates
 * as text; the XLSX writer makes numeric cells and (in some counties) real Excel dates.
 */
record GeneratedCell(Kind kind, String text, BigDecimal number, LocalDate date) {
  enum Kind {
    TEXT,
    NUMBER,
    DATE
  }

  static final GeneratedCell EMPTY = new GeneratedCell(Kind.TEXT, "", null, null);

  /**
   * The cells of 0 to 15, made once: most head counts are small (cells are immutable, so rows share
   * them).
   */
  private static final GeneratedCell[] SMALL_NUMBERS = smallNumbers();

  static GeneratedCell text(String text) {
    return new GeneratedCell(Kind.TEXT, text, null, null);
  }

  static GeneratedCell number(long value) {
    if (value >= 0 && value < SMALL_NUMBERS.length) {
      return SMALL_NUMBERS[(int) value];
    }
    return new GeneratedCell(Kind.NUMBER, null, BigDecimal.valueOf(value), null);
  }

  static GeneratedCell number(BigDecimal value) {
    return new GeneratedCell(Kind.NUMBER, null, value, null);
  }

  static GeneratedCell date(LocalDate date) {
    return new GeneratedCell(Kind.DATE, null, null, date);
  }

  private static GeneratedCell[] smallNumbers() {
    GeneratedCell[] cells = new GeneratedCell[16];
    for (int value = 0; value < cells.length; value++) {
      cells[value] = new GeneratedCell(Kind.NUMBER, null, BigDecimal.valueOf(value), null);
    }
    return cells;
  }

  boolean isEmpty() {
    return kind == Kind.TEXT && text.isEmpty();
  }

  /** The cell as a clerk would type it, dates in the given spelling. */
  String asText(DateSpelling dateSpelling) {
    return switch (kind) {
      case TEXT -> text;
      case NUMBER -> number.toPlainString();
      case DATE -> dateSpelling.format(date);
    };
  }
}
