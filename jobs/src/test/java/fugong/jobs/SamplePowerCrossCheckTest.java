package fugong.jobs;

import java.nio.file.Path;

/**
 * The electricity cross-check of {@link PowerCrossCheckTest} on the sample's run: 21,369 accepted
 * readings (every one on a report date), 14 dates × 38 units of power_daily (13 counties, 4
 * leaders, the city, 18 industries, 2 scales) and the 426 flags (62 复工存疑, 258 用电未报, 106 产值电量背离),
 * every row and column equal in Spark and DuckDB.
 */
class SamplePowerCrossCheckTest extends PowerCrossCheckTest {
  @Override
  Path world() {
    return SampleRun.output();
  }

  @Override
  long[] expectedRows() {
    return new long[] {21_369, 14L * 38, 426};
  }
}
