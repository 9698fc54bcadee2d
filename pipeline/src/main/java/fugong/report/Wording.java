package fugong.report;

import java.util.List;

/**
 * The Chinese phrases the briefings build sentences from. 上升/下降 and 高于/低于 are chosen by the sign of
 * the shown difference, which is never printed negative; a zero difference is 持平.
 */
public final class Wording {
  private Wording() {}

  /**
   * What a brief names as the leader (and the section) of a county that the assignment table gives
   * no one on the date: the county is still ranked and its 督办 items still listed.
   */
  public static final String UNASSIGNED = "未分配";

  /** {@code name}, or {@link #UNASSIGNED} when the assignment table gives none. */
  public static String assigned(String name) {
    return name == null || name.isBlank() ? UNASSIGNED : name;
  }

  /** "较前日上升0.6个百分点", "较前日下降1.2个百分点", "与前日持平"; empty without a previous figure. */
  public static String changeFromPrevious(Long tenths) {
    if (tenths == null) {
      return "";
    }
    if (tenths == 0) {
      return "与前日持平";
    }
    return "较前日" + (tenths > 0 ? "上升" : "下降") + Formats.decimal(Math.abs(tenths)) + "个百分点";
  }

  /** "高于全市1.2个百分点", "低于全市0.8个百分点", "与全市持平"; empty when either figure is missing. */
  public static String against(Long tenths, String reference) {
    if (tenths == null) {
      return "";
    }
    if (tenths == 0) {
      return "与" + reference + "持平";
    }
    return (tenths > 0 ? "高于" : "低于") + reference + Formats.decimal(Math.abs(tenths)) + "个百分点";
  }

  /** A short comparison for table cells: "高1.2", "低0.8", "持平"; "—" when missing. */
  public static String againstShort(Long tenths) {
    if (tenths == null) {
      return "—";
    }
    return tenths == 0 ? "持平" : (tenths > 0 ? "高" : "低") + Formats.decimal(Math.abs(tenths));
  }

  /** A count's day-on-day change: "较前日增加2人", "较前日减少1例", "与前日持平"; empty without a previous count. */
  public static String countChange(Long today, Long previous, String unit) {
    if (today == null || previous == null) {
      return "";
    }
    long difference = today - previous;
    return difference == 0
        ? "与前日持平"
        : "较前日" + (difference > 0 ? "增加" : "减少") + Math.abs(difference) + unit;
  }

  /** An arrow for a shown change: ↑ up, ↓ down, → unchanged, nothing without a previous figure. */
  public static String arrow(Long tenths) {
    return tenths == null ? "" : tenths > 0 ? "↑" : tenths < 0 ? "↓" : "→";
  }

  /**
   * A county's name as lists print it: 桃城区 → 桃城, 深州市 → 深州, 高新区 → 高新, 滨湖新区 → 滨湖; two-character names
   * (景县) stay whole.
   */
  public static String shortCountyName(String name) {
    if (name.length() > 3 && name.endsWith("新区")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.length() >= 3 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** Items joined with 、. */
  public static String list(List<String> items) {
    return String.join("、", items);
  }
}
