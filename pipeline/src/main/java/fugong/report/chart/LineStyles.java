package fugong.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The colour and stroke of each line of a multi-line trend chart. The first line (the city or the
 * leader total) is thick and near-black; the next 13 lines (one per county of Hengshui) each get
 * their own colour from a qualitative palette, the first 7 solid and the last 6 dashed, so no two
 * of up to 14 lines look alike: the closest two colours (the blue and the teal, 61 apart in RGB)
 * differ in dash too. From the 15th line on, the colours repeat, dotted.
 */
final class LineStyles {

  /** Stroke width of the first line. */
  static final float LEADING_WIDTH = 3.2f;

  /** Stroke width of the other lines. */
  static final float WIDTH = 2.0f;

  /** The colour of the first line. */
  static final Color LEADING = new Color(0x1A, 0x1A, 0x1A);

  /** The colours of the other lines, in order. */
  static final Color[] PALETTE = {
    new Color(0x1F, 0x77, 0xB4), // blue
    new Color(0xFF, 0x7F, 0x0E), // orange
    new Color(0x2C, 0xA0, 0x2C), // green
    new Color(0xD6, 0x27, 0x28), // red
    new Color(0x94, 0x67, 0xBD), // purple
    new Color(0x8C, 0x56, 0x4B), // brown
    new Color(0x17, 0xBE, 0xCF), // cyan
    new Color(0xE3, 0x77, 0xC2), // pink, dashed
    new Color(0x7F, 0x7F, 0x7F), // grey, dashed
    new Color(0xBC, 0xBD, 0x22), // olive, dashed
    new Color(0x39, 0x3B, 0x79), // indigo, dashed
    new Color(0x80, 0x00, 0x00), // maroon, dashed
    new Color(0x00, 0x80, 0x80), // teal, dashed
  };

  /** How many of the palette's colours are drawn solid; the rest are dashed. */
  static final int SOLID_COLOURS = 7;

  private static final float[] DASHED = {7f, 4f};
  private static final float[] DOTTED = {2f, 3f};

  private LineStyles() {}

  /**
   * The colour of a line.
   *
   * @param index the line's position, 0 for the leading line
   * @return its colour
   */
  static Color colour(int index) {
    return index == 0 ? LEADING : PALETTE[(index - 1) % PALETTE.length];
  }

  /**
   * The stroke of a line: solid, dashed or dotted as described above.
   *
   * @param index the line's position, 0 for the leading line
   * @return its stroke
   */
  static BasicStroke stroke(int index) {
    if (index == 0) {
      return new BasicStroke(LEADING_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    int other = index - 1;
    float[] dash;
    if (other >= PALETTE.length) {
      dash = DOTTED;
    } else if (other >= SOLID_COLOURS) {
      dash = DASHED;
    } else {
      dash = null;
    }
    return new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
