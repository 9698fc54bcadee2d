package fugong.generate;

import fugong.ingest.SubmissionColumn;
import java.util.EnumMap;
import java.util.Map;

/**
 * One generated data row: a cell per submission column (absent = empty), the text of the unknown
 * extra column, and whether the row must stay free of injected errors (the one confirmed case).
 */
final class SubmissionRow {
  private final EnumMap<SubmissionColumn, GeneratedCell> cells =
      new EnumMap<>(SubmissionColumn.class);
  private final EnterpriseProfile profile;
  private final boolean resumed;
  private String extra = "";
  private boolean keepClean;

  SubmissionRow(EnterpriseProfile profile, boolean resumed) {
    this.profile = profile;
    this.resumed = resumed;
  }

  SubmissionRow copy() {
    SubmissionRow copy = new SubmissionRow(profile, resumed);
    copy.cells.putAll(cells);
    copy.extra = extra;
    copy.keepClean = keepClean;
    return copy;
  }

  EnterpriseProfile profile() {
    return profile;
  }

  boolean resumed() {
    return resumed;
  }

  GeneratedCell get(SubmissionColumn column) {
    return cells.getOrDefault(column, GeneratedCell.EMPTY);
  }

  void set(SubmissionColumn column, GeneratedCell cell) {
    cells.put(column, cell);
  }

  void setText(SubmissionColumn column, String text) {
    cells.put(column, GeneratedCell.text(text));
  }

  Map<SubmissionColumn, GeneratedCell> cells() {
    return cells;
  }

  String extra() {
    return extra;
  }

  void setExtra(String extra) {
    this.extra = extra;
  }

  boolean keepClean() {
    return keepClean;
  }

  void markKeepClean() {
    keepClean = true;
  }
}
