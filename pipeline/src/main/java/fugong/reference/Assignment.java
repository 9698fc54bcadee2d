package fugong.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A leader's responsibility for a county (领导包县) over a period. {@code validFrom} null means since
 * always; {@code validTo} (inclusive) null means open-ended.
 */
public record Assignment(
    String leader, String countyCode, String section, LocalDate validFrom, LocalDate validTo)
    implements Serializable {
  public Assignment {
    requireNonNull(leader, "leader is null");
    requireNonNull(countyCode, "countyCode is null");
    requireNonNull(section, "section is null");
  }

  public boolean inForceOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
