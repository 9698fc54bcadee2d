package fugong.power;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One accepted meter row: an enterprise's consumption on the file's date, and where it was read.
 */
public record PowerReading(
    LocalDate reportDate,
    String countyCode,
    String uscc,
    BigDecimal kilowattHours,
    String sourceFile,
    int sourceRow)
    implements Serializable {}
