package fugong.lake;

import fugong.metrics.MetricSchemas;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the lake. Open tables live under {@code OUT/lake/}, where the catalog may point;
 * the restricted table (personal data) lives under {@code OUT/restricted/}, which nothing else
 * reads.
 */
public enum LakeTable {
  FILES("files", LakeSchemas.FILES, false, false),
  RAW_ROWS("raw_rows", LakeSchemas.RAW_ROWS, true, false),
  SUBMISSIONS("submissions", LakeSchemas.SUBMISSIONS, true, false),
  QUARANTINE("quarantine", LakeSchemas.QUARANTINE, true, false),
  WARNINGS("warnings", LakeSchemas.WARNINGS, true, false),
  CONTACTS("contacts", LakeSchemas.CONTACTS, false, true),
  COUNTIES("counties", LakeSchemas.COUNTIES, false, false),
  ASSIGNMENTS("assignments", LakeSchemas.ASSIGNMENTS, false, false),
  ENTERPRISES("enterprises", LakeSchemas.ENTERPRISES, false, false),
  RUNS("runs", LakeSchemas.RUNS, false, false),
  ENTERPRISE_DAILY("enterprise_daily", MetricSchemas.ENTERPRISE_DAILY, true, false),
  COUNTY_DAILY("county_daily", MetricSchemas.COUNTY_DAILY, true, false),
  LEADER_DAILY("leader_daily", MetricSchemas.LEADER_DAILY, true, false),
  CITY_DAILY("city_daily", MetricSchemas.CITY_DAILY, true, false),
  INDUSTRY_DAILY("industry_daily", MetricSchemas.INDUSTRY_DAILY, true, false),
  SCALE_DAILY("scale_daily", MetricSchemas.SCALE_DAILY, true, false),
  CHECKLIST_DAILY("checklist_daily", MetricSchemas.CHECKLIST_DAILY, true, false),
  DIFFICULTY_CASES("difficulty_cases", MetricSchemas.DIFFICULTY_CASES, false, false),
  ALERTS("alerts", MetricSchemas.ALERTS, true, false),
  FORECASTS("forecasts", MetricSchemas.FORECASTS, true, false),
  POWER_BASELINES("power_baselines", PowerSchemas.POWER_BASELINES, false, false),
  POWER_FILES("power_files", LakeSchemas.FILES, false, false),
  METER_READINGS("meter_readings", PowerSchemas.METER_READINGS, true, false),
  POWER_QUARANTINE("power_quarantine", LakeSchemas.QUARANTINE, true, false),
  POWER_READINGS("power_readings", PowerSchemas.POWER_READINGS, true, false),
  POWER_DAILY("power_daily", PowerSchemas.POWER_DAILY, true, false),
  POWER_FLAGS("power_flags", PowerSchemas.POWER_FLAGS, true, false),
  RESUMPTION_FLOWS("resumption_flows", MetricSchemas.RESUMPTION_FLOWS, true, false),
  REVISIONS("revisions", MetricSchemas.REVISIONS, false, false);

  /** The column tables are partitioned by, when they are. */
  public static final String PARTITION_COLUMN = "report_date";

  private final String tableName;
  private final StructType schema;
  private final boolean partitionedByDate;
  private final boolean restricted;

  LakeTable(String tableName, StructType schema, boolean partitionedByDate, boolean restricted) {
    this.tableName = tableName;
    this.schema = schema;
    this.partitionedByDate = partitionedByDate;
    this.restricted = restricted;
  }

  public String tableName() {
    return tableName;
  }

  public StructType schema() {
    return schema;
  }

  public boolean partitionedByDate() {
    return partitionedByDate;
  }

  public boolean restricted() {
    return restricted;
  }
}
