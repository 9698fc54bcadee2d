package fugong.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One briefing, the content of every section, independent of how it is drawn (the PDF renderer in
 * {@code report.pdf}; a phone edition can render the same model). The front section is 一 to 六;
 * {@code comparison} is present in a leader's briefing (四、与全市比较) and {@code leaders} in the city's
 * (四、分包领导情况). {@code power} (附件（八）电力核验) is present only when meter data exists for the date;
 * without it the briefing is what it was before the electricity cross-check.
 */
public record Briefing(
    Edition edition,
    String scopeName,
    LocalDate reportDate,
    Masthead masthead,
    Overview overview,
    ActionItems actions,
    CountyRanking ranking,
    LeaderStandings leaders,
    CityComparison comparison,
    DifficultySummary difficulties,
    TrendSection trend,
    PowerSection power,
    Appendix appendix,
    Colophon colophon,
    BriefingSettings settings) {

  /** The file name stem: {@code city} or {@code leader-赵振川}. */
  public String fileStem() {
    return edition == Edition.CITY ? "city" : "leader-" + scopeName;
  }

  /** The document title: 工业企业复工复产督导日报 or …（赵振川同志分包县市区）. */
  public String documentTitle() {
    return masthead.journal() + (edition == Edition.CITY ? "" : "（" + scopeName + "同志分包县市区）");
  }

  /** The city's briefing of the date. */
  public static Briefing city(BriefingInputs inputs, LocalDate date) {
    return of(BriefingContext.city(inputs, date));
  }

  /** A leader's briefing of the date, for the counties assigned to him on it. */
  public static Briefing leader(BriefingInputs inputs, LocalDate date, String leader) {
    return of(BriefingContext.leader(inputs, date, leader));
  }

  private static Briefing of(BriefingContext context) {
    List<ActionGroup> groups = ActionGroups.of(context);
    ActionItems actions = ActionItems.of(groups);
    DifficultySummary difficulties = DifficultySummary.of(context);
    return new Briefing(
        context.edition,
        context.scopeName,
        context.date,
        Masthead.of(context),
        Overview.of(context),
        actions,
        CountyRanking.of(context, actions),
        LeaderStandings.of(context, groups),
        context.cityWide() ? null : CityComparison.of(context),
        difficulties,
        TrendSection.of(context),
        PowerSection.of(context),
        Appendix.of(context, groups, difficulties),
        Colophon.of(context.inputs.runId(), context.inputs.ruleVersion()),
        context.settings);
  }
}
