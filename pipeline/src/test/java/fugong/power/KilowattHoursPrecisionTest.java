package fugong.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the lake's decimal(24,6) holds exactly, and what is refused instead of rounded. */
class KilowattHoursPrecisionTest {
  private static boolean fits(String amount) {
    return PowerRules.kilowattHoursBeyondPrecision(new BigDecimal(amount)).isEmpty();
  }

  @Test
  void sixDecimalPlacesAndEighteenWholeDigitsFitTrailingZerosDoNotCount() {
    assertThat(fits("0.123456")).isTrue();
    assertThat(fits("1.2500000")).as("1.25 written with 7 places").isTrue();
    assertThat(fits("999999999999999999.999999")).isTrue();
    assertThat(fits("100")).isTrue();
    assertThat(fits("0")).isTrue();
  }

  @Test
  void aSeventhDecimalPlaceOrANineteenthWholeDigitIsRefusedWithTheReason() {
    assertThat(PowerRules.kilowattHoursBeyondPrecision(new BigDecimal("0.1234567")))
        .contains("more than 6 decimal places; kWh are kept to 6 places and never rounded");
    assertThat(PowerRules.kilowattHoursBeyondPrecision(new BigDecimal("1000000000000000000")))
        .contains("more than 18 digits before the decimal point");
  }
}
