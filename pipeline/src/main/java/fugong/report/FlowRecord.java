package fugong.report;

import fugong.metrics.ResumptionFlow;
import java.time.LocalDate;

/**
 * One row of {@code resumption_flows} of the 复工率 of a city or leader: a flow of the day-over-day
 * change, its enterprises and its contribution in points.
 *
 * @param date the report date (the change from the day before)
 * @param unitType city or leader
 * @param unit the city's name or the leader
 * @param flow the flow
 * @param enterprises the enterprises in it
 * @param points its contribution in percentage points (null without a rate on either day)
 * @param moved whether it changed the resumed count or the population at all
 */
public record FlowRecord(
    LocalDate date,
    String unitType,
    String unit,
    ResumptionFlow flow,
    long enterprises,
    Double points,
    boolean moved) {}
