package fugong.generate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a generated submission: text, a number or a date. CSV writers spell numbers and
 * dates as text; the XLSX writer makes numeric cells and (in some counties) real Excel dates.
 */
record GeneratedCell(Kind kind, String text, BigDecimal number, LocalDate date) {
  enum Kind {
    TEXT,
    NUMBER,
    DATE
  }

  static final GeneratedCell EMPTY = new GeneratedCell(Kind.TEXT, "", null, null);

  static GeneratedCell text(String text) {
    return new GeneratedCell(Kind.TEXT, text, null, null);
  }

  static GeneratedCell number(long value) {
    return new GeneratedCell(Kind.NUMBER, null, BigDecimal.valueOf(value), null);
  }

  static GeneratedCell number(BigDecimal value) {
    return new GeneratedCell(Kind.NUMBER, null, value, null);
  }

  static GeneratedCell date(LocalDate date) {
    return new GeneratedCell(Kind.DATE, null, null, date);
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
