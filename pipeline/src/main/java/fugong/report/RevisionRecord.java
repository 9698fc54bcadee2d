package fugong.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code revisions} that a briefing may mention: a published figure of a unit and date
 * that a later run changed.
 *
 * @param publishedThrough the latest report date after the run that made the revision; the briefing
 *     of that date carries it
 * @param tableName county_daily, leader_daily or city_daily
 * @param unit county code, leader or the city's name
 * @param unitName the county's name, the leader or the city's name
 * @param date the report date whose figure changed
 * @param figure the figure's column name
 * @param oldValue the value published before
 * @param newValue the value now
 * @param causeKind late_file, correction, reference_change or rule_change
 * @param causes the inbox files behind it (empty for a reference or rule change)
 */
public record RevisionRecord(
    LocalDate publishedThrough,
    String tableName,
    String unit,
    String unitName,
    LocalDate date,
    String figure,
    Double oldValue,
    Double newValue,
    String causeKind,
    List<CauseFile> causes) {
  public RevisionRecord {
    causes = List.copyOf(causes);
  }

  /**
   * A file behind a revision.
   *
   * @param name the file's name
   * @param receivedOn the day it arrived (Asia/Shanghai), null if unknown
   * @param correction whether it is a {@code _v2} (or later) correction
   */
  public record CauseFile(String name, LocalDate receivedOn, boolean correction) {}
}
