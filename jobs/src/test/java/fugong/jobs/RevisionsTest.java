package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricColumns;
import fugong.report.Formats;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision log (docs/metrics.md, "Revisions"), on the sample's first five days (02-26 … 03-01):
 * the first run publishes them without 冀州区's correction of 02-28 ({@code 131103_20200228_v2.csv})
 * and without 桃城区's file of 02-29; the second run receives both, the late file on 03-02. The
 * revisions table must name exactly the figures that changed, with the values published before and
 * after and the files that caused them; the briefing of 03-01, rendered again by that run, must say
 * so in its 数据修正说明; and runs that change nothing earlier (the same inbox again, or a forced
 * recomputation) add no revision.
 */
class RevisionsTest {
  static final String CORRECTION = "131103_20200228_v2.csv";
  static final String LATE = "131102_20200229.csv";
  static final LocalDate LAST = LocalDate.of(2020, 3, 1);
  static final List<LakeTable> BRIEFED =
      List.of(LakeTable.CITY_DAILY, LakeTable.LEADER_DAILY, LakeTable.COUNTY_DAILY);

  @TempDir static Path folder;
  static Path inbox;
  static Path out;
  static Map<String, Row> before;
  static Map<String, Row> after;
  static List<Row> revisions;
  static long revisionsAfterRerun;
  static long revisionsAfterForcedRun;
  static CommandLineTest.Outcome rerun;

  @BeforeAll
  static void publishFiveDaysThenACorrectionAndALateFile() throws IOException {
    Path sample = SampleRun.SAMPLE.resolve("inbox");
    inbox = folder.resolve("inbox");
    out = folder.resolve("out");
    Files.createDirectories(inbox);
    List<String> arrivals = new ArrayList<>();
    for (String line : Files.readAllLines(sample.resolve("_arrivals.csv"))) {
      arrivals.add(line.startsWith(LATE + ",") ? LATE + ",2020-03-02T09:30:00" : line);
    }
    Files.write(inbox.resolve("_arrivals.csv"), arrivals);
    List<Path> firstFive;
    try (Stream<Path> files = Files.list(sample)) {
      firstFive =
          files
              .filter(
                  file ->
                      file.getFileName()
                          .toString()
                          .matches("13\\d{4}_2020(0226|0227|0228|0229|0301).*\\.(csv|xlsx)"))
              .sorted()
              .toList();
    }
    // 13 counties × 5 days, less 武强县's missing 03-01, plus 冀州区's correction
    assertThat(firstFive).hasSize(13 * 5 - 1 + 1);
    assertThat(firstFive.stream().map(file -> file.getFileName().toString()))
        .contains(CORRECTION, LATE);
    for (Path file : firstFive) {
      String name = file.getFileName().toString();
      if (!name.equals(CORRECTION) && !name.equals(LATE)) {
        copy(file);
      }
    }
    Path reference = SampleRun.SAMPLE.resolve("reference");
    assertThat(CommandLineTest.run(inbox, reference, out).exitCode()).isLessThanOrEqualTo(1);
    before = figures();

    copy(sample.resolve(CORRECTION));
    copy(sample.resolve(LATE));
    assertThat(CommandLineTest.run(inbox, reference, out).exitCode()).isLessThanOrEqualTo(1);
    after = figures();
    revisions = lake().read(LakeTable.REVISIONS).collectAsList();

    rerun = CommandLineTest.run(inbox, reference, out);
    revisionsAfterRerun = lake().read(LakeTable.REVISIONS).count();
    List<String> forced =
        new ArrayList<>(List.of(CommandLineTest.runArguments(inbox, reference, out)));
    forced.addAll(List.of("--from", "2020-02-26"));
    CommandLineTest.execute(forced.toArray(String[]::new));
    revisionsAfterForcedRun = lake().read(LakeTable.REVISIONS).count();
  }

