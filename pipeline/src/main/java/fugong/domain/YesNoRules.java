package fugong.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Yes/no cells (是否复工 and the 18 checklist items). */
public final class YesNoRules {
  private static final Set<String> YES = Set.of("是", "y", "yes", "1", "true", "已复工");
  private static final Set<String> NO = Set.of("否", "n", "no", "0", "false", "未复工");

  private YesNoRules() {}

  /**
   * Parses 是/否, Y/N, 1/0, true/false, 已复工/未复工 (also yes/no), case-insensitively and after NFKC;
   * empty when the text is none of them. Callers check for an empty cell first.
   */
  public static Optional<Boolean> parse(String text) {
    String key = TextNormalizer.key(text).toLowerCase(Locale.ROOT);
    if (YES.contains(key)) {
      return Optional.of(Boolean.TRUE);
    }
    if (NO.contains(key)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }
}
