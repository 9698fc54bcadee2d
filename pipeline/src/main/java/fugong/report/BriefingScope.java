package fugong.report;

import java.io.Serializable;
import java.util.List;

/**
 * Whose briefing: the whole city, or one leader with the counties assigned to them on the
 * report date.
 */
public record BriefingScope(boolean cityWide, String name, List<String> countyCodes) implements Serializable {
  public BriefingScope {
    countyCodes = List.copyOf(countyCodes);
  }

  public static BriefingScope city(String cityName, List<String> countyCodes) {
    return new BriefingScope(true, cityName, countyCodes);
  }

  public static BriefingScope leader(String leader, List<String> countyCodes) {
    return new BriefingScope(false, leader, countyCodes);
  }

  /** The report's file name stem: {@code city} or {@code leader-赵振川}. */
  public String fileStem() {
    return cityWide ? "city" : "leader-" + name;
  }
}
