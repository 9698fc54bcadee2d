package fugong.report;

import java.time.LocalDate;

/** Rows of a county's report date quarantined for one reason code. */
public record QuarantineCount(LocalDate date, String countyCode, String reason, long rows) {}
