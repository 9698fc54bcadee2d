package fugong.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 二、今日督办事项: the first {@link BriefingSettings#MAXIMUM_ACTIONS} groups, most severe first, each
 * naming the counties, their leaders and sections; how many more groups the appendix lists; and per
 * county how many groups concern it (the ranking's 督办事项 column).
 */
public record ActionItems(List<ActionGroup> items, int more, Map<String, Integer> perCounty) {
  public static ActionItems of(List<ActionGroup> groups) {
    Map<String, Integer> perCounty = new TreeMap<>();
    for (ActionGroup group : groups) {
      group.counties().forEach(county -> perCounty.merge(county.countyCode(), 1, Integer::sum));
    }
    int shown = Math.min(groups.size(), BriefingSettings.MAXIMUM_ACTIONS);
    return new ActionItems(
        List.copyOf(groups.subList(0, shown)), groups.size() - shown, Map.copyOf(perCounty));
  }

  /**
   * Who must act on an item: each county · leader · section when there are at most three; else the
   * leaders concerned (each county's section is in the appendix's list of the item).
   */
  public static String responsibility(ActionGroup group) {
    if (group.counties().size() <= 3) {
      return String.join(
          "；", group.responsible().stream().map(ActionGroup.Responsibility::text).toList());
    }
    List<String> leaders =
        group.counties().stream()
            .map(ActionGroup.CountyFindings::leader)
            .distinct()
            .sorted()
            .toList();
    return "督办领导：" + Wording.list(leaders) + "；责任科室见附件（二）";
  }

  /**
   * The page-1 line of the item numbered {@code number}: "1.【高】确诊病例企业仍在生产：…。（乙县 · 王一 · 政策产业科）"; a
   * title that has its own colon is followed by a space: "复工存疑：自报复工但用电量未达复工水平 3家（…）".
   */
  public static String line(int number, ActionGroup group) {
    String title = group.kind().title();
    return number
        + ".【"
        + group.severity().label()
        + "】"
        + title
        + (title.contains("：") ? " " : "：")
        + group.text()
        + "。（"
        + responsibility(group)
        + "）";
  }

  /** "另有2类提醒，见附件（二）。" when the front page does not list every group; else empty. */
  public String moreText() {
    return more > 0 ? "另有" + more + "类提醒，见附件（二）。" : "";
  }
}
