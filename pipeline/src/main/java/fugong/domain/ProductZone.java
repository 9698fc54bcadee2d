package fugong.domain;

import java.time.ZoneId;

/**
 * The product's time zone, Asia/Shanghai: report dates, arrival times, deadlines and charts are
 * read and shown in it, whatever the machine's zone.
 */
public final class ProductZone {
  /** The zone's id, for Spark settings and SQL. */
  public static final String ID = "Asia/Shanghai";

  public static final ZoneId ZONE = ZoneId.of(ID);

  private ProductZone() {}
}
