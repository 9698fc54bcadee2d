package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsccRulesTest {

  /*
   * Body 91130100MA0CXXXXX, values by position (alphabet 0-9 A-H J-N P-R T U W-Y: M=21, A=10,
   * C=12, X=29) times the weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
   *   9*1 + 1*3 + 1*9 + 3*27 + 0*19 + 1*26 + 0*16 + 0*17 + 21*20 + 10*29 + 0*25 + 12*13
   *   + 29*8 + 29*24 + 29*10 + 29*30 + 29*28
   *   = 9 + 3 + 9 + 81 + 0 + 26 + 0 + 0 + 420 + 290 + 0 + 156 + 232 + 696 + 290 + 870 + 812 = 3894
   * 3894 mod 31 = 19 (31 * 125 = 3875); (31 - 19) mod 31 = 12, the character C.
   */
  private static final String WORKED_EXAMPLE = "91130100MA0CXXXXXC";

  @Test
  void checkCharacterOfWorkedExample() {
    assertThat(UsccRules.checkCharacter("91130100MA0CXXXXX")).isEqualTo('C');
    assertThat(UsccRules.isValid(WORKED_EXAMPLE)).isTrue();
  }

  @Test
  void acceptsCodesComputedByHand() {
    // 91131102MA0A00001: sum 1049, 1049 mod 31 = 26, 31 - 26 = 5 -> '5'
    assertThat(UsccRules.isValid("91131102MA0A000015")).isTrue();
    // 91131103MA0B00001: sum 1079, 1079 mod 31 = 25, 31 - 25 = 6 -> '6'
    assertThat(UsccRules.isValid("91131103MA0B000016")).isTrue();
    // 91131102MA0A00003: sum 1105, 1105 mod 31 = 20, 31 - 20 = 11 -> 'B' (a letter check character)
    assertThat(UsccRules.isValid("91131102MA0A00003B")).isTrue();
    // 91131102MA0A0000Y: sum 1861, 1861 mod 31 = 1, 31 - 1 = 30 -> 'Y' (the last character)
    assertThat(UsccRules.isValid("91131102MA0A0000YY")).isTrue();
  }

  @Test
  void rejectsBrokenCheckDigit() {
    assertThat(UsccRules.isValid("91130100MA0CXXXXXD")).isFalse();
    assertThat(UsccRules.isValid("91131102MA0A000016")).isFalse();
  }

  @Test
  void rejectsWrongLength() {
    assertThat(UsccRules.isValid("91130100MA0CXXXXX")).isFalse();
    assertThat(UsccRules.isValid("91130100MA0CXXXXXCC")).isFalse();
    assertThat(UsccRules.isValid("")).isFalse();
    assertThat(UsccRules.isValid(null)).isFalse();
  }

  @Test
  void rejectsForbiddenLetters() {
    // Each forbidden letter replaces the check character or a body character.
    for (char forbidden : new char[] {'I', 'O', 'S', 'V', 'Z'}) {
      assertThat(UsccRules.isValid("91130100MA0CXXXXX" + forbidden))
          .as("check character %s", forbidden)
          .isFalse();
      assertThat(UsccRules.isValid("91130100M" + forbidden + "0CXXXXXC"))
          .as("body character %s", forbidden)
          .isFalse();
    }
    assertThatThrownBy(() -> UsccRules.checkCharacter("91130100MO0CXXXXX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("character 'O' at position 10 is not allowed in a USCC");
  }

  @Test
  void acceptsLowerCaseAndSurroundingSpaces() {
    assertThat(UsccRules.isValid("91130100ma0cxxxxxc")).isTrue();
    assertThat(UsccRules.isValid("  91130100MA0CXXXXXC\t")).isTrue();
    assertThat(UsccRules.isValid("\u300091130100ma0cxxxxxc ")).isTrue();
    assertThat(UsccRules.normalize(" 91130100ma0cxxxxxc ")).isEqualTo(WORKED_EXAMPLE);
  }

  @Test
  void checkCharacterRefusesWrongBodyLength() {
    assertThatThrownBy(() -> UsccRules.checkCharacter("9113"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a USCC body has 17 characters, got 4: '9113'");
  }
}
