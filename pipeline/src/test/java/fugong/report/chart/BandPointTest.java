package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandPointTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2020, 3, 1);

  @Test
  void eachDateGetsTheLowestAndHighestCountyIgnoringMissingValues() {
    List<TrendSeries> counties =
        List.of(
            new TrendSeries(
                "桃城区",
                List.of(
                    new DatedValue(MARCH_1.plusDays(1), 0.861),
                    new DatedValue(MARCH_1, 0.842),
                    new DatedValue(MARCH_1.plusDays(2), null))),
            new TrendSeries(
                "景县",
                List.of(
                    new DatedValue(MARCH_1, 0.921), new DatedValue(MARCH_1.plusDays(1), 0.855))),
            new TrendSeries(
                "武邑县",
                List.of(
                    new DatedValue(MARCH_1, 0.877),
                    new DatedValue(MARCH_1.plusDays(1), 0.902),
                    new DatedValue(MARCH_1.plusDays(2), null))));

    // 1 March: 0.842 / 0.921 / 0.877; 2 March: 0.861 / 0.855 / 0.902; 3 March: nothing reported
    assertThat(BandPoint.of(counties))
        .containsExactly(
            new BandPoint(MARCH_1, 0.842, 0.921),
            new BandPoint(MARCH_1.plusDays(1), 0.855, 0.902),
            new BandPoint(MARCH_1.plusDays(2), null, null));
  }

  @Test
  void noLinesGiveNoBand() {
    assertThat(BandPoint.of(List.of())).isEmpty();
  }
}
