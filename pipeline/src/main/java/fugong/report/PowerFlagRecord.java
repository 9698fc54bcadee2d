package fugong.report;

import fugong.power.PowerFlagKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of power_flags: an enterprise whose meter contradicts its self-report on a date. No
 * personal data: the table holds none.
 *
 * @param value kWh ÷ baseline, or for {@link PowerFlagKind#OUTPUT_POWER_DIVERGENCE} the gap between
 *     the output ratio and the consumption ratio
 */
public record PowerFlagRecord(
    LocalDate date,
    PowerFlagKind kind,
    String countyCode,
    String countyName,
    String leader,
    String uscc,
    String enterpriseName,
    BigDecimal kilowattHours,
    BigDecimal baselineKilowattHours,
    Double value) {}
