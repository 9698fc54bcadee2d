package fugong.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** One enterprise of the registry (企业名录, DOMAIN.md §2.3). */
public record Enterprise(
    String uscc,
    String name,
    String countyCode,
    String industryCode,
    boolean aboveScale,
    boolean keyEnterprise,
    boolean environmentalWhitelist,
    long normalEmployees,
    BigDecimal normalDailyOutput)
    implements Serializable {
  public Enterprise {
    requireNonNull(uscc, "uscc is null");
    requireNonNull(name, "name is null");
    requireNonNull(countyCode, "countyCode is null");
    requireNonNull(industryCode, "industryCode is null");
    requireNonNull(normalDailyOutput, "normalDailyOutput is null");
    // the amount's value, whatever its written scale ("4.0" and "4" are the same enterprise)
    normalDailyOutput = normalDailyOutput.stripTrailingZeros();
    if (normalDailyOutput.scale() < 0) {
      normalDailyOutput = normalDailyOutput.setScale(0);
    }
  }
}
