package fugong.report;

import fugong.domain.Severity;
import java.util.List;

/**
 * All findings of one kind on the report date, grouped by county: what page 1 lists as one 督办事项 and
 * the appendix spells out enterprise by enterprise.
 *
 * @param kind the kind
 * @param severity the most severe of its findings
 * @param findings how many findings (enterprises, cases or counties)
 * @param unit 家, 项 or 个县市区
 * @param text the page-1 sentence: what is wrong, where, how many
 * @param counties the counties concerned, each with its leader, section and findings
 */
public record ActionGroup(
    ActionKind kind,
    Severity severity,
    int findings,
    String unit,
    String text,
    List<CountyFindings> counties) {
  /** One county's share of a group. */
  public record CountyFindings(
      String countyCode, String county, String leader, String section, List<String> findings) {}

  public ActionGroup {
    counties = List.copyOf(counties);
  }

  /** The counties, leaders and sections who must act. */
  public List<Responsibility> responsible() {
    return counties.stream()
        .map(county -> new Responsibility(county.county(), county.leader(), county.section()))
        .toList();
  }

  /** 县市区 · 包县领导 · 责任科室. */
  public record Responsibility(String county, String leader, String section) {
    public String text() {
      return county + " · " + leader + " · " + section;
    }
  }
}
