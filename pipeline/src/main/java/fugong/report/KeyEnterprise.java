package fugong.report;

import fugong.domain.EnterpriseStatus;
import java.time.LocalDate;

/**
 * A key enterprise behind on the report date: not resumed, or producing under half its normal
 * output.
 */
public record KeyEnterprise(
    LocalDate date,
    String uscc,
    String name,
    String countyCode,
    boolean resumed,
    EnterpriseStatus status,
    Double outputValue,
    Double normalOutput) {
  /** Output as a share of the normal daily output, or null when there is none to compare with. */
  public Double outputShare() {
    return outputValue == null || normalOutput == null || normalOutput == 0
        ? null
        : outputValue / normalOutput;
  }
}
