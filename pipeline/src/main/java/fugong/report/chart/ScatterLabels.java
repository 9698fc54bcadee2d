package fugong.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the name of each dot of a scatter chart goes so that names do not cover each other: right
 * of the dot, else left, above or below, the first place free of the names already placed (the last
 * choice is right when none is free). Both renderers of the chart (the PNG/PDF and the HTML's SVG)
 * place names by this rule, each in its own drawing units.
 */
public final class ScatterLabels {
  private ScatterLabels() {}

  /** The side of its dot a name is written on. */
  public enum Side {
    RIGHT,
    LEFT,
    ABOVE,
    BELOW
  }

  /**
   * The side of each dot's name.
   *
   * @param centres the dots in drawing units, x to the right and y downwards
   * @param widths each name's width in the same units
   * @param height the height of a name
   * @param gap the distance between a dot's centre and its name
   * @param radius a dot's radius: no name covers a dot
   * @param bounds {left, top, right, bottom} of the area names must stay inside
   * @return one side per dot, in the order given
   */
  public static List<Side> place(
      List<double[]> centres,
      List<Double> widths,
      double height,
      double gap,
      double radius,
      double[] bounds) {
    List<double[]> taken = new ArrayList<>();
    for (double[] centre : centres) {
      taken.add(
          new double[] {
            centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius
          });
    }
    List<Side> sides = new ArrayList<>();
    for (int index = 0; index < centres.size(); index++) {
      double x = centres.get(index)[0];
      double y = centres.get(index)[1];
      double width = widths.get(index);
      Side chosen = null;
      Side inside = null;
      for (Side side : Side.values()) {
        double[] candidate = box(side, x, y, width, height, gap);
        if (!within(candidate, bounds)) {
          continue;
        }
        inside = inside == null ? side : inside;
        if (taken.stream().noneMatch(other -> overlaps(candidate, other))) {
          chosen = side;
          break;
        }
      }
      chosen = chosen != null ? chosen : inside != null ? inside : Side.RIGHT;
      taken.add(box(chosen, x, y, width, height, gap));
      sides.add(chosen);
    }
    return sides;
  }

  /** {left, top, right, bottom} of a name on a side of the dot at (x, y). */
  public static double[] box(
      Side side, double x, double y, double width, double height, double gap) {
    return switch (side) {
      case RIGHT -> new double[] {x + gap, y - height / 2, x + gap + width, y + height / 2};
      case LEFT -> new double[] {x - gap - width, y - height / 2, x - gap, y + height / 2};
      case ABOVE -> new double[] {x - width / 2, y - gap - height, x + width / 2, y - gap};
      case BELOW -> new double[] {x - width / 2, y + gap, x + width / 2, y + gap + height};
    };
  }

  private static boolean within(double[] box, double[] bounds) {
    return box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3];
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }
}
