package fugong.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * Heat-map colours: the {@link RagStatus} of a rate decides the hue (red below the amber threshold,
 * amber from it, green from the green threshold), and the shade within the hue shows how far the
 * rate is from the next threshold, so 95.1 % and 100 % no longer look the same.
 *
 * <ul>
 *   <li>red: from {@link #RED_DEEP} at {@link #RED_SPAN} (20 points) or more below the amber
 *       threshold to {@link #RED_LIGHT} just below it;
 *   <li>amber: from {@link #AMBER_DEEP} at the amber threshold to {@link #AMBER_LIGHT} at the green
 *       threshold;
 *   <li>green: from {@link #GREEN_LIGHT} at the green threshold to {@link #GREEN_DEEP} at 100 %;
 *   <li>grey ({@link RagStatus#NONE}) for no data.
 * </ul>
 *
 * Each channel is interpolated linearly and rounded half up.
 *
 * @param green the lowest green rate
 * @param amber the lowest amber rate
 */
record GradedRagScale(double green, double amber) implements PaintScale, Serializable {

  /** Red of the lowest rates. */
  static final Color RED_DEEP = new Color(0x99, 0x0D, 0x0D);

  /** Red just below the amber threshold. */
  static final Color RED_LIGHT = new Color(0xE0, 0x4B, 0x3A);

  /** Amber at the amber threshold. */
  static final Color AMBER_DEEP = new Color(0xF0, 0x8A, 0x24);

  /** Amber just below the green threshold. */
  static final Color AMBER_LIGHT = new Color(0xF7, 0xC9, 0x4E);

  /** Green at the green threshold. */
  static final Color GREEN_LIGHT = new Color(0x8C, 0xC8, 0x7A);

  /** Green at 100 %. */
  static final Color GREEN_DEEP = new Color(0x23, 0x7B, 0x45);

  /** The red shades span this many rate units below the amber threshold. */
  static final double RED_SPAN = 0.20;

  /** Rejects thresholds in the wrong order. */
  GradedRagScale {
    if (!(amber <= green)) {
      throw new IllegalArgumentException(
          "the amber threshold must not exceed the green one: " + amber + " > " + green);
    }
  }

  @Override
  public double getLowerBound() {
    return 0.0;
  }

  @Override
  public double getUpperBound() {
    return 1.0;
  }

  @Override
  public Paint getPaint(double value) {
    return colour(value);
  }

  /**
   * The colour of a rate.
   *
   * @param value the rate, NaN for no data
   * @return its colour
   */
  Color colour(double value) {
    return switch (RagStatus.of(value, green, amber)) {
      case NONE -> RagStatus.NONE.color();
      case RED -> blend(RED_DEEP, RED_LIGHT, share(value, amber - RED_SPAN, amber));
      case AMBER -> blend(AMBER_DEEP, AMBER_LIGHT, share(value, amber, green));
      case GREEN -> blend(GREEN_LIGHT, GREEN_DEEP, share(value, green, 1.0));
    };
  }

  /**
   * The colour shown for a status in the legend: the shade in the middle of its band.
   *
   * @param status the status
   * @return the colour
   */
  Color legendColour(RagStatus status) {
    return switch (status) {
      case NONE -> RagStatus.NONE.color();
      case RED -> blend(RED_DEEP, RED_LIGHT, 0.5);
      case AMBER -> blend(AMBER_DEEP, AMBER_LIGHT, 0.5);
      case GREEN -> blend(GREEN_LIGHT, GREEN_DEEP, 0.5);
    };
  }

  /**
   * Whether text on this colour should be white (on dark shades) rather than dark.
   *
   * @param background the cell colour
   * @return true for white text
   */
  static boolean needsWhiteText(Color background) {
    double luminance =
        (0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue())
            / 255.0;
    return luminance < 0.6;
  }

  /** Where value lies between from and to, clamped to [0,1]; 1 when the band is empty. */
  private static double share(double value, double from, double to) {
    if (to <= from) {
      return 1.0;
    }
    return Math.max(0.0, Math.min(1.0, (value - from) / (to - from)));
  }

  private static Color blend(Color from, Color to, double share) {
    return new Color(
        channel(from.getRed(), to.getRed(), share),
        channel(from.getGreen(), to.getGreen(), share),
        channel(from.getBlue(), to.getBlue(), share));
  }

  private static int channel(int from, int to, double share) {
    return (int) Math.floor(from + share * (to - from) + 0.5);
  }
}
