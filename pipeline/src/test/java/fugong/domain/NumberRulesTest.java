package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberRulesTest {

  @Test
  void wholeNumbers() {
    assertThat(NumberRules.parseWhole("12")).contains(12L);
    assertThat(NumberRules.parseWhole("12.0")).contains(12L);
    assertThat(NumberRules.parseWhole("0")).contains(0L);
    assertThat(NumberRules.parseWhole("0.00")).contains(0L);
    assertThat(NumberRules.parseWhole("1200")).contains(1200L);
    assertThat(NumberRules.parseWhole("１２")).contains(12L);
  }

  @Test
  void fractionsAreNotWhole() {
    assertThat(NumberRules.parseWhole("12.5")).isEmpty();
    assertThat(NumberRules.parseDecimal("12.5")).contains(new BigDecimal("12.5"));
  }

  @Test
  void thousandsSeparators() {
    assertThat(NumberRules.parseWhole("1,234")).contains(1234L);
    assertThat(NumberRules.parseDecimal("1,234,567.25")).contains(new BigDecimal("1234567.25"));
    assertThat(NumberRules.parseDecimal("12,34")).isEmpty();
  }

  @Test
  void negativeNumbersAreParsedSoTheValidatorCanNameThem() {
    assertThat(NumberRules.parseWhole("-3")).contains(-3L);
    assertThat(NumberRules.parseDecimal("-0.5")).contains(new BigDecimal("-0.5"));
  }

  @Test
  void rejectsWhatIsNotAPlainNumber() {
    assertThat(NumberRules.parseDecimal("十二")).isEmpty();
    assertThat(NumberRules.parseWhole("十二")).isEmpty();
    assertThat(NumberRules.parseDecimal("12人")).isEmpty();
    assertThat(NumberRules.parseDecimal("1e3")).isEmpty();
    assertThat(NumberRules.parseDecimal("1.")).isEmpty();
    assertThat(NumberRules.parseDecimal(".5")).isEmpty();
    assertThat(NumberRules.parseDecimal("1.2.3")).isEmpty();
    assertThat(NumberRules.parseDecimal("1,2.5")).isEmpty();
    assertThat(NumberRules.parseDecimal("")).isEmpty();
    assertThat(NumberRules.parseDecimal(null)).isEmpty();
  }
}
