package fugong.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An accepted row, typed. Checklist answers are keyed by item code; absent items (not resumed and
 * left empty) are null. Personal data is not part of it.
 */
public record Submission(
    LocalDate reportDate,
    String countyCode,
    String uscc,
    String name,
    boolean resumed,
    LocalDate resumedOn,
    Long employeesOnDuty,
    BigDecimal outputValue,
    Map<String, Boolean> checklist,
    Long dormRooms,
    Long dormResidents,
    BigDecimal dormAreaSquareMetres,
    long suspected,
    long isolated,
    long confirmed,
    List<String> difficulties,
    String difficultyNote,
    String sourceFile,
    int sourceRow)
    implements Serializable {}
