package fugong.report;

/**
 * The rates a briefing shows, with their Chinese names and how to read each from a unit's metrics.
 */
public enum RateMetric {
  RESUMPTION("resumption_rate", "复工率"),
  ABOVE_SCALE_RESUMPTION("above_scale_resumption_rate", "规上复工率"),
  EMPLOYEE_RETURN("employee_return_rate", "到岗率"),
  CAPACITY_RECOVERY("capacity_recovery_rate", "产能恢复率"),
  FULL_COMPLIANCE("full_compliance_rate", "防控措施全部落实率"),
  COVERAGE("coverage", "报送率");

  private final String column;
  private final String label;

  RateMetric(String column, String label) {
    this.column = column;
    this.label = label;
  }

  /** The metric's column name in the lake's unit tables and in forecasts.metric. */
  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  public Double of(UnitMetrics unit) {
    return switch (this) {
      case RESUMPTION -> unit.resumptionRate();
      case ABOVE_SCALE_RESUMPTION -> unit.aboveScaleResumptionRate();
      case EMPLOYEE_RETURN -> unit.employeeReturnRate();
      case CAPACITY_RECOVERY -> unit.capacityRecoveryRate();
      case FULL_COMPLIANCE -> unit.fullComplianceRate();
      case COVERAGE -> unit.coverage();
    };
  }

  /** The metric named by a column, if the briefing knows it. */
  public static java.util.Optional<RateMetric> byColumn(String column) {
    for (RateMetric metric : values()) {
      if (metric.column.equals(column)) {
        return java.util.Optional.of(metric);
      }
    }
    return java.util.Optional.empty();
  }
}
