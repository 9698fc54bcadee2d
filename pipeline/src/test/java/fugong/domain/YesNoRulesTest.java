package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YesNoRulesTest {

  @Test
  void acceptsEveryYesSpelling() {
    for (String yes :
        List.of("是", "Y", "y", "1", "true", "TRUE", "True", "已复工", "yes", "Ｙ", "１", " 是 ")) {
      assertThat(YesNoRules.parse(yes)).as(yes).contains(Boolean.TRUE);
    }
  }

  @Test
  void acceptsEveryNoSpelling() {
    for (String no :
        List.of("否", "N", "n", "0", "false", "FALSE", "未复工", "no", "Ｎ", "０", "\u3000否")) {
      assertThat(YesNoRules.parse(no)).as(no).contains(Boolean.FALSE);
    }
  }

  @Test
  void rejectsAnythingElse() {
    for (String other : List.of("有", "无", "2", "yes!", "是的", "对", "")) {
      assertThat(YesNoRules.parse(other)).as(other).isEmpty();
    }
    assertThat(YesNoRules.parse(null)).isEmpty();
  }
}
