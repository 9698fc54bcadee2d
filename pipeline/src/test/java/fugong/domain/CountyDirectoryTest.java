package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountyDirectoryTest {
  private final CountyDirectory directory = CountyDirectory.hengshui();

  @Test
  void hasThirteenCounties() {
    assertThat(directory.counties()).hasSize(13);
    assertThat(directory.byCode("131127")).contains(new County("131127", "景县"));
    assertThat(directory.byCode("131100")).isEmpty();
  }

  @Test
  void resolvesByCodeNameAndNameWithoutSuffix() {
    assertThat(directory.resolve("131102")).map(County::name).contains("桃城区");
    assertThat(directory.resolve("桃城区")).map(County::code).contains("131102");
    assertThat(directory.resolve("桃城")).map(County::code).contains("131102");
    assertThat(directory.resolve("深州")).map(County::code).contains("131182");
    assertThat(directory.resolve("景")).map(County::code).contains("131127");
  }

  @Test
  void ignoresStraySpacesAndFullWidthCharacters() {
    assertThat(directory.resolve("景 县")).map(County::code).contains("131127");
    assertThat(directory.resolve("景\u3000县")).map(County::code).contains("131127");
    assertThat(directory.resolve(" 冀州区 ")).map(County::code).contains("131103");
    assertThat(directory.resolve("１３１１２８")).map(County::name).contains("阜城县");
  }

  @Test
  void resolvesTheHighTechZoneByItsFullName() {
    assertThat(directory.resolve("高新区")).map(County::code).contains("131171");
    assertThat(directory.resolve("衡水高新技术产业开发区")).map(County::code).contains("131171");
    assertThat(directory.resolve("滨湖新区")).map(County::code).contains("131172");
  }

  @Test
  void unknownIsEmpty() {
    assertThat(directory.resolve("石家庄市")).isEmpty();
    assertThat(directory.resolve("131100")).isEmpty();
    assertThat(directory.resolve("")).isEmpty();
    assertThat(directory.resolve(null)).isEmpty();
  }
}
