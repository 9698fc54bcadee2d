package fugong.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifficultyCaseTrackerTest {
  private static LocalDate feb(int day) {
    return LocalDate.of(2020, 2, day);
  }

  private static DifficultyReport report(int day, String... codes) {
    return new DifficultyReport(feb(day), List.of(codes));
  }

  @Test
  void opensOnFirstListingAndResolvesOnFirstReportWithoutIt() {
    // D1 listed on 10 and 11, not on 12 → opened 10, resolved 12.
    List<DifficultyCase> cases =
        DifficultyCaseTracker.cases(List.of(report(10, "D1"), report(11, "D1"), report(12)));
    assertThat(cases).containsExactly(new DifficultyCase("D1", feb(10), feb(12)));
  }

  @Test
  void aMissingDayNeitherResolvesNorExtends() {
    // Reports on 10 (D1), none on 11, 12 (D1), 13 (none): the gap on 11 does not resolve;
    // the case is resolved on 13, the first report without D1.
    List<DifficultyCase> cases =
        DifficultyCaseTracker.cases(List.of(report(10, "D1"), report(12, "D1"), report(13)));
    assertThat(cases).containsExactly(new DifficultyCase("D1", feb(10), feb(13)));

    // Reports on 10 (D1), none on 11–13, 14 (none): resolved on 14, not on 11.
    assertThat(DifficultyCaseTracker.cases(List.of(report(10, "D1"), report(14))))
        .containsExactly(new DifficultyCase("D1", feb(10), feb(14)));

    // Last report on 10 lists D1 and nothing follows: the case stays open (no extension by days).
    assertThat(DifficultyCaseTracker.cases(List.of(report(9), report(10, "D1"))))
        .containsExactly(new DifficultyCase("D1", feb(10), null));
  }

  @Test
  void listingAgainAfterResolutionOpensANewCase() {
    // D5 on 10, not on 11, again on 12 and 13 → [10, 11) and [12, open).
    List<DifficultyCase> cases =
        DifficultyCaseTracker.cases(
            List.of(report(10, "D5"), report(11), report(12, "D5"), report(13, "D5")));
    assertThat(cases)
        .containsExactly(
            new DifficultyCase("D5", feb(10), feb(11)), new DifficultyCase("D5", feb(12), null));
  }

  @Test
  void twoCodesWithDifferentLifetimes() {
    // D7 listed 10–13 (resolved 14); D2 listed 11–12 (resolved 13).
    List<DifficultyCase> cases =
        DifficultyCaseTracker.cases(
            List.of(
                report(10, "D7"),
                report(11, "D7", "D2"),
                report(12, "D2", "D7"),
                report(13, "D7"),
                report(14)));
    assertThat(cases)
        .containsExactly(
            new DifficultyCase("D7", feb(10), feb(14)), new DifficultyCase("D2", feb(11), feb(13)));
  }

  @Test
  void sortsByOpeningDateThenCode() {
    // D9 and D1 both open on 10; D3 opens on 11 → order D1(10), D9(10), D3(11).
    List<DifficultyCase> cases =
        DifficultyCaseTracker.cases(List.of(report(10, "D9", "D1"), report(11, "D3", "D9", "D1")));
    assertThat(cases).extracting(DifficultyCase::code).containsExactly("D1", "D9", "D3");
  }

  @Test
  void acceptsReportsInAnyOrder() {
    List<DifficultyReport> ordered =
        List.of(report(10, "D1"), report(11, "D1", "D4"), report(12, "D4"), report(13));
    List<DifficultyReport> shuffled =
        new ArrayList<>(List.of(ordered.get(2), ordered.get(0), ordered.get(3), ordered.get(1)));
    // D1: 10–11, resolved 12; D4: 11–12, resolved 13.
    List<DifficultyCase> expected =
        List.of(
            new DifficultyCase("D1", feb(10), feb(12)), new DifficultyCase("D4", feb(11), feb(13)));
    assertThat(DifficultyCaseTracker.cases(shuffled)).isEqualTo(expected);
    assertThat(DifficultyCaseTracker.cases(ordered)).isEqualTo(expected);
  }

  @Test
  void duplicateCodesInOneReportCountOnce() {
    assertThat(DifficultyCaseTracker.cases(List.of(report(10, "D2", "D2"), report(11))))
        .containsExactly(new DifficultyCase("D2", feb(10), feb(11)));
  }

  @Test
  void noReportsOrNoCodesGiveNoCases() {
    assertThat(DifficultyCaseTracker.cases(List.of())).isEmpty();
    assertThat(
            DifficultyCaseTracker.cases(List.of(report(10), new DifficultyReport(feb(11), null))))
        .isEmpty();
  }

  @Test
  void rejectsTwoReportsWithTheSameDate() {
    assertThatThrownBy(() -> DifficultyCaseTracker.cases(List.of(report(10, "D1"), report(10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-02-10");
  }

  @Test
  void daysOpenForResolvedAndOpenCases() {
    // Resolved: 2020-02-14 − 2020-02-10 = 4 days, whatever the latest report date.
    DifficultyCase resolved = new DifficultyCase("D1", feb(10), feb(14));
    assertThat(resolved.daysOpen(feb(20))).isEqualTo(4);
    // Open: latest report date 2020-02-20 − 2020-02-10 = 10 days.
    DifficultyCase open = new DifficultyCase("D1", feb(10), null);
    assertThat(open.daysOpen(feb(20))).isEqualTo(10);
    // Across the month end: 2020-03-02 − 2020-02-27 = 4 days (2020 is a leap year: 27, 28, 29, 1).
    assertThat(new DifficultyCase("D1", feb(27), null).daysOpen(LocalDate.of(2020, 3, 2)))
        .isEqualTo(4);
    // Opened on the latest report date: 0 days.
    assertThat(open.daysOpen(feb(10))).isZero();
  }

  @Test
  void openOnBoundaries() {
    DifficultyCase resolved = new DifficultyCase("D1", feb(10), feb(14));
    assertThat(resolved.openOn(feb(9))).isFalse();
    assertThat(resolved.openOn(feb(10))).isTrue();
    assertThat(resolved.openOn(feb(13))).isTrue();
    assertThat(resolved.openOn(feb(14))).isFalse();
    assertThat(resolved.openOn(feb(15))).isFalse();

    DifficultyCase open = new DifficultyCase("D1", feb(10), null);
    assertThat(open.openOn(feb(9))).isFalse();
    assertThat(open.openOn(feb(10))).isTrue();
    assertThat(open.openOn(LocalDate.of(2021, 1, 1))).isTrue();
  }

  @Test
  void rejectsAResolutionNotAfterTheOpening() {
    assertThatThrownBy(() -> new DifficultyCase("D1", feb(10), feb(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
