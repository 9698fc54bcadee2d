package fugong.jobs;

import static fugong.testing.Fixtures.A;
import static fugong.testing.Fixtures.B;
import static fugong.testing.Fixtures.C;
import static fugong.testing.Fixtures.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.FugongException;
import fugong.ingest.FileStatus;
import fugong.ingest.InboxLimits;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.run.FileSummary;
import fugong.run.RunIds;
import fugong.testing.Fixtures;
import fugong.testing.LakeAssertions;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
  private final SparkSession spark = TestSpark.session();
  @TempDir Path temporary;

  private IngestJob.Result ingest(Path inbox, Path reference, Path out) {
    return ingest(inbox, reference, out, false);
  }

  private IngestJob.Result ingest(Path inbox, Path reference, Path out, boolean rehash) {
    return TestIngest.run(spark, inbox, reference, out, rehash);
  }

  private Path inboxWithTwoCountiesAndAnUnreadableFile() throws IOException {
    Path inbox = temporary.resolve("inbox");
    Fixtures.write(
        inbox,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "桃城区", A, 80, "40", "D1"),
        Fixtures.notResumed("2020-03-01", "桃城区", B),
        Fixtures.resumed("2020-03-01", "桃城区", C, -5, "100", ""),
        Fixtures.notResumed("2020-03-01", "桃城区", B));
    Fixtures.write(
        inbox,
        "131103_20200301.csv",
        Charset.forName("GB18030"),
        Fixtures.header(),
        Fixtures.resumed("2020/3/1", "冀州", D, 20, "3.5", "原材料供应紧张"));
    Files.writeString(inbox.resolve("131102_20200302.xlsx"), "this is not a workbook");
    return inbox;
  }

  @Test
  void theExecutorsOpenInboxFilesWithTheDriversHadoopSettings() throws IOException {
    Path inbox = temporary.resolve("inbox");
    Fixtures.write(
        inbox,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "桃城区", A, 80, "40", "D1"));
    org.apache.hadoop.conf.Configuration driver = spark.sparkContext().hadoopConfiguration();
    String implementation = "fs." + OtherSchemeFileSystem.SCHEME + ".impl";
    String uncached = "fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache";
    driver.set(implementation, OtherSchemeFileSystem.class.getName());
    driver.setBoolean(uncached, true); // so an executor cannot borrow the driver's cached instance
    try {
      Instant started = Instant.now();
      String remoteInbox = OtherSchemeFileSystem.SCHEME + "://" + inbox.toAbsolutePath();
      IngestJob.Result result =
          new IngestJob(
                  spark,
                  new IngestJob.Config(
                      remoteInbox,
                      Fixtures.reference(temporary.resolve("reference")),
                      temporary.resolve("out").toString(),
                      RunIds.next(started),
                      started,
                      InboxLimits.DEFAULTS.withQuietSeconds(0)))
              .run();

      assertThat(result.files())
          .singleElement()
          .satisfies(
              file -> {
                assertThat(file.rejectionMessage())
                    .as(
                        "a fresh Configuration on the executor knows no "
                            + OtherSchemeFileSystem.SCHEME
                            + ":// file system")
                    .isNull();
                assertThat(file.status()).isEqualTo(FileStatus.READ);
                assertThat(file.rowsAccepted()).isEqualTo(1);
              });
    } finally {
      driver.unset(implementation);
      driver.unset(uncached);
    }
  }

  @Test
  void acceptsQuarantinesAndRejectsWithRowIdentityPerFile() throws IOException {
    Path out = temporary.resolve("out");
    IngestJob.Result result =
        ingest(
            inboxWithTwoCountiesAndAnUnreadableFile(),
            Fixtures.reference(temporary.resolve("reference")),
            out);

    Map<String, FileSummary> files =
        result.files().stream().collect(Collectors.toMap(FileSummary::sourceFile, file -> file));
    FileSummary taocheng = files.get("131102_20200301.csv");
    assertThat(taocheng.rowsRead()).isEqualTo(4);
    assertThat(taocheng.rowsAccepted()).isEqualTo(2);
    assertThat(taocheng.rowsQuarantined()).isEqualTo(1);
    assertThat(taocheng.duplicatesCollapsed()).isEqualTo(1);
    assertThat(taocheng.encoding()).isEqualTo("UTF-8");
    FileSummary jizhou = files.get("131103_20200301.csv");
    assertThat(jizhou.encoding()).isEqualTo("GB18030");
    assertThat(jizhou.rowsAccepted()).isEqualTo(1);
    FileSummary unreadable = files.get("131102_20200302.xlsx");
    assertThat(unreadable.status()).isEqualTo(FileStatus.REJECTED);
    assertThat(unreadable.rejection()).isEqualTo("NOT_A_WORKBOOK");
    assertThat(unreadable.rowsRead()).isZero();
    assertThat(result.rowsRead())
        .isEqualTo(result.rowsAccepted() + result.rowsQuarantined() + result.duplicatesCollapsed());
    assertThat(result.hasRejections()).isTrue();

    Lake lake = new Lake(spark, out.toString());
    List<Row> submissions =
        lake.read(LakeTable.SUBMISSIONS).orderBy("county_code", "uscc").collectAsList();
    assertThat(submissions).extracting(row -> row.getAs("uscc")).containsExactly(A, B, D);
    Row jizhouRow = submissions.get(2);
    assertThat(jizhouRow.<java.math.BigDecimal>getAs("output_value")).isEqualByComparingTo("3.5");
    assertThat(jizhouRow.<Object>getAs("report_date").toString()).isEqualTo("2020-03-01");
    assertThat(jizhouRow.getList(jizhouRow.fieldIndex("difficulties"))).containsExactly("D5");

    List<Row> quarantine = lake.read(LakeTable.QUARANTINE).collectAsList();
    assertThat(quarantine).hasSize(1);
    assertThat(quarantine.get(0).<Integer>getAs("source_row")).isEqualTo(4);
    assertThat(quarantine.get(0).getList(quarantine.get(0).fieldIndex("reasons")))
        .containsExactly("NEGATIVE_VALUE");
    assertThat(lake.read(LakeTable.RAW_ROWS).count()).isEqualTo(5);
  }

  @Test
  void correctionReplacesItsCountyDateWholly() throws IOException {
    Path inbox = inboxWithTwoCountiesAndAnUnreadableFile();
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Path out = temporary.resolve("out");
    ingest(inbox, reference, out);

    Fixtures.write(
        inbox,
        "131102_20200301_v2.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "131102", C, 150, "110", ""));
    IngestJob.Result second = ingest(inbox, reference, out);

    assertThat(second.newFiles())
        .extracting(FileSummary::sourceFile)
        .containsExactly("131102_20200301_v2.csv");
    Lake lake = new Lake(spark, out.toString());
    List<Row> taocheng =
        lake.read(LakeTable.SUBMISSIONS).where("county_code = '131102'").collectAsList();
    assertThat(taocheng).extracting(row -> row.getAs("uscc")).containsExactly(C);
    assertThat(taocheng.get(0).<Long>getAs("employees_on_duty")).isEqualTo(150L);
    assertThat(lake.read(LakeTable.QUARANTINE).count())
        .as("v1's quarantined row is superseded too")
        .isZero();
    assertThat(lake.read(LakeTable.SUBMISSIONS).where("county_code = '131103'").count())
        .isEqualTo(1);
    assertThat(lake.read(LakeTable.RAW_ROWS).count()).as("raw keeps every version").isEqualTo(6);
    List<Row> current =
        lake.read(LakeTable.FILES).where("is_current").orderBy("source_file").collectAsList();
    assertThat(current)
        .extracting(row -> row.getAs("source_file"))
        .containsExactly("131102_20200301_v2.csv", "131103_20200301.csv");
  }

  @Test
  void secondIngestOfTheSameInboxChangesNothing() throws IOException {
    Path inbox = inboxWithTwoCountiesAndAnUnreadableFile();
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Path out = temporary.resolve("out");
    ingest(inbox, reference, out);
    Lake lake = new Lake(spark, out.toString());
    Map<LakeTable, List<String>> before = contents(lake);

    IngestJob.Result second = ingest(inbox, reference, out);

    assertThat(second.newFiles()).isEmpty();
    assertThat(second.files()).allMatch(FileSummary::alreadyIngested);
    assertThat(second.hasRejections()).isFalse();
    assertThat(contents(lake)).isEqualTo(before);
  }

  /**
   * A known file whose name, size and modification time are unchanged is not read: rewritten in
   * place with other content of the same size and its old modification time put back, it still
   * counts as already ingested (the documented blind spot); {@code rehash} reads it and takes the
   * new content as a new version. A file only touched (new time, same content) is read, hashed and
   * found already ingested.
   */
  @Test
  void anUnchangedLookingFileIsNotReadUnlessRehashed() throws IOException {
    Path inbox = inboxWithTwoCountiesAndAnUnreadableFile();
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Path out = temporary.resolve("out");
    ingest(inbox, reference, out);
    Lake lake = new Lake(spark, out.toString());

    Path jizhou = inbox.resolve("131103_20200301.csv");
    java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(jizhou);
    byte[] content = Files.readAllBytes(jizhou);
    byte[] rewritten = content.clone();
    // ",20," in bytes (ASCII is the same in GB18030), the staff count of the file's one row
    int digit = new String(content, StandardCharsets.ISO_8859_1).indexOf(",20,");
    assertThat(digit).isPositive();
    rewritten[digit + 1] = '3'; // 20 staff at work becomes 30: same size, other content
    Files.write(jizhou, rewritten);
    Files.setLastModifiedTime(jizhou, modified);

    IngestJob.Result unread = ingest(inbox, reference, out);
    assertThat(unread.newFiles()).isEmpty();
    assertThat(unread.files()).allMatch(FileSummary::alreadyIngested);

    IngestJob.Result rehashed = ingest(inbox, reference, out, true);
    assertThat(rehashed.newFiles())
        .extracting(FileSummary::sourceFile)
        .containsExactly("131103_20200301.csv");
    assertThat(
            lake.read(LakeTable.SUBMISSIONS)
                .where("source_file = '131103_20200301.csv'")
                .select("employees_on_duty")
                .collectAsList())
        .extracting(row -> row.get(0))
        .containsExactly(30L);

    Path taocheng = inbox.resolve("131102_20200301.csv");
    Files.setLastModifiedTime(
        taocheng,
        java.nio.file.attribute.FileTime.from(
            Files.getLastModifiedTime(taocheng).toInstant().plusSeconds(60)));
    IngestJob.Result touched = ingest(inbox, reference, out);
    assertThat(touched.newFiles()).isEmpty();
    assertThat(touched.files()).allMatch(FileSummary::alreadyIngested);
  }

  private static Map<LakeTable, List<String>> contents(Lake lake) {
    Map<LakeTable, List<String>> contents = new java.util.EnumMap<>(LakeTable.class);
    for (LakeTable table :
        List.of(
            LakeTable.SUBMISSIONS,
            LakeTable.QUARANTINE,
            LakeTable.RAW_ROWS,
            LakeTable.WARNINGS,
            LakeTable.CONTACTS)) {
      contents.put(
          table, lake.read(table).collectAsList().stream().map(Row::toString).sorted().toList());
    }
    contents.put(
        LakeTable.FILES,
        lake.read(LakeTable.FILES).drop("ingested_at", "ingest_run_id").collectAsList().stream()
            .map(Row::toString)
            .sorted()
            .toList());
    return contents;
  }

  @Test
  void personalDataStaysInTheRestrictedArea() throws IOException {
    Path out = temporary.resolve("out");
    ingest(
        inboxWithTwoCountiesAndAnUnreadableFile(),
        Fixtures.reference(temporary.resolve("reference")),
        out);
    Lake lake = new Lake(spark, out.toString());

    for (LakeTable table : LakeTable.values()) {
      if (table.restricted()) {
        continue;
      }
      String everything = lake.read(table).collectAsList().toString();
      assertThat(everything)
          .as(table.tableName())
          .doesNotContain(Fixtures.REPORTER)
          .doesNotContain(Fixtures.PHONE);
    }
    try (var files = Files.walk(out.resolve("lake"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(file.toString()).doesNotContain(Fixtures.PHONE);
      }
    }
    Dataset<Row> contacts = lake.read(LakeTable.CONTACTS);
    assertThat(
            contacts
                .where(
                    "phone = '" + Fixtures.PHONE + "' and reporter = '" + Fixtures.REPORTER + "'")
                .count())
        .isEqualTo(5);
    assertThat(lake.published().location(LakeTable.CONTACTS))
        .hasValueSatisfying(location -> assertThat(location).startsWith("restricted/"));
  }

  @Test
  void writtenTablesHaveTheDeclaredSchemas() throws IOException {
    Path out = temporary.resolve("out");
    IngestJob.Result result =
        ingest(
            inboxWithTwoCountiesAndAnUnreadableFile(),
            Fixtures.reference(temporary.resolve("reference")),
            out);
    Lake lake = new Lake(spark, out.toString());
    // the 10 submission and reference tables, and the 4 meter tables (empty without meter files)
    assertThat(result.locations()).hasSize(14);
    for (LakeTable table : result.locations().keySet()) {
      if (lake.read(table).isEmpty()) {
        continue;
      }
      List<String> partitions = LakeAssertions.assertWrittenSchema(spark, lake, table);
      if (table.partitionedByDate()) {
        assertThat(partitions)
            .as(table.tableName() + " partition folders")
            .isNotEmpty()
            .allMatch(name -> name.matches("report_date=\\d{4}-\\d{2}-\\d{2}"));
      }
    }
  }

  @Test
  void aReferenceFolderWithABadRowFailsTheRunBeforeAnythingIsPublished() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    Files.writeString(
        reference.resolve("enterprises.csv"),
        Files.readString(reference.resolve("enterprises.csv"))
            + "91131102MA00000099,坏代码公司,131102,C34,是,否,否,10,1\n");
    Path out = temporary.resolve("out");
    assertThatThrownBy(() -> ingest(inboxWithTwoCountiesAndAnUnreadableFile(), reference, out))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining("enterprises.csv row 6 column 统一社会信用代码")
        .hasMessageContaining("91131102MA00000099");
    assertThat(new Lake(spark, out.toString()).published().sequence()).isZero();
  }
}
