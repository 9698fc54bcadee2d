package fugong.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The county thresholds of DOMAIN.md §6.1 decided on counts, with hand-picked ties. */
class AlertThresholdsTest {
  @Test
  void aDropOfExactlyOneInTwentyIsNotMoreThanFivePoints() {
    // 15 → 14 resumed of 20: 75 % → 70 %, exactly 5 points: 100·(15·20 − 14·20) = 2000 = 5·20·20.
    assertThat(AlertThresholds.resumptionDropped(15, 20, 14, 20, 0.05)).isFalse();
    // the trap the doubles set: 0.70 − 0.75 is −0.050000000000000044, below −0.05
    assertThat(14 / 20.0 - 15 / 20.0 < -0.05).isTrue();
    // 15 → 13 of 20 is 10 points
    assertThat(AlertThresholds.resumptionDropped(15, 20, 13, 20, 0.05)).isTrue();
  }

  @Test
  void aDropOfTwoInThirtyNineIsMoreThanFivePoints() {
    // 39 → 37 of 39: 2/39 = 5.13 points: 100·(39·39 − 37·39) = 7800 > 5·39·39 = 7605.
    assertThat(AlertThresholds.resumptionDropped(39, 39, 37, 39, 0.05)).isTrue();
    // 1 of 39 is 2.56 points
    assertThat(AlertThresholds.resumptionDropped(39, 39, 38, 39, 0.05)).isFalse();
  }

  @Test
  void aDropAcrossDifferentPopulationsComparesTheRatesThemselves() {
    // 19/20 = 95 % → 27/30 = 90 %: exactly 5 points (100·(19·30 − 27·20) = 3000 = 5·20·30): no
    // alert;
    // 19/20 → 26/30 = 86.7 %: 8.3 points.
    assertThat(AlertThresholds.resumptionDropped(19, 20, 27, 30, 0.05)).isFalse();
    assertThat(AlertThresholds.resumptionDropped(19, 20, 26, 30, 0.05)).isTrue();
    // a day with no enterprise has no rate: nothing to compare
    assertThat(AlertThresholds.resumptionDropped(0, 0, 0, 20, 0.05)).isFalse();
    assertThat(AlertThresholds.resumptionDropped(20, 20, 0, 0, 0.05)).isFalse();
  }

  @Test
  void quarantineShareMustExceedFivePercent() {
    // 1 of 20 rows is exactly 5 %: no alert; 2 of 39 is 5.13 %: alert; no row read: nothing
    assertThat(AlertThresholds.shareAbove(1, 20, 0.05)).isFalse();
    assertThat(AlertThresholds.shareAbove(2, 39, 0.05)).isTrue();
    assertThat(AlertThresholds.shareAbove(0, 0, 0.05)).isFalse();
  }

  @Test
  void complianceMustBeBelowTheThreshold() {
    // 4 of 5 is exactly 80 %: not below; 3 of 5 and 7 of 9 (77.8 %) are; nothing assessed: NULL, no
    // alert.
    // 0.7 compares as 7/10 although 7 × 0.1 is 0.7000000000000001 in doubles.
    assertThat(AlertThresholds.shareBelow(4, 5, 0.80)).isFalse();
    assertThat(AlertThresholds.shareBelow(3, 5, 0.80)).isTrue();
    assertThat(AlertThresholds.shareBelow(7, 9, 0.80)).isTrue();
    assertThat(AlertThresholds.shareBelow(0, 0, 0.80)).isFalse();
    assertThat(AlertThresholds.shareBelow(7, 10, 0.7)).isFalse();
  }
}
