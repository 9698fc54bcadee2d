package fugong.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what a clerk writes for a county — a code, the name, the name without its suffix
 * (区/县/市), with stray spaces or full-width characters — to the county.
 */
public final class CountyDirectory implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The city the 13 units make up: the name of the city-wide unit in forecasts and briefings. */
  public static final String CITY_NAME = "衡水市";

  /** The 13 units of DOMAIN.md §2.1, in the order of the source's table. */
  public static final List<County> HENGSHUI =
      List.of(
          new County("131102", "桃城区"),
          new County("131103", "冀州区"),
          new County("131171", "高新区"),
          new County("131121", "枣强县"),
          new County("131125", "安平县"),
          new County("131123", "武强县"),
          new County("131172", "滨湖新区"),
          new County("131126", "故城县"),
          new County("131127", "景县"),
          new County("131182", "深州市"),
          new County("131124", "饶阳县"),
          new County("131122", "武邑县"),
          new County("131128", "阜城县"));

  private static final Map<String, List<String>> KNOWN_ALIASES =
      Map.of(
          "131171", List.of("衡水高新技术产业开发区", "高新技术产业开发区", "衡水高新区", "高新"),
          "131172", List.of("衡水滨湖新区", "滨湖"));

  private final List<County> counties;
  private final Map<String, County> byKey = new LinkedHashMap<>();

  public CountyDirectory(List<County> counties) {
    this.counties = Collections.unmodifiableList(new ArrayList<>(counties));
    for (County county : counties) {
      byKey.put(TextNormalizer.key(county.code()), county);
      String name = TextNormalizer.key(county.name());
      byKey.put(name, county);
      String stem = stem(name);
      if (stem.length() >= 1 && !stem.equals(name)) {
        byKey.putIfAbsent(stem, county);
      }
      for (String alias : KNOWN_ALIASES.getOrDefault(county.code(), List.of())) {
        byKey.putIfAbsent(TextNormalizer.key(alias), county);
      }
    }
  }

  public static CountyDirectory hengshui() {
    return new CountyDirectory(HENGSHUI);
  }

  public List<County> counties() {
    return counties;
  }

  /** The county a cell names, by code or name, with or without suffix; empty when unknown. */
  public Optional<County> resolve(String text) {
    String key = TextNormalizer.key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    County county = byKey.get(key);
    if (county == null) {
      county = byKey.get(stem(key));
    }
    return Optional.ofNullable(county);
  }

  public Optional<County> byCode(String code) {
    return counties.stream().filter(county -> county.code().equals(code)).findFirst();
  }

  private static String stem(String name) {
    if (name.length() > 1 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
