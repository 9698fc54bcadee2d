package fugong.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of a metric table as the report reads it: column name to value. */
public record MetricRow(Map<String, Object> values) implements Serializable {
  public MetricRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Double rate(String column) {
    Object value = values.get(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  public long count(String column) {
    Object value = values.get(column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  public String text(String column) {
    Object value = values.get(column);
    return value == null ? "" : value.toString();
  }

  public LocalDate date(String column) {
    Object value = values.get(column);
    return value == null ? null : (LocalDate) value;
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String column) {
    Object value = values.get(column);
    return value == null ? List.of() : (List<String>) value;
  }
}
