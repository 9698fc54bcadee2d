package fugong.generate;

import java.util.List;

/**
 * The GB/T 4754-2017 industrial divisions the generated registry uses, each with words that go into
 * an enterprise name, weighted roughly like Hengshui's industry (rubber, wire mesh, fur, auto
 * parts, instruments, metal products …).
 */
enum IndustryDivision {
  B10("B10", 2, "石材", "矿业"),
  C13("C13", 6, "粮油", "农产品"),
  C14("C14", 5, "食品", "乳业"),
  C17("C17", 6, "纺织", "棉业"),
  C18("C18", 5, "服装", "服饰"),
  C19("C19", 5, "皮草", "毛皮制品"),
  C24("C24", 4, "乐器", "文体用品"),
  C26("C26", 6, "化工", "化学"),
  C29("C29", 10, "橡塑", "橡胶制品", "塑业"),
  C30("C30", 6, "建材", "玻璃钢"),
  C31("C31", 3, "钢铁", "特钢"),
  C33("C33", 12, "丝网", "金属制品", "五金"),
  C34("C34", 8, "机械", "通用设备"),
  C35("C35", 6, "专用设备", "装备制造"),
  C36("C36", 7, "汽车配件", "汽车零部件"),
  C38("C38", 5, "电气", "电器"),
  C39("C39", 3, "电子", "电子科技"),
  D44("D44", 2, "热力", "热电");

  private final String code;
  private final int weight;
  private final List<String> words;

  IndustryDivision(String code, int weight, String... words) {
    this.code = code;
    this.weight = weight;
    this.words = List.of(words);
  }

  String code() {
    return code;
  }

  List<String> words() {
    return words;
  }

  /** A division drawn with the weights above. */
  static IndustryDivision draw(java.util.SplittableRandom random) {
    int total = 0;
    for (IndustryDivision division : values()) {
      total += division.weight;
    }
    int pick = random.nextInt(total);
    for (IndustryDivision division : values()) {
      pick -= division.weight;
      if (pick < 0) {
        return division;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }
}
