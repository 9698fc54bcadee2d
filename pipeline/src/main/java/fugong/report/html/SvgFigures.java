package fugong.report.html;

import static fugong.report.html.Html.escape;

import fugong.report.Formats;
import fugong.report.chart.BandPoint;
import fugong.report.chart.DatedValue;
import fugong.report.chart.LabelledPoint;
import fugong.report.chart.RateAxisRange;
import fugong.report.chart.ScatterLabels;
import fugong.report.chart.ScatterRange;
import fugong.report.chart.TrendSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The charts of the HTML edition as inline SVG inside a {@code <figure>}, each with a visible
 * caption that states every figure the chart draws (its text alternative, referenced by {@code
 * aria-describedby}). The figures are the model's; the band of the trend is the same {@link
 * BandPoint} the PNG chart draws, its axis the same {@link RateAxisRange}.
 */
final class SvgFigures {
  /** The colour class of a bar: {@code good}, {@code watch}, {@code behind} or {@code none}. */
  record Bar(String name, double length, String valueText, String colour) {}

  private static final int WIDTH = 360;

  private SvgFigures() {}

  /**
   * The trend: the total's line over the band from the lowest to the highest county of each date.
   */
  static String trend(String id, String title, TrendSeries total, List<TrendSeries> counties) {
    List<BandPoint> band = BandPoint.of(counties);
    TreeSet<LocalDate> dates = new TreeSet<>();
    Map<LocalDate, Double> line = new TreeMap<>();
    for (DatedValue point : total.points()) {
      dates.add(point.date());
      line.put(point.date(), point.value());
    }
    List<Double> shown = new ArrayList<>(line.values());
    Map<LocalDate, BandPoint> bandByDate = new TreeMap<>();
    for (BandPoint point : band) {
      dates.add(point.date());
      bandByDate.put(point.date(), point);
      shown.add(point.lowest());
      shown.add(point.highest());
    }
    RateAxisRange axis = RateAxisRange.fit(shown);
    List<LocalDate> days = List.copyOf(dates);
    double left = 44;
    double right = WIDTH - 10;
    double top = 12;
    double bottom = 170;
    int height = 222;
    StringBuilder svg = open(id, title, height);
    for (int points = axis.lowerPoints();
        points <= axis.upperPoints();
        points += axis.stepPoints()) {
      double y = y(points / 100.0, axis, top, bottom);
      gridLine(svg, left, y, right, y);
      tick(svg, left - 4, y + 4, "end", points);
    }
    // the band, one polygon per run of dates with a value
    List<List<BandPoint>> runs = new ArrayList<>();
    List<BandPoint> run = new ArrayList<>();
    for (LocalDate day : days) {
      BandPoint point = bandByDate.get(day);
      if (point == null || point.lowest() == null) {
        if (!run.isEmpty()) {
          runs.add(run);
          run = new ArrayList<>();
        }
      } else {
        run.add(point);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    for (List<BandPoint> stretch : runs) {
      StringBuilder polygon = new StringBuilder();
      for (BandPoint point : stretch) {
        polygon
            .append(number(x(days.indexOf(point.date()), days.size(), left, right)))
            .append(',')
            .append(number(y(point.highest(), axis, top, bottom)))
            .append(' ');
      }
      for (int index = stretch.size() - 1; index >= 0; index--) {
        BandPoint point = stretch.get(index);
        polygon
            .append(number(x(days.indexOf(point.date()), days.size(), left, right)))
            .append(',')
            .append(number(y(point.lowest(), axis, top, bottom)))
            .append(index == 0 ? "" : " ");
      }
      svg.append("<polygon class=\"band\" points=\"").append(polygon).append("\"/>");
    }
    // the total's line, broken where it has no value
    StringBuilder path = new StringBuilder();
    boolean drawing = false;
    StringBuilder dots = new StringBuilder();
    for (int index = 0; index < days.size(); index++) {
      Double value = line.get(days.get(index));
      if (value == null) {
        drawing = false;
        continue;
      }
      double x = x(index, days.size(), left, right);
      double y = y(value, axis, top, bottom);
      path.append(path.length() == 0 ? "" : " ")
          .append(drawing ? "L" : "M")
          .append(number(x))
          .append(' ')
          .append(number(y));
      drawing = true;
      dots.append("<circle class=\"dot\" cx=\"")
          .append(number(x))
          .append("\" cy=\"")
          .append(number(y))
          .append("\" r=\"2.5\"/>");
    }
    if (path.length() > 0) {
      svg.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(dots);
    }
    // dates: the first, the middle and the last
    if (!days.isEmpty()) {
      for (int index : new TreeSet<>(List.of(0, (days.size() - 1) / 2, days.size() - 1))) {
        double x = x(index, days.size(), left, right);
        String anchor =
            index == 0 && days.size() > 1
                ? "start"
                : index == days.size() - 1 && days.size() > 1 ? "end" : "middle";
        svg.append("<text class=\"tick\" x=\"")
            .append(number(x))
            .append("\" y=\"")
            .append(number(bottom + 16))
            .append("\" text-anchor=\"")
            .append(anchor)
            .append("\">")
            .append(escape(Formats.monthDay(days.get(index))))
            .append("</text>");
      }
    }
    // legend
    double legend = bottom + 38;
    svg.append("<line class=\"line\" x1=\"")
        .append(number(left))
        .append("\" y1=\"")
        .append(number(legend - 4))
        .append("\" x2=\"")
        .append(number(left + 18))
        .append("\" y2=\"")
        .append(number(legend - 4))
        .append("\"/>");
    svg.append("<text class=\"legend\" x=\"")
        .append(number(left + 22))
        .append("\" y=\"")
        .append(number(legend))
        .append("\">")
        .append(escape(total.name()))
        .append("</text>");
    double second = left + 40 + 14 * total.name().length();
    svg.append("<rect class=\"band\" x=\"")
        .append(number(second))
        .append("\" y=\"")
        .append(number(legend - 10))
        .append("\" width=\"18\" height=\"10\"/>");
    svg.append("<text class=\"legend\" x=\"")
        .append(number(second + 22))
        .append("\" y=\"")
        .append(number(legend))
        .append("\">县市区最高—最低</text>");
    svg.append("</svg>");

    List<String> totalTexts = new ArrayList<>();
    List<String> bandTexts = new ArrayList<>();
    for (LocalDate day : days) {
      totalTexts.add(Formats.monthDay(day) + " " + Formats.percent(line.get(day)));
      BandPoint point = bandByDate.get(day);
      if (point != null && point.lowest() != null) {
        bandTexts.add(
            Formats.monthDay(day)
                + " "
                + Formats.percent(point.lowest())
                + "—"
                + Formats.percent(point.highest()));
      }
    }
    String caption =
        total.name()
            + "复工率："
            + String.join("、", totalTexts)
            + "。"
            + (bandTexts.isEmpty() ? "" : "县市区最低—最高：" + String.join("、", bandTexts) + "。");
    return figure(id, svg.toString(), caption);
  }

  /**
   * Horizontal bars, one per row, each with its value written after it; {@code length} is the bar's
   * share of the full width (a rate as a fraction, or a count over the largest count).
   */
  static String bars(String id, String title, List<Bar> bars, String caption) {
    double labelWidth = 112;
    double left = labelWidth + 6;
    double right = WIDTH - 58;
    int rowHeight = 22;
    int height = 8 + rowHeight * bars.size();
    StringBuilder svg = open(id, title, height);
    for (int index = 0; index < bars.size(); index++) {
      Bar bar = bars.get(index);
      double y = 4 + index * rowHeight;
      double width = Math.max(0, Math.min(1, bar.length())) * (right - left);
      svg.append("<text class=\"label\" x=\"")
          .append(number(labelWidth))
          .append("\" y=\"")
          .append(number(y + 15))
          .append("\" text-anchor=\"end\">")
          .append(escape(bar.name()))
          .append("</text>");
      svg.append("<rect class=\"bar ")
          .append(bar.colour())
          .append("\" x=\"")
          .append(number(left))
          .append("\" y=\"")
          .append(number(y + 3))
          .append("\" width=\"")
          .append(number(width))
          .append("\" height=\"")
          .append(rowHeight - 6)
          .append("\"/>");
      svg.append("<text class=\"value\" x=\"")
          .append(number(left + width + 4))
          .append("\" y=\"")
          .append(number(y + 15))
          .append("\">")
          .append(escape(bar.valueText()))
          .append("</text>");
    }
    svg.append("</svg>");
    return figure(id, svg.toString(), caption);
  }

  /**
   * One dot per point with its name beside it (placed by the PNG chart's rule, {@link
   * ScatterLabels}), the diagonal y = x dashed, both axes over the PNG chart's {@link
   * ScatterRange}.
   */
  static String scatter(
      String id,
      String title,
      List<LabelledPoint> points,
      String xLabel,
      String yLabel,
      String belowDiagonal,
      String caption) {
    double left = 50;
    double right = 340;
    double top = 12;
    double bottom = 302;
    int height = 346;
    StringBuilder svg = open(id, title, height);
    ScatterRange range = ScatterRange.of(points);
    List<Integer> ticks = range.tickPercents();
    for (int index = 0; index < ticks.size(); index += ticks.size() > 6 ? 2 : 1) {
      int percent = ticks.get(index);
      double x = left + (right - left) * range.position(percent / 100.0);
      double y = bottom - (bottom - top) * range.position(percent / 100.0);
      gridLine(svg, left, y, right, y);
      gridLine(svg, x, top, x, bottom);
      tick(svg, left - 4, y + 4, "end", percent);
      tick(svg, x, bottom + 15, "middle", percent);
    }
    svg.append("<line class=\"diagonal\" x1=\"")
        .append(number(left))
        .append("\" y1=\"")
        .append(number(bottom))
        .append("\" x2=\"")
        .append(number(right))
        .append("\" y2=\"")
        .append(number(top))
        .append("\" stroke=\"#999\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
    svg.append("<text class=\"legend\" x=\"")
        .append(number((left + right) / 2))
        .append("\" y=\"")
        .append(number(bottom + 34))
        .append("\" text-anchor=\"middle\">")
        .append(escape(xLabel))
        .append("</text>");
    svg.append("<text class=\"legend\" x=\"12\" y=\"")
        .append(number((top + bottom) / 2))
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
        .append(number((top + bottom) / 2))
        .append(")\">")
        .append(escape(yLabel))
        .append("</text>");
    svg.append("<text class=\"tick\" x=\"")
        .append(number(left + 4))
        .append("\" y=\"")
        .append(number(top + 14))
        .append("\">")
        .append(escape(belowDiagonal))
        .append("</text>");
    double labelHeight = 12;
    double gap = 7;
    List<double[]> centres = new ArrayList<>();
    List<Double> widths = new ArrayList<>();
    for (LabelledPoint point : points) {
      centres.add(
          new double[] {
            left + (right - left) * range.position(point.x()),
            bottom - (bottom - top) * range.position(point.y())
          });
      widths.add(11.0 * point.label().length());
    }
    List<ScatterLabels.Side> sides =
        ScatterLabels.place(
            centres, widths, labelHeight, gap, 4, new double[] {left, top, WIDTH - 2, bottom});
    for (int index = 0; index < points.size(); index++) {
      double[] centre = centres.get(index);
      // the PNG's blue: a dot says nothing good or bad by itself, its place against the diagonal
      // does
      svg.append("<circle class=\"point\" cx=\"")
          .append(number(centre[0]))
          .append("\" cy=\"")
          .append(number(centre[1]))
          .append("\" r=\"4\" fill=\"#084594\"/>");
    }
    for (int index = 0; index < points.size(); index++) {
      double[] centre = centres.get(index);
      double[] box =
          ScatterLabels.box(
              sides.get(index), centre[0], centre[1], widths.get(index), labelHeight, gap);
      svg.append("<text class=\"label\" x=\"")
          .append(number(box[0]))
          .append("\" y=\"")
          .append(number(box[3] - 2))
          .append("\">")
          .append(escape(points.get(index).label()))
          .append("</text>");
    }
    svg.append("</svg>");
    return figure(id, svg.toString(), caption);
  }

  /**
   * The opening of a chart's SVG: its view box, 360 wide and {@code height} high, named by its
   * {@code <title>} and described by the figure's caption ({@code id-title}, {@code id-text}).
   */
  private static StringBuilder open(String id, String title, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title\" aria-describedby=\"")
        .append(id)
        .append("-text\">");
    svg.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    return svg;
  }

  /** A grid line from (x1, y1) to (x2, y2). */
  private static void gridLine(StringBuilder svg, double x1, double y1, double x2, double y2) {
    svg.append("<line class=\"grid\" x1=\"")
        .append(number(x1))
        .append("\" y1=\"")
        .append(number(y1))
        .append("\" x2=\"")
        .append(number(x2))
        .append("\" y2=\"")
        .append(number(y2))
        .append("\"/>");
  }

  /** An axis label "{percent}%" at (x, y), anchored start, middle or end. */
  private static void tick(StringBuilder svg, double x, double y, String anchor, int percent) {
    svg.append("<text class=\"tick\" x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(percent)
        .append("%</text>");
  }

  private static String figure(String id, String svg, String caption) {
    return "<figure>"
        + svg
        + "<figcaption id=\""
        + id
        + "-text\">"
        + escape(caption)
        + "</figcaption></figure>\n";
  }

  private static double x(int index, int count, double left, double right) {
    return count <= 1 ? (left + right) / 2 : left + (right - left) * index / (count - 1);
  }

  private static double y(double value, RateAxisRange axis, double top, double bottom) {
    double lower = axis.lowerPoints() / 100.0;
    double upper = axis.upperPoints() / 100.0;
    return bottom - (bottom - top) * (value - lower) / (upper - lower);
  }

  /** A coordinate with at most one decimal, the same text on every machine. */
  private static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
