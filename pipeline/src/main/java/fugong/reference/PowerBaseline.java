package fugong.reference;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of {@code power_baseline.csv}: an enterprise of the registry (and its county), its
 * December-2019 daily mean in kWh, and the 1-based physical row it was read from.
 */
public record PowerBaseline(String uscc, String countyCode, BigDecimal kilowattHours, int sourceRow)
    implements Serializable {}
