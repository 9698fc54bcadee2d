package fugong.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Difficulties an enterprise reports (DOMAIN.md §4.2): source part 二(三) plus two from practice. */
public enum Difficulty {
  D1("员工返岗难"),
  D2("用工难"),
  D3("交通不畅"),
  D4("配套企业开工不足"),
  D5("原材料供应紧张"),
  D6("防疫物资短缺"),
  D7("资金紧张"),
  D8("订单不足"),
  D9("其他");

  private static final Pattern SEPARATORS = Pattern.compile("[;；、,，]");

  private final String chineseName;

  Difficulty(String chineseName) {
    this.chineseName = chineseName;
  }

  public String code() {
    return name();
  }

  public String chineseName() {
    return chineseName;
  }

  public static Optional<Difficulty> resolve(String text) {
    String key = TextNormalizer.key(text);
    for (Difficulty difficulty : values()) {
      if (difficulty.name().equalsIgnoreCase(key)
          || TextNormalizer.key(difficulty.chineseName).equals(key)) {
        return Optional.of(difficulty);
      }
    }
    return Optional.empty();
  }

  /** The result of reading a 存在困难 cell: the codes found and the parts that name nothing. */
  public record Parsed(List<Difficulty> difficulties, List<String> unknownParts) {}

  /**
   * Splits a cell on ; ； 、 , ， and resolves each part by code or name; repeated codes count once,
   * in first-seen order. Empty parts (a trailing separator) are ignored.
   */
  public static Parsed parseList(String text) {
    Set<Difficulty> found = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    if (text != null) {
      for (String part : SEPARATORS.split(text)) {
        String trimmed = TextNormalizer.trim(part);
        if (trimmed.isEmpty()) {
          continue;
        }
        resolve(trimmed).ifPresentOrElse(found::add, () -> unknown.add(trimmed));
      }
    }
    return new Parsed(List.copyOf(found), List.copyOf(unknown));
  }
}
