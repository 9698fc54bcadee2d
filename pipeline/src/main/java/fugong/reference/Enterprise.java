package fugong.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

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
    double normalDailyOutput)
    implements Serializable {
  public Enterprise {
    requireNonNull(uscc, "uscc is null");
    requireNonNull(name, "name is null");
    requireNonNull(countyCode, "countyCode is null");
    requireNonNull(industryCode, "industryCode is null");
  }
}
