package fugong.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * When each county's file arrives (local time, Asia/Shanghai): mostly in the afternoon of the
 * report date before the 20:00 deadline, about 3% in the evening after it and 2% the next morning.
 * A correction arrives the next morning.
 */
final class ArrivalSchedule {
  private final long seed;

  ArrivalSchedule(long seed) {
    this.seed = seed;
  }

  LocalDateTime arrival(int countyIndex, int dayIndex, LocalDate reportDate) {
    SplittableRandom random = Seeds.random(seed, "arrival", countyIndex, dayIndex);
    double draw = random.nextDouble();
    if (draw < 0.95) {
      return reportDate
          .atTime(LocalTime.of(14, 30))
          .plusSeconds(random.nextInt(5 * 3600 + 29 * 60));
    }
    if (draw < 0.98) {
      return reportDate
          .atTime(LocalTime.of(20, 0, 1))
          .plusSeconds(random.nextInt(3 * 3600 + 50 * 60));
    }
    return reportDate.plusDays(1).atTime(LocalTime.of(8, 0)).plusSeconds(random.nextInt(3 * 3600));
  }

  LocalDateTime correctionArrival(int countyIndex, int dayIndex, LocalDate reportDate) {
    SplittableRandom random = Seeds.random(seed, "correction-arrival", countyIndex, dayIndex);
    return reportDate.plusDays(1).atTime(LocalTime.of(9, 0)).plusSeconds(random.nextInt(3 * 3600));
  }
}
