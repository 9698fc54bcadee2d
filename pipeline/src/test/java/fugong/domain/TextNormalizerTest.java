package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void fullWidthParenthesesMatchHalfWidth() {
    assertThat(TextNormalizer.key("当日产值（万元）"))
        .isEqualTo(TextNormalizer.key("当日产值(万元)"))
        .isEqualTo("当日产值(万元)");
  }

  @Test
  void squareMetreSignBecomesMTwo() {
    assertThat(TextNormalizer.key("宿舍面积(㎡)")).isEqualTo("宿舍面积(m2)");
    assertThat(TextNormalizer.key("宿舍面积（m²）")).isEqualTo("宿舍面积(m2)");
  }

  @Test
  void removesEveryKindOfSpaceAndTheBom() {
    assertThat(TextNormalizer.key("\uFEFF 统一 社会\u3000信用代码\t")).isEqualTo("统一社会信用代码");
    assertThat(TextNormalizer.key("景\u00A0县")).isEqualTo("景县");
    assertThat(TextNormalizer.key(null)).isEmpty();
  }

  @Test
  void theShortCutForPlainTextAgreesWithNfkcForEveryCharacter() {
    // ASCII and the unified ideographs skip NFKC: for every character of the basic plane, alone
    // and beside plain text, the key equals NFKC with white space removed
    for (char character = 0; character < Character.MAX_VALUE; character++) {
      if (Character.isSurrogate(character)) {
        continue;
      }
      for (String text :
          List.of(String.valueOf(character), "a" + character + "b", "复" + character + " 工")) {
        assertThat(TextNormalizer.key(text)).as("U+%04X", (int) character).isEqualTo(nfkcKey(text));
      }
    }
  }

  @Test
  void plainCellsKeepTheirText() {
    assertThat(TextNormalizer.key("是")).isEqualTo("是");
    assertThat(TextNormalizer.key("91131102MA0ABCDE1X")).isEqualTo("91131102MA0ABCDE1X");
    assertThat(TextNormalizer.key("2020-03-01")).isEqualTo("2020-03-01");
    assertThat(TextNormalizer.key("１２.５")).isEqualTo("12.5");
  }

  private static String nfkcKey(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder key = new StringBuilder();
    normalized
        .chars()
        .filter(
            character ->
                character != '\uFEFF'
                    && !Character.isWhitespace(character)
                    && !Character.isSpaceChar(character))
        .forEach(character -> key.append((char) character));
    return key.toString();
  }

  @Test
  void trimKeepsInnerSpaces() {
    assertThat(TextNormalizer.trim("\uFEFF\u3000河北 某某 公司 \t")).isEqualTo("河北 某某 公司");
    assertThat(TextNormalizer.trim(null)).isEmpty();
  }
}
