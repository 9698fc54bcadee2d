package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifficultyTest {

  @Test
  void splitsOnEverySeparatorAndMixesCodesAndNames() {
    Difficulty.Parsed parsed = Difficulty.parseList("D1;用工难；D3、配套企业开工不足,d5，资金紧张");
    assertThat(parsed.difficulties())
        .containsExactly(
            Difficulty.D1,
            Difficulty.D2,
            Difficulty.D3,
            Difficulty.D4,
            Difficulty.D5,
            Difficulty.D7);
    assertThat(parsed.unknownParts()).isEmpty();
  }

  @Test
  void repeatedCodesCountOnceAndEmptyPartsAreIgnored() {
    Difficulty.Parsed parsed = Difficulty.parseList("D8；订单不足；；");
    assertThat(parsed.difficulties()).containsExactly(Difficulty.D8);
    assertThat(parsed.unknownParts()).isEmpty();
  }

  @Test
  void reportsUnknownParts() {
    Difficulty.Parsed parsed = Difficulty.parseList("D1、缺电、D10");
    assertThat(parsed.difficulties()).containsExactly(Difficulty.D1);
    assertThat(parsed.unknownParts()).containsExactly("缺电", "D10");
  }

  @Test
  void emptyCellHasNoDifficulty() {
    assertThat(Difficulty.parseList("")).isEqualTo(new Difficulty.Parsed(List.of(), List.of()));
    assertThat(Difficulty.parseList(null)).isEqualTo(new Difficulty.Parsed(List.of(), List.of()));
  }

  @Test
  void resolvesByCodeOrName() {
    assertThat(Difficulty.resolve("D9")).contains(Difficulty.D9);
    assertThat(Difficulty.resolve("其他")).contains(Difficulty.D9);
    assertThat(Difficulty.resolve("防疫物资 短缺")).contains(Difficulty.D6);
    assertThat(Difficulty.resolve("没有")).isEmpty();
  }
}
