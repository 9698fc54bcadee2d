package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndustryRulesTest {

  @Test
  void boundariesOfTheIndustrialDivisions() {
    assertThat(IndustryRules.isIndustrialDivision("B05")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("B06")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("B12")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("B13")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("C12")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("C13")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("C43")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("C44")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("D44")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("D46")).isTrue();
    assertThat(IndustryRules.isIndustrialDivision("D47")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("E47")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("F51")).isFalse();
  }

  @Test
  void rejectsMalformedCodes() {
    assertThat(IndustryRules.isIndustrialDivision("C3")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("C301")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("30")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision("")).isFalse();
    assertThat(IndustryRules.isIndustrialDivision(" C30 ")).isTrue();
  }
}
