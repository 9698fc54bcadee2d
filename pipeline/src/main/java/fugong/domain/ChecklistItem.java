package fugong.domain;

import java.util.Optional;

/** The 18 epidemic-prevention checklist items of the source plan, part 一 (DOMAIN.md §4.1). */
public enum ChecklistItem {
  H1("健康监测", "返岗员工健康卡制度"),
  H2("健康监测", "重点地区返岗人员隔离观察"),
  H3("健康监测", "隔离及宿舍人员每日两次体温监测"),
  H4("健康监测", "可疑症状报告电话及每日健康汇总"),
  W1("工作场所", "进厂登记及逐人测温"),
  W2("工作场所", "通风换气（空调排风直排室外）"),
  W3("工作场所", "洗手设施或免洗消毒用品"),
  W4("工作场所", "清洁消毒（电梯按钮、门把手增加频次）"),
  W5("工作场所", "减少聚集，宿舍每间≤6人、人均≥2.5㎡"),
  W6("工作场所", "错峰就餐、分散用餐"),
  W7("工作场所", "医务室药物物资或就近医疗机构联系"),
  W8("工作场所", "口罩专用回收箱及垃圾分类"),
  P1("个人防护", "防控宣传教育"),
  P2("个人防护", "人员密集场所正确佩戴口罩"),
  E1("异常处理", "防控组织体系及应急处置流程"),
  E2("异常处理", "设立隔离观察区域"),
  E3("异常处理", "可疑症状隔离及场所消毒预案"),
  E4("异常处理", "病例处置预案（流调、密接追踪、停产）");

  private final String category;
  private final String shortName;

  ChecklistItem(String category, String shortName) {
    this.category = category;
    this.shortName = shortName;
  }

  public String code() {
    return name();
  }

  public String category() {
    return category;
  }

  public String shortName() {
    return shortName;
  }

  /** The item named by its code or its short name (compared after NFKC, spaces removed). */
  public static Optional<ChecklistItem> resolve(String text) {
    String key = TextNormalizer.key(text);
    for (ChecklistItem item : values()) {
      if (item.name().equalsIgnoreCase(key) || TextNormalizer.key(item.shortName).equals(key)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
