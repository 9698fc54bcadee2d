package fugong.report;

import fugong.metrics.RevisionCause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 数据修正说明: what the briefing says of earlier figures that changed since they were briefed — the 复工率
 * revisions whose shown value (one decimal) moved, each with its date, unit, old and new value and
 * why ("3月8日故城县复工率由84.2%修正为85.0%（3月9日收到更正文件）"), at most {@value #SHOWN}, then how many other
 * figures changed and where to see them. Empty when nothing changed.
 */
public final class RevisionNote {
  /** The revisions written out in full; the rest are counted. */
  static final int SHOWN = 5;

  private static final String FIGURE = "resumption_rate";

  private RevisionNote() {}

  /** The note of the briefing of {@code context}, or "" when no figure of its scope changed. */
  public static String of(BriefingContext context) {
    List<RevisionRecord> revisions = context.revisions;
    if (revisions.isEmpty()) {
      return "";
    }
    List<RevisionRecord> shown =
        revisions.stream()
            .filter(revision -> revision.figure().equals(FIGURE))
            .filter(
                revision ->
                    !Formats.percent(revision.oldValue())
                        .equals(Formats.percent(revision.newValue())))
            .sorted(
                Comparator.comparing(RevisionRecord::date)
                    .thenComparing(RevisionNote::tableOrder)
                    .thenComparing(RevisionRecord::unit))
            .toList();
    List<String> sentences = new ArrayList<>();
    for (RevisionRecord revision : shown.subList(0, Math.min(SHOWN, shown.size()))) {
      sentences.add(sentence(revision));
    }
    StringBuilder text = new StringBuilder("数据修正说明：");
    if (!sentences.isEmpty()) {
      text.append(String.join("；", sentences));
      if (shown.size() > SHOWN) {
        text.append("；另有").append(shown.size() - SHOWN).append("项复工率修正");
      }
      text.append("。");
    }
    long others = revisions.size() - shown.size();
    if (others > 0) {
      text.append(sentences.isEmpty() ? "已通报数据中有" : "另有")
          .append(others)
          .append("项其他数字有所修正")
          .append(sentences.isEmpty() ? "（复工率显示值未变）" : "")
          .append("，明细见数据修正记录。");
    }
    return text.toString();
  }

  private static String sentence(RevisionRecord revision) {
    String unit =
        switch (revision.tableName()) {
          case "city_daily" -> "全市";
          case "leader_daily" -> "分包县市区合计";
          default -> revision.unitName();
        };
    return day(revision.date())
        + unit
        + "复工率由"
        + Formats.percent(revision.oldValue())
        + "修正为"
        + Formats.percent(revision.newValue())
        + "（"
        + cause(revision)
        + "）";
  }

  /**
   * Why: the days the corrections and the late files arrived ("2月29日收到更正文件、3月2日收到迟报文件"), else the
   * reference data or the rules.
   */
  private static String cause(RevisionRecord revision) {
    if (revision.causes().isEmpty()) {
      return RevisionCause.ofCode(revision.causeKind()) == RevisionCause.REFERENCE_CHANGE
          ? "企业名录或分包表更新"
          : "计算口径调整";
    }
    List<String> parts = new ArrayList<>();
    for (boolean correction : List.of(true, false)) {
      List<RevisionRecord.CauseFile> files =
          revision.causes().stream().filter(file -> file.correction() == correction).toList();
      if (!files.isEmpty()) {
        String when =
            String.join(
                "、",
                files.stream()
                    .map(RevisionRecord.CauseFile::receivedOn)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .sorted()
                    .map(RevisionNote::day)
                    .toList());
        parts.add((when.isEmpty() ? "" : when + "收到") + (correction ? "更正文件" : "迟报文件"));
      }
    }
    return String.join("、", parts);
  }

  private static String day(LocalDate date) {
    return Formats.monthDay(date);
  }

  private static int tableOrder(RevisionRecord revision) {
    return switch (revision.tableName()) {
      case "city_daily" -> 0;
      case "leader_daily" -> 1;
      default -> 2;
    };
  }
}
