package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Phone and ID numbers are masked wherever they are written; credit codes, dates, amounts and
 * digits inside longer codes are left alone. The ID check character is worked out by hand in {@link
 * #theCheckCharacterIsWorkedOutByHand()} (GB 11643 weights).
 */
class PersonalDataMaskTest {
  private static final String MOBILE = "18787153769";

  /** A resident ID of 桃城区 (131102), born 1985-03-17, check character 3. */
  private static final String RESIDENT_ID = "131102198503170023";

  @Test
  void mobileNumbersAreMaskedHoweverTheyAreWritten() {
    assertThat(PersonalDataMask.mask(MOBILE)).isEqualTo("[手机号]");
    assertThat(PersonalDataMask.mask("187 8715 3769")).isEqualTo("[手机号]");
    assertThat(PersonalDataMask.mask("187-8715-3769")).isEqualTo("[手机号]");
    assertThat(PersonalDataMask.mask("+86 18787153769")).isEqualTo("[手机号]");
    assertThat(PersonalDataMask.mask("+86-187-8715-3769")).isEqualTo("[手机号]");
    assertThat(PersonalDataMask.mask("联系人蔡中维，电话18787153769，请回电")).isEqualTo("联系人蔡中维，电话[手机号]，请回电");
    assertThat(PersonalDataMask.mask("13912345678/15831800000")).isEqualTo("[手机号]/[手机号]");
  }

  @Test
  void landlinesWithAnAreaCodeAreMasked() {
    assertThat(PersonalDataMask.mask("0318-2345678")).isEqualTo("[电话]");
    assertThat(PersonalDataMask.mask("（0318）2345678")).isEqualTo("[电话]");
    assertThat(PersonalDataMask.mask("办公室 010-62345678")).isEqualTo("办公室 [电话]");
  }

  @Test
  void residentIdNumbersAreMaskedAndTheirCheckCharacterDecides() {
    assertThat(PersonalDataMask.isResidentId(RESIDENT_ID)).isTrue();
    assertThat(PersonalDataMask.isResidentId("11010519491231002X")).isTrue();
    assertThat(PersonalDataMask.isResidentId("11010519491231002x")).isTrue();
    assertThat(PersonalDataMask.mask("身份证 " + RESIDENT_ID)).isEqualTo("身份证 [身份证号]");
    // the same digits with another check character, or an impossible birth date, are no ID number
    assertThat(PersonalDataMask.isResidentId("131102198503170024")).isFalse();
    assertThat(PersonalDataMask.isResidentId("131102198502300023")).isFalse();
  }

  @Test
  void theCheckCharacterIsWorkedOutByHand() {
    // 1·7 + 3·9 + 1·10 + 1·5 + 0·8 + 2·4 + 1·2 + 9·1 + 8·6 + 5·3 + 0·7 + 3·9 + 1·10 + 7·5 + 0·8 +
    // 0·4 + 2·2
    // = 7 + 27 + 10 + 5 + 0 + 8 + 2 + 9 + 48 + 15 + 0 + 27 + 10 + 35 + 0 + 0 + 4 = 207; 207 mod 11
    // = 9 → "10X98765432"[9] = 3
    assertThat(RESIDENT_ID).endsWith("3");
    assertThat(PersonalDataMask.isResidentId(RESIDENT_ID)).isTrue();
  }

  @Test
  void creditCodesAreNeverMasked() {
    for (String uscc :
        new String[] {
          "91131102MA0A000015", // the fixtures' enterprise 1
          "911311020000000018", // all digits, enterprise (9…): no province starts with 9
          "121311198001010040", // all digits, a province-like 12, a real date in positions 7–14,
          // but the ID check character would be 1
          "92131102MA0A12345R"
        }) {
      assertThat(UsccRules.isValid(uscc)).as(uscc).isTrue();
      assertThat(PersonalDataMask.mask(uscc)).as(uscc).isEqualTo(uscc);
      assertThat(PersonalDataMask.mask("代码" + uscc + "，")).as(uscc).isEqualTo("代码" + uscc + "，");
    }
  }

  @Test
  void datesAmountsAndDigitsInsideLongerCodesAreLeftAlone() {
    for (String text :
        new String[] {
          "2020-03-01",
          "20200301",
          "2020年3月1日",
          "12.5",
          "131102_20200310.csv",
          "1311022020030112345",
          "a13912345678",
          "139123456789",
          "1391234567",
          "0.13912345678",
          "1.03112345678",
          "0.110101199001011237"
        }) {
      assertThat(PersonalDataMask.mask(text)).as(text).isEqualTo(text);
      assertThat(PersonalDataMask.containsPersonalNumber(text)).as(text).isFalse();
    }
    assertThat(PersonalDataMask.mask(null)).isNull();
  }

  @Test
  void thePreCheckNeverLetsANumberThrough() {
    // texts stitched from pieces of real numbers, digits, separators, letters and ideographs: the
    // pre-check may only skip a text the patterns leave unchanged
    String[] pieces = {
      "13912345678",
      "139 1234 5678",
      "139-1234-5678",
      "+86 ",
      "0086",
      "86-",
      "（0318）",
      "(0318)",
      "0318-",
      "2345678",
      "110101199001011237",
      "11010119900101123X",
      "2020-03-10",
      "91131102MA0A000015",
      "0",
      "1",
      "7",
      "9",
      " ",
      "-",
      "  ",
      "+",
      "(",
      "）",
      ".",
      "a",
      "X",
      "衡水",
      "，"
    };
    java.util.Random random = new java.util.Random(20200310);
    int checked = 0;
    int masked = 0;
    for (int text = 0; text < 200_000; text++) {
      StringBuilder builder = new StringBuilder();
      int count = 1 + random.nextInt(6);
      for (int piece = 0; piece < count; piece++) {
        builder.append(pieces[random.nextInt(pieces.length)]);
      }
      String candidate = builder.toString();
      String byPatterns = PersonalDataMask.maskByPatterns(candidate);
      assertThat(PersonalDataMask.mask(candidate)).as(candidate).isEqualTo(byPatterns);
      if (!PersonalDataMask.mayHoldPersonalNumber(candidate)) {
        checked++;
      }
      if (!byPatterns.equals(candidate)) {
        masked++;
      }
    }
    // both kinds occur often enough for the comparison to mean something
    assertThat(checked).isGreaterThan(10_000);
    assertThat(masked).isGreaterThan(10_000);
  }
}
