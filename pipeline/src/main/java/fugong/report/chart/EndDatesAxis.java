package fugong.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A date axis for a small panel: its only ticks are the first and the last date of the data, the
 * first written rightwards from its tick and the last leftwards, so that neighbouring panels'
 * labels never meet.
 */
final class EndDatesAxis extends DateAxis {
  private static final long serialVersionUID = 1L;

  private final long first;
  private final long last;
  private final DateFormat format;

  /**
   * An axis in the given zone.
   *
   * @param first the first date as epoch milliseconds
   * @param last the last date as epoch milliseconds
   * @param zone the zone the dates are written in
   * @param format the label format, e.g. "M月d日"
   */
  EndDatesAxis(long first, long last, TimeZone zone, DateFormat format) {
    super(null, zone, Locale.CHINA);
    this.first = first;
    this.last = last;
    this.format = format;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(
      Graphics2D graphics, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    if (first == last) {
      return List.of(tick(first, TextAnchor.TOP_CENTER));
    }
    return List.of(tick(first, TextAnchor.TOP_LEFT), tick(last, TextAnchor.TOP_RIGHT));
  }

  private DateTick tick(long millis, TextAnchor anchor) {
    Date date = new Date(millis);
    return new DateTick(TickType.MAJOR, date, format.format(date), anchor, TextAnchor.CENTER, 0.0);
  }
}
