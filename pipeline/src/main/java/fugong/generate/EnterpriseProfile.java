package fugong.generate;

import fugong.domain.Difficulty;
import fugong.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;

/**
 * A registry enterprise with the hidden behaviour the generator plays out day by day: when it
 * resumes (null = not within the period), how fast it ramps up, the share of normal output it
 * reaches, how lax it is with the checklist, its dormitory, its difficulty episode and its
 * reporter.
 *
 * @param resumedOn the resumption date, possibly before the first report date; null when it never
 *     resumes in the period
 * @param rampDays days from resumption to full staffing
 * @param capacity the share of normal daily output reached once ramped up (below 0.5 = reduced, 0.9
 *     or more = full load)
 * @param laxity multiplies the county's chance of a 否 checklist item
 * @param dormRooms rooms when the enterprise reports its dormitory, else 0
 * @param dormResidents residents (8 per room when the numbers contradict a 是 for W5)
 * @param dormAreaSquareMetres dormitory area
 * @param difficulties the codes of its difficulty episode, empty when it has none
 * @param difficultyFirstDay 0-based first day the difficulties are reported
 * @param difficultyLastDay 0-based last day the difficulties are reported
 * @param difficultySpelling 0 codes, 1 names, 2 codes and names mixed
 * @param difficultySeparator the separator between difficulties
 */
record EnterpriseProfile(
    Enterprise enterprise,
    int countyIndex,
    LocalDate resumedOn,
    int rampDays,
    double capacity,
    double laxity,
    int dormRooms,
    int dormResidents,
    int dormAreaSquareMetres,
    List<Difficulty> difficulties,
    int difficultyFirstDay,
    int difficultyLastDay,
    int difficultySpelling,
    String difficultySeparator,
    String reporter,
    String phone) {

  boolean reportsDormitory() {
    return dormRooms > 0;
  }

  boolean resumedBy(LocalDate reportDate) {
    return resumedOn != null && !resumedOn.isAfter(reportDate);
  }

  boolean reportsDifficultiesOn(int dayIndex) {
    return !difficulties.isEmpty()
        && dayIndex >= difficultyFirstDay
        && dayIndex <= difficultyLastDay;
  }
}
