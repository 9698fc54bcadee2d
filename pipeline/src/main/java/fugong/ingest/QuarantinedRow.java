package fugong.ingest;

import fugong.sheet.Problem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A row that broke a rule: the file name's county and date (whatever its cells say), its physical
 * row, every reason code that applies, the problems in detail and the original cells (personal
 * columns left out).
 */
public record QuarantinedRow(
    LocalDate reportDate,
    String countyCode,
    String uscc,
    String sourceFile,
    int sourceRow,
    List<String> reasons,
    List<Problem> problems,
    Map<String, String> cells)
    implements Serializable {}