  private static void copy(Path file) throws IOException {
    // the file's own modification time: the inbox's quiet-period rule sees an old file
    Files.copy(
        file, inbox.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
  }

  private static Lake lake() {
    return new Lake(TestSpark.session(), out.toString());
  }

  /** Every revised figure of the briefed unit tables, by table|unit|date|figure. */
  private static Map<String, Row> figures() {
    Map<String, Row> rows = new TreeMap<>();
    for (LakeTable table : BRIEFED) {
      for (Row row : lake().read(table).collectAsList()) {
        rows.put(table.tableName() + "|" + unit(table, row) + "|" + row.getAs("report_date"), row);
      }
    }
    return rows;
  }

  private static String unit(LakeTable table, Row row) {
    return switch (table) {
      case COUNTY_DAILY -> row.getAs("county_code");
      case LEADER_DAILY -> row.getAs("leader");
      default -> "衡水市";
    };
  }

  private static Double value(Row row, String figure) {
    Object value = row.getAs(figure);
    return value == null ? null : ((Number) value).doubleValue();
  }

  @Test
  void theRevisionsAreExactlyTheFiguresThatChangedWithTheirOldAndNewValues() {
    Set<String> expected = new java.util.TreeSet<>();
    for (Map.Entry<String, Row> entry : before.entrySet()) {
      Row now = after.get(entry.getKey());
      for (String figure : MetricColumns.REVISED_FIGURES) {
        Double old = value(entry.getValue(), figure);
        Double fresh = value(now, figure);
        if (!java.util.Objects.equals(old, fresh)) {
          expected.add(entry.getKey() + "|" + figure + "|" + old + "|" + fresh);
        }
      }
    }
    Set<String> logged =
        revisions.stream()
            .filter(
                row ->
                    BRIEFED.stream()
                        .anyMatch(table -> table.tableName().equals(row.getAs("table_name"))))
            .map(
                row ->
                    row.getAs("table_name")
                        + "|"
                        + row.getAs("unit")
                        + "|"
                        + row.getAs("report_date")
                        + "|"
                        + row.getAs("figure")
                        + "|"
                        + row.getAs("old_value")
                        + "|"
                        + row.getAs("new_value"))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(expected).isNotEmpty();
    assertThat(logged).isEqualTo(expected);
    // 02-26 and 02-27 come before both files: nothing of theirs changed
    assertThat(revisions)
        .allSatisfy(
            row ->
                assertThat(row.<LocalDate>getAs("report_date"))
                    .isAfterOrEqualTo(LocalDate.of(2020, 2, 28)));
    // industries and scales are revised too
    assertThat(revisions.stream().map(row -> row.<String>getAs("table_name")).distinct())
        .contains("industry_daily", "scale_daily");
  }

  @Test
  void eachRevisionNamesTheFilesThatCausedItAndTheirKind() {
    for (Row row : revisions) {
      String table = row.getAs("table_name");
      String unit = row.getAs("unit");
      LocalDate date = row.getAs("report_date");
      List<String> files = row.getList(row.fieldIndex("cause_files"));
      List<String> expected = new ArrayList<>();
      boolean jizhou = !table.equals("county_daily") || unit.equals("131103");
      boolean taocheng = !table.equals("county_daily") || unit.equals("131102");
      if (table.equals("leader_daily")) {
        // both counties are 赵振川's
        jizhou = unit.equals("赵振川");
        taocheng = unit.equals("赵振川");
      }
      if (taocheng && !date.isBefore(LocalDate.of(2020, 2, 29))) {
        expected.add(LATE);
      }
      if (jizhou) {
        expected.add(CORRECTION);
      }
      String what = table + " " + unit + " " + date + " " + row.getAs("figure");
      assertThat(files).as(what).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(row.<String>getAs("cause_kind"))
          .as(what)
          .isEqualTo(expected.contains(CORRECTION) ? "correction" : "late_file");
      assertThat(row.<LocalDate>getAs("published_through")).as(what).isEqualTo(LAST);
    }
  }

  @Test
  void theBriefingOfTheLastDateSaysWhatWasRevisedAndWhy() throws IOException {
    List<Row> shown =
        revisions.stream()
            .filter(row -> row.getAs("table_name").equals("county_daily"))
            .filter(row -> row.getAs("figure").equals("resumption_rate"))
            .filter(
                row ->
                    !Formats.percent(row.getAs("old_value"))
                        .equals(Formats.percent(row.getAs("new_value"))))
            .toList();
    assertThat(shown).isNotEmpty();
    Path day = out.resolve("reports").resolve(LAST.toString());
    String html = Files.readString(day.resolve("city.html"));
    String pdf;
    try (PDDocument document = Loader.loadPDF(day.resolve("city.pdf").toFile())) {
      pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    assertThat(html).contains("数据修正说明：");
    assertThat(pdf).contains("数据修正说明：");
    for (Row row : shown.subList(0, Math.min(2, shown.size()))) {
      LocalDate date = row.getAs("report_date");
      boolean correction = row.getAs("cause_kind").equals("correction");
      String sentence =
          Formats.monthDay(date)
              + row.getAs("unit_name")
              + "复工率由"
              + Formats.percent(row.getAs("old_value"))
              + "修正为"
              + Formats.percent(row.getAs("new_value"))
              + "（"
              + (correction ? "2月29日收到更正文件" : "3月2日收到迟报文件")
              + "）";
      assertThat(html).contains(sentence);
      assertThat(pdf).contains(sentence);
    }
    // 赵振川 supervises both counties: his briefing says it too
    String leader = Files.readString(day.resolve("leader-赵振川.html"));
    assertThat(leader).contains("数据修正说明：");
    // the briefings of the earlier dates were published before: their text is their own
    String earlier =
        Files.readString(out.resolve("reports").resolve("2020-02-29").resolve("city.html"));
    assertThat(earlier).doesNotContain("数据修正说明");
  }

  @Test
  void aRunThatChangesNothingEarlierAddsNoRevision() {
    assertThat(rerun.out()).contains("nothing new in the inbox");
    assertThat(revisionsAfterRerun).isEqualTo(revisions.size());
    assertThat(revisionsAfterForcedRun).isEqualTo(revisions.size());
  }
}
