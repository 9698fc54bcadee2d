/**
 * Charts of the daily briefings: JFreeChart charts drawn only with the shipped CJK font, and their
 * PNG images. Plain Java, no Spark.
 *
 * <p>To draw a chart as vectors into any {@link java.awt.Graphics2D} (a PDF page's graphics, for
 * instance) at a given size: {@code chart.draw(graphics, new Rectangle2D.Double(0, 0, width,
 * height))}. The fonts are sized for charts laid out 900 units wide and scaled to the width of an
 * A4 page (480–510 pt, so 14 units print at about 7.5 pt); draw at such a size and scale the result
 * to fit the page. No chart writes an ASCII letter: every text is Chinese, digits, "%" or a date
 * such as "2月26日" (the callers' names and titles must be Chinese too). A PDF text drawer that maps
 * fonts by {@link java.awt.Font#getFontName()} must register the shipped font ({@link
 * ReportFonts#fontBytes()}) under {@code ReportFonts.font(Font.PLAIN, 1f).getFontName()}, which is
 * locale-dependent ("WenQuanYi Micro Hei", or "文泉驿微米黑" in a Chinese locale).
 */
package fugong.report.chart;
