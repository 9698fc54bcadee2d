package fugong.reference;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counties, leader assignments and the enterprise registry: small, broadcast to executors. */
public final class ReferenceData implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CountyDirectory counties;
  private final List<Assignment> assignments;
  private final Map<String, Enterprise> enterprisesByUscc;

  public ReferenceData(
      CountyDirectory counties, List<Assignment> assignments, List<Enterprise> enterprises) {
    this.counties = java.util.Objects.requireNonNull(counties, "counties is null");
    this.assignments = List.copyOf(assignments);
    Map<String, Enterprise> byUscc = new LinkedHashMap<>();
    for (Enterprise enterprise : enterprises) {
      byUscc.put(enterprise.uscc(), enterprise);
    }
    this.enterprisesByUscc = Collections.unmodifiableMap(byUscc);
  }

  public CountyDirectory counties() {
    return counties;
  }

  public List<Assignment> assignments() {
    return assignments;
  }

  public List<Enterprise> enterprises() {
    return List.copyOf(enterprisesByUscc.values());
  }

  public Optional<Enterprise> enterprise(String uscc) {
    return Optional.ofNullable(enterprisesByUscc.get(uscc));
  }

  /** The assignment of a county in force on a date, if any. */
  public Optional<Assignment> assignmentOn(String countyCode, LocalDate date) {
    return assignments.stream()
        .filter(
            assignment -> assignment.countyCode().equals(countyCode) && assignment.inForceOn(date))
        .findFirst();
  }

  public Optional<County> county(String code) {
    return counties.byCode(code);
  }
}
