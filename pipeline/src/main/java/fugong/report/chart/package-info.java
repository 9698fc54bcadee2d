/**
 * Charts of the daily briefings: JFreeChart charts drawn only with the shipped CJK font, and their
 * PNG images. Plain Java, no Spark: the PDF composer draws the same charts as vectors.
 */
package fugong.report.chart;
