package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
  void trimKeepsInnerSpaces() {
    assertThat(TextNormalizer.trim("\uFEFF\u3000河北 某某 公司 \t")).isEqualTo("河北 某某 公司");
    assertThat(TextNormalizer.trim(null)).isEmpty();
  }
}
