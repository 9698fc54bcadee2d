package fugong.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRulesTest {
  private static final LocalDate MARCH_FIRST = LocalDate.of(2020, 3, 1);

  @Test
  void readsTheFourFormsAndExcelDateText() {
    assertThat(DateRules.parse("2020-03-01")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020-3-1")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020/3/1")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020/03/01")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020年3月1日")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("20200301")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020.3.1")).contains(MARCH_FIRST);
    // eight characters, but not the eight-digit form
    assertThat(DateRules.parse("2020-3-1")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020年3月1日")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("2020-12-31")).contains(LocalDate.of(2020, 12, 31));
    assertThat(DateRules.parse("2020/1/31")).contains(LocalDate.of(2020, 1, 31));
    // The workbook reader turns a date cell into ISO text.
    assertThat(DateRules.parse(LocalDate.of(2020, 2, 15).toString()))
        .contains(LocalDate.of(2020, 2, 15));
  }

  @Test
  void toleratesSurroundingSpacesAndFullWidthDigits() {
    assertThat(DateRules.parse(" 2020-03-01 ")).contains(MARCH_FIRST);
    assertThat(DateRules.parse("２０２０年３月１日")).contains(MARCH_FIRST);
  }

  @Test
  void isStrictAboutImpossibleDates() {
    for (String impossible :
        List.of("20200230", "2020-02-30", "2020/13/1", "2019-02-29", "2020年2月30日", "2020-00-10")) {
      assertThat(DateRules.parse(impossible)).as(impossible).isEmpty();
    }
  }

  @Test
  void acceptsLeapDay() {
    assertThat(DateRules.parse("2020-02-29")).contains(LocalDate.of(2020, 2, 29));
    assertThat(DateRules.parse("20200229")).contains(LocalDate.of(2020, 2, 29));
  }

  @Test
  void rejectsOtherShapes() {
    for (String other :
        List.of("", "3月1日", "2020-03", "01/03/2020", "2020-03-01 08:00", "昨天", "43891")) {
      assertThat(DateRules.parse(other)).as(other).isEmpty();
    }
    assertThat(DateRules.parse(null)).isEmpty();
  }
}
