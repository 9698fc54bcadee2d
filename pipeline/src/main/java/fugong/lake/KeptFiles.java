package fugong.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;

/**
 * Which files of a table's published version a run's new version keeps as they are, beside the rows
 * the run writes: none (the run writes the whole table), all (a table that only grows: the run
 * writes its new rows), or every report date except the ones the run replaces (a table partitioned
 * by date: the run writes those dates only). Kept files are hard-linked into the new version folder
 * ({@link Lake#write}), so every version stays a whole table that readers open as before, while a
 * night costs what it writes, not what the lake holds.
 *
 * @param location the published version folder files are kept from (relative to {@code OUT}); empty
 *     when there is none
 * @param keepsAll every file is kept
 * @param replaced the dates whose files are not kept (the run writes them); null inside means the
 *     rows without a date
 * @param from with {@code to}: the dates from..to (inclusive, either null = open) are replaced
 */
public record KeptFiles(
    Optional<String> location,
    boolean keepsAll,
    Set<LocalDate> replaced,
    LocalDate from,
    LocalDate to) {

  /** Nothing is kept: the run writes the whole table. */
  public static KeptFiles none() {
    return new KeptFiles(Optional.empty(), false, Set.of(), null, null);
  }

  /** Every published file is kept: the run writes only its new rows. */
  public static KeptFiles all(Optional<String> location) {
    return new KeptFiles(location, true, Set.of(), null, null);
  }

  /**
   * The published files of every report date except {@code replaced} (null in it: the undated rows)
   * are kept; the run writes those dates.
   */
  public static KeptFiles datesOtherThan(Optional<String> location, Set<LocalDate> replaced) {
    TreeSet<LocalDate> dates = new TreeSet<>(java.util.Comparator.nullsFirst(LocalDate::compareTo));
    dates.addAll(replaced);
    return new KeptFiles(location, false, java.util.Collections.unmodifiableSet(dates), null, null);
  }

  /**
   * The published files of the report dates outside {@code from..to} (inclusive, either null =
   * open; both null = every date is replaced) are kept; the run writes the dates inside.
   */
  public static KeptFiles datesOutside(Optional<String> location, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return none();
    }
    return new KeptFiles(location, false, null, from, to);
  }

  /** Whether a published date partition's files are kept ({@code date} null: the undated rows). */
  public boolean keeps(LocalDate date) {
    if (location.isEmpty()) {
      return false;
    }
    if (keepsAll) {
      return true;
    }
    if (replaced != null) {
      return !replaced.contains(date);
    }
    if (date == null) {
      return true;
    }
    return (from != null && date.isBefore(from)) || (to != null && date.isAfter(to));
  }

  /**
   * The rows a run writes under this choice, of a table partitioned by {@code report_date}: all of
   * them, or those of the replaced dates (so no kept row is written twice).
   */
  public Column written() {
    if (keepsAll || location.isEmpty()) {
      return lit(true);
    }
    Column date = col(LakeTable.PARTITION_COLUMN);
    if (replaced != null) {
      Column in = lit(false);
      java.util.List<LocalDate> dated = replaced.stream().filter(d -> d != null).toList();
      if (!dated.isEmpty()) {
        in = date.isin(dated.toArray());
      }
      if (replaced.contains(null)) {
        in = in.or(date.isNull());
      }
      return org.apache.spark.sql.functions.coalesce(in, lit(false));
    }
    Column inside = lit(true);
    if (from != null) {
      inside = inside.and(date.geq(lit(from)));
    }
    if (to != null) {
      inside = inside.and(date.leq(lit(to)));
    }
    return org.apache.spark.sql.functions.coalesce(inside, lit(false));
  }
}
