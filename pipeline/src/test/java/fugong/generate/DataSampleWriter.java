package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the committed sample with the defaults (1560 enterprises, 14 days from 2020-02-26,
 * seed 20200226, error rate 0.02). Runs only when asked for, from the repository root:
 *
 * <pre>
 * mvn -B -o -q -pl pipeline test -Dtest=DataSampleWriter -Dfugong.sample.out=$PWD/data-sample
 * </pre>
 *
 * (the same as {@code fugong generate --out data-sample}).
 */
class DataSampleWriter {
  @Test
  @EnabledIfSystemProperty(named = "fugong.sample.out", matches = ".+")
  void writeSample() {
    Path out = Path.of(System.getProperty("fugong.sample.out"));
    GenerationSummary summary = new SyntheticDataGenerator(GeneratorConfig.defaults(out)).run();
    System.out.println(summary);
    for (int countyIndex = 0;
        countyIndex < fugong.domain.CountyDirectory.HENGSHUI.size();
        countyIndex++) {
      System.out.println(
          fugong.domain.CountyDirectory.HENGSHUI.get(countyIndex)
              + ": "
              + CountyStyle.forCounty(countyIndex, GeneratorConfig.DEFAULT_SEED).describe());
    }
    assertThat(summary.enterprises()).isEqualTo(GeneratorConfig.DEFAULT_ENTERPRISES);
  }
}
