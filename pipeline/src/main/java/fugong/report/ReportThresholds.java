package fugong.report;

import java.io.Serializable;

/**
 * Red/amber/green thresholds of the ranking table and the caveat for thin denominators.
 *
 * @param resumptionGreen resumption rate at or above which a county is green (default 0.90)
 * @param resumptionAmber … amber (default 0.70), red below
 * @param complianceGreen full compliance rate green (default 0.95)
 * @param complianceAmber … amber (default 0.80, the alert threshold)
 * @param capacityGreen capacity recovery green (default 0.80)
 * @param capacityAmber … amber (default 0.60)
 * @param minimumDenominator a rate resting on fewer enterprises than this is marked with a caveat
 *     (default 10)
 */
public record ReportThresholds(
    double resumptionGreen,
    double resumptionAmber,
    double complianceGreen,
    double complianceAmber,
    double capacityGreen,
    double capacityAmber,
    long minimumDenominator)
    implements Serializable {
  public static ReportThresholds defaults() {
    return new ReportThresholds(0.90, 0.70, 0.95, 0.80, 0.80, 0.60, 10);
  }
}
