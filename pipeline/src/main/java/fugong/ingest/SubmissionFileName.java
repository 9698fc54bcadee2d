package fugong.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a submission file: {@code {county_code}_{yyyyMMdd}.csv|xlsx}, or a correction {@code
 * {county_code}_{yyyyMMdd}_v{n}.csv|xlsx} with n ≥ 2. The first file is version 1.
 */
public record SubmissionFileName(
    String countyCode, LocalDate reportDate, int version, String extension)
    implements Serializable {
  private static final Pattern PATTERN =
      Pattern.compile(
          "(\\d{6})_(\\d{8})(?:_[vV](\\d{1,4}))?\\.(csv|xlsx)", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** Parses a bare file name (no folder); empty when it does not follow the pattern. */
  public static Optional<SubmissionFileName> parse(String fileName) {
    Matcher matcher = PATTERN.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(matcher.group(2), BASIC);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
    int version = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
    if (matcher.group(3) != null && version < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new SubmissionFileName(
            matcher.group(1), date, version, matcher.group(4).toLowerCase(Locale.ROOT)));
  }

  public boolean isWorkbook() {
    return extension.equals("xlsx");
  }
}
