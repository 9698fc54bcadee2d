package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DormitoryRulesTest {

  @Test
  void exactlySixPerRoomAndTwoAndAHalfSquareMetresIsMet() {
    // 2 rooms, 12 residents: 6 per room; 30 m² / 12 = 2.5 m² each.
    assertThat(DormitoryRules.meetsDensity(2, 12, new BigDecimal("30"))).isTrue();
  }

  @Test
  void sevenPerRoomIsNotMet() {
    // 1 room, 7 residents, plenty of area (7 * 2.5 = 17.5 m² needed, 40 given).
    assertThat(DormitoryRules.meetsDensity(1, 7, new BigDecimal("40"))).isFalse();
  }

  @Test
  void twoPointFourSquareMetresIsNotMet() {
    // 2 rooms, 10 residents (5 per room), 24 m² / 10 = 2.4 m² each.
    assertThat(DormitoryRules.meetsDensity(2, 10, new BigDecimal("24"))).isFalse();
  }

  @Test
  void noResidentsIsMet() {
    assertThat(DormitoryRules.meetsDensity(0, 0, BigDecimal.ZERO)).isTrue();
    assertThat(DormitoryRules.meetsDensity(3, 0, new BigDecimal("50"))).isTrue();
  }

  @Test
  void residentsWithoutRoomsAreNotMet() {
    assertThat(DormitoryRules.meetsDensity(0, 4, new BigDecimal("100"))).isFalse();
  }
}
