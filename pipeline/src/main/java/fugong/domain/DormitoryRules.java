package fugong.domain;

import java.math.BigDecimal;

/**
 * Checklist item W5 judged from the dormitory numbers: at most 6 residents per room and at least
 * 2.5 m² per resident. An enterprise with no residents meets it; residents with no rooms do not.
 */
public final class DormitoryRules {
  public static final long MAX_RESIDENTS_PER_ROOM = 6;
  public static final BigDecimal MIN_AREA_PER_RESIDENT_M2 = new BigDecimal("2.5");

  private DormitoryRules() {}

  /** Whether the numbers meet W5. Exact arithmetic: no division, so 6.0 per room is met. */
  public static boolean meetsDensity(long rooms, long residents, BigDecimal areaSquareMetres) {
    if (residents == 0) {
      return true;
    }
    if (rooms == 0) {
      return false;
    }
    boolean roomsOk = residents <= MAX_RESIDENTS_PER_ROOM * rooms;
    boolean areaOk =
        areaSquareMetres.compareTo(MIN_AREA_PER_RESIDENT_M2.multiply(BigDecimal.valueOf(residents)))
            >= 0;
    return roomsOk && areaOk;
  }
}
