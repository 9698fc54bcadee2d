package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the registry's enterprise names, each different from every name drawn before: a place (衡水
 * with probability 0.7, else the county's name without its suffix), a two-character trade name, a
 * word of the enterprise's industry division and 有限公司 (0.85) or 股份有限公司; a name already given is
 * drawn again.
 *
 * <p>Every combination of those parts spells a different name, so the names given are kept as one
 * bit per combination instead of a set of strings: a check is cheap and small even for hundreds of
 * thousands of enterprises. When every name a county can draw for a division is taken (from between
 * 550,000 and 600,000 enterprises, first for C33), drawing again could never end: the name drawn
 * once is then made a branch, {@code …有限公司第{n}分公司}, with n counting such names from 1 over the
 * registry.
 */
final class EnterpriseNames {
  private static final String CITY = "衡水";
  private static final double CITY_PROBABILITY = 0.7;
  private static final List<String> FORMS = List.of("有限公司", "股份有限公司");
  private static final double LIMITED_PROBABILITY = 0.85;
  private static final int MOST_WORDS = maximumWords();
  private static final int DIVISIONS = IndustryDivision.values().length;

  /** Place 0 is 衡水, place 1 + i the stem of county i. */
  private static final int PLACES = 1 + CountyDirectory.HENGSHUI.size();

  private final BitSet given =
      new BitSet(PLACES * DIVISIONS * MOST_WORDS * FORMS.size() * ChineseNames.TRADE_NAME_INDEXES);
  private final int[][] givenPerPlaceAndDivision = new int[PLACES][DIVISIONS];
  private int branches;

  /**
   * A name not given before for an enterprise of the county (at its index in {@link
   * CountyDirectory#HENGSHUI}).
   */
  String draw(int countyIndex, IndustryDivision division, SplittableRandom random) {
    County county = CountyDirectory.HENGSHUI.get(countyIndex);
    boolean exhausted = isFull(0, division) && isFull(1 + countyIndex, division);
    while (true) {
      int word = random.nextInt(division.words().size());
      int place = random.nextDouble() < CITY_PROBABILITY ? 0 : 1 + countyIndex;
      int form = random.nextDouble() < LIMITED_PROBABILITY ? 0 : 1;
      String tradeName = ChineseNames.tradeName(random);
      int key =
          (((place * DIVISIONS + division.ordinal()) * MOST_WORDS + word) * FORMS.size() + form)
                  * ChineseNames.TRADE_NAME_INDEXES
              + ChineseNames.tradeNameIndex(tradeName);
      if (exhausted || !given.get(key)) {
        String name =
            spell(
                place == 0 ? CITY : countyStem(county),
                tradeName,
                division.words().get(word),
                FORMS.get(form));
        if (exhausted) {
          branches++;
          return name + "第" + branches + "分公司";
        }
        given.set(key);
        givenPerPlaceAndDivision[place][division.ordinal()]++;
        return name;
      }
    }
  }

  /**
   * Every name the parts can spell for the county and division, as {@link #draw} would spell them;
   * for tests.
   */
  static List<String> allNames(int countyIndex, IndustryDivision division) {
    List<String> places = List.of(CITY, countyStem(CountyDirectory.HENGSHUI.get(countyIndex)));
    return places.stream()
        .flatMap(
            place ->
                ChineseNames.TRADE_NAMES.stream()
                    .flatMap(
                        tradeName ->
                            division.words().stream()
                                .flatMap(
                                    word ->
                                        FORMS.stream()
                                            .map(form -> spell(place, tradeName, word, form)))))
        .toList();
  }

  private static String spell(String place, String tradeName, String word, String form) {
    return place + tradeName + word + form;
  }

  private boolean isFull(int place, IndustryDivision division) {
    return givenPerPlaceAndDivision[place][division.ordinal()]
        == division.words().size() * FORMS.size() * ChineseNames.TRADE_NAMES.size();
  }

  private static String countyStem(County county) {
    String name = county.name();
    return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
  }

  private static int maximumWords() {
    int most = 0;
    for (IndustryDivision division : IndustryDivision.values()) {
      most = Math.max(most, division.words().size());
    }
    return most;
  }
}
