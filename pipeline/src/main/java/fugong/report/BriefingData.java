package fugong.report;

import fugong.report.chart.TrendSeries;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one briefing shows, collected from the lake: only what the pages print.
 *
 * @param total the city_daily or leader_daily row of the report date
 * @param counties county_daily rows of the report date for the scope's counties
 * @param trends 14-day resumption-rate series, the scope's total first, then each county
 * @param alerts alert rows of the report date in scope, most severe first
 * @param forecasts forecast rows of the report date for the scope's units
 * @param keyEnterprisesBehind key enterprises furthest behind (enterprise_daily rows with names)
 * @param quarantineReasons per county code: reason code to quarantined rows on the report date
 * @param openCases difficulty cases open on the report date in scope (with days open as of it)
 */
public record BriefingData(
    BriefingScope scope,
    LocalDate reportDate,
    Instant dataAsOf,
    String runId,
    String ruleVersion,
    MetricRow total,
    List<MetricRow> counties,
    List<TrendSeries> trends,
    List<MetricRow> alerts,
    List<MetricRow> forecasts,
    List<MetricRow> keyEnterprisesBehind,
    Map<String, Map<String, Long>> quarantineReasons,
    List<MetricRow> openCases)
    implements Serializable {}
