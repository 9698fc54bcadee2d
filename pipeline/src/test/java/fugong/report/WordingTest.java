package fugong.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void differencesAreThoseOfTheRoundedFiguresShown() {
    // 0.88849 shows as 88.8, 0.85851 as 85.9 → 2.9; 0.8884 − 0.8585 unrounded would be 2.99
    assertThat(Formats.shownDifference(0.88849, 0.85851)).isEqualTo(29L);
    assertThat(Formats.shownDifference(0.888, 0.858)).isEqualTo(30L);
    assertThat(Formats.percent(0.88849)).isEqualTo("88.8%");
    assertThat(Formats.percent(0.88850)).isEqualTo("88.9%");
    assertThat(Formats.signedPoints(30L)).isEqualTo("+3.0");
    assertThat(Formats.signedPoints(-4L)).isEqualTo("-0.4");
  }

  @Test
  void aboveOrBelowIsChosenBySignAndNeverFollowedByANegativeNumber() {
    assertThat(Wording.against(-28L, "全市")).isEqualTo("低于全市2.8个百分点");
    assertThat(Wording.against(12L, "全市")).isEqualTo("高于全市1.2个百分点");
    assertThat(Wording.against(0L, "全市")).isEqualTo("与全市持平");
    assertThat(Wording.changeFromPrevious(-6L)).isEqualTo("较前日下降0.6个百分点");
    assertThat(Wording.countChange(10L, 12L, "人")).isEqualTo("较前日减少2人");
    assertThat(Wording.againstShort(-73L)).isEqualTo("低7.3");
  }

  @Test
  void countyNamesAreShortenedForLists() {
    assertThat(Wording.shortCountyName("桃城区")).isEqualTo("桃城");
    assertThat(Wording.shortCountyName("滨湖新区")).isEqualTo("滨湖");
    assertThat(Wording.shortCountyName("高新区")).isEqualTo("高新");
    assertThat(Wording.shortCountyName("景县")).isEqualTo("景县");
    assertThat(Wording.shortCountyName("深州市")).isEqualTo("深州");
  }
}
