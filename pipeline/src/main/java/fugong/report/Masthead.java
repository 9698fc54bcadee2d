package fugong.report;

import java.time.LocalDate;

/**
 * 报头 of a briefing: the journal's name, 第N期 (the report dates since the first), the issuing unit,
 * the issue date (the morning after the report date), the data cut-off ({date} {deadline} from the
 * settings) and the centred title under the red rule.
 */
public record Masthead(
    String journal,
    int issueNumber,
    String issuer,
    LocalDate issueDate,
    String cutoff,
    String title,
    String subtitle) {
  public static final String JOURNAL = "工业企业复工复产督导日报";
  public static final String ISSUER = "衡水市工业和信息化局编";

  public static Masthead of(BriefingContext context) {
    String cutoff =
        "数据截至"
            + Formats.chineseDate(context.date)
            + " "
            + Formats.deadline(context.settings.metrics().deadline());
    String title =
        Formats.monthDay(context.date) + (context.cityWide() ? "全市" : "") + "工业企业复工复产督导情况";
    String subtitle =
        context.cityWide()
            ? "（全市" + context.counties.size() + "个县市区）"
            : "（"
                + context.scopeName
                + "同志分包："
                + Wording.list(context.counties.stream().map(UnitMetrics::name).toList())
                + "）";
    return new Masthead(
        JOURNAL, context.issueNumber(), ISSUER, context.date.plusDays(1), cutoff, title, subtitle);
  }

  public String issueLabel() {
    return "第" + issueNumber + "期";
  }
}
