package fugong.jobs;

import static fugong.testing.Fixtures.A;
import static fugong.testing.Fixtures.B;
import static fugong.testing.Fixtures.D;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.PersonalDataMask;
import fugong.ingest.FileStatus;
import fugong.ingest.InboxLimits;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.run.FileSummary;
import fugong.run.RunIds;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inbox prepared as an attacker or a careless clerk would (issue 12), ingested by one real
 * IngestJob run: every hostile entry becomes a rejected file or a quarantined row with a clear
 * reason, nothing hangs or runs out of memory, no personal number reaches an open table, and the
 * healthy neighbour file lands.
 */
class HostileInboxTest {
  private static final String CONTACT = "蔡中维";
  private static final String MOBILE = "18787153769";
  private final SparkSession spark = TestSpark.session();
  @TempDir Path temporary;

  private static String headerWith(String reporter, String phone) {
    return Fixtures.header().replace("填报人", reporter).replace("联系电话", phone);
  }

  private static boolean makeFifo(Path path) {
    try {
      Process process =
          new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException noMkfifo) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void xfdWideWorkbook(Path file, int dataRows) throws IOException {
    List<String> header = Arrays.asList(Fixtures.header().split(",", -1));
    List<String> row =
        Arrays.asList(Fixtures.resumed("2020-03-05", "桃城区", A, 80, "40", "").split(",", -1));
    try (SXSSFWorkbook book = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("日报");
      Row headerRow = sheet.createRow(0);
      for (int column = 0; column < header.size(); column++) {
        headerRow.createCell(column).setCellValue(header.get(column));
      }
      for (int index = 1; index <= dataRows; index++) {
        Row dataRow = sheet.createRow(index);
        for (int column = 0; column < row.size(); column++) {
          if (!row.get(column).isEmpty()) {
            dataRow.createCell(column).setCellValue(row.get(column));
          }
        }
        dataRow.createCell(16_383).setCellValue("XFD"); // the last column Excel has
      }
      book.write(out);
      book.dispose();
    }
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyHostileEntryIsRejectedOrQuarantinedAndTheHealthyNeighbourLands() throws IOException {
    Path inbox = Files.createDirectories(temporary.resolve("inbox"));
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    // the healthy neighbour
    Fixtures.write(
        inbox,
        "131102_20200301.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-01", "桃城区", A, 80, "40", "D1"),
        Fixtures.notResumed("2020-03-01", "桃城区", B));
    // 联系人 / 手机号码 headers; a shifted row (unquoted comma in 联系人); one cell more; one fewer; 10,000
    // cells
    String good =
        Fixtures.resumed("2020-03-01", "冀州区", D, 20, "3.5", "")
            .replace(Fixtures.REPORTER, CONTACT)
            .replace(Fixtures.PHONE, MOBILE);
    Fixtures.write(
        inbox,
        "131103_20200301.csv",
        StandardCharsets.UTF_8,
        headerWith("联系人", "手机号码"),
        good,
        good.replace(CONTACT, "刘敏,王强"),
        good.replace(",0,0,0,,", ",0,0,0,,原料不足,物流停运"),
        good.substring(0, good.lastIndexOf(',')),
        good + ",x".repeat(10_000 - 36));
    Files.createSymbolicLink(inbox.resolve("131102_20200302.csv"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(inbox.resolve("131102_20200303.csv"), Path.of("/dev/zero"));
    boolean fifo = makeFifo(inbox.resolve("131102_20200304.csv"));
    Files.writeString(
        inbox.resolve("copy 10:30.csv"), Fixtures.header() + "\n", StandardCharsets.UTF_8);
    xfdWideWorkbook(inbox.resolve("131102_20200305.xlsx"), 300);
    Path fiftyMegabytes = inbox.resolve("131102_20200306.csv");
    try (OutputStream out = Files.newOutputStream(fiftyMegabytes)) {
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) '9');
      for (int megabyte = 0; megabyte < 50; megabyte++) {
        out.write(block);
      }
    }
    // every file arrived an hour ago, except one still being written
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    try (var entries = Files.list(inbox)) {
      for (Path entry : entries.toList()) {
        if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.setLastModifiedTime(entry, FileTime.from(anHourAgo));
        }
      }
    }
    Fixtures.write(
        inbox,
        "131102_20200307.csv",
        StandardCharsets.UTF_8,
        Fixtures.header(),
        Fixtures.resumed("2020-03-07", "桃城区", A, 80, "40", ""));

    Path out = temporary.resolve("out");
    Instant started = Instant.now();
    IngestJob.Result result =
        new IngestJob(
                spark,
                new IngestJob.Config(
                    inbox.toString(),
                    reference,
                    out.toString(),
                    RunIds.next(started),
                    started,
                    InboxLimits.DEFAULTS))
            .run();
    Files.delete(fiftyMegabytes);

    Map<String, FileSummary> files =
        result.files().stream().collect(Collectors.toMap(FileSummary::sourceFile, file -> file));
    assertThat(files)
        .doesNotContainKey("131102_20200307.csv"); // quiet period: left for the next run
    assertThat(files.get("131102_20200301.csv").rowsAccepted()).isEqualTo(2);
    assertRejected(
        files.get("131102_20200302.csv"),
        "NOT_A_REGULAR_FILE",
        "131102_20200302.csv: a symbolic link (links are not followed");
    assertRejected(
        files.get("131102_20200303.csv"),
        "NOT_A_REGULAR_FILE",
        "131102_20200303.csv: a symbolic link");
    assertRejected(
        files.get("copy 10:30.csv"), "BAD_FILE_NAME", "copy 10:30.csv: the name must be");
    assertRejected(
        files.get("131102_20200306.csv"),
        "LINE_TOO_LONG",
        "131102_20200306.csv line 1: 52428800 bytes on one line, more than 1048576");
    Assumptions.assumingThat(
        fifo,
        () ->
            assertRejected(
                files.get("131102_20200304.csv"),
                "NOT_A_REGULAR_FILE",
                "131102_20200304.csv: not a regular file (a device, named pipe or socket)"));
    if (!fifo) {
      System.err.println(
          "HostileInboxTest: mkfifo is not available here, the named-pipe entry was not created");
    }
    FileSummary xfd = files.get("131102_20200305.xlsx");
    assertThat(xfd.status()).isEqualTo(FileStatus.READ);
    assertThat(xfd.rowsRead()).isEqualTo(300);
    assertThat(xfd.rowsQuarantined()).isEqualTo(300);
    FileSummary jizhou = files.get("131103_20200301.csv");
    assertThat(jizhou.rowsRead()).isEqualTo(5);
    assertThat(jizhou.rowsAccepted()).isEqualTo(1);
    assertThat(jizhou.rowsQuarantined()).isEqualTo(4);

    Lake lake = new Lake(spark, out.toString());
    assertThat(
            lake.read(LakeTable.SUBMISSIONS).where("source_file = '131102_20200301.csv'").count())
        .isEqualTo(2);
    List<org.apache.spark.sql.Row> quarantine =
        lake.read(LakeTable.QUARANTINE)
            .where("source_file = '131103_20200301.csv'")
            .orderBy("source_row")
            .collectAsList();
    assertThat(quarantine)
        .extracting(row -> row.<Integer>getAs("source_row"))
        .containsExactly(3, 4, 5, 6);
    for (org.apache.spark.sql.Row row : quarantine) {
      assertThat(row.getList(row.fieldIndex("reasons"))).containsExactly("ROW_WIDTH_MISMATCH");
      assertThat(row.getJavaMap(row.fieldIndex("cells"))).isEmpty();
    }
    for (LakeTable table : LakeTable.values()) {
      if (table.restricted()) {
        continue;
      }
      String everything = lake.read(table).collectAsList().toString();
      assertThat(everything)
          .as(table.tableName())
          .doesNotContain(CONTACT)
          .doesNotContain("刘敏")
          .doesNotContain(MOBILE)
          .doesNotContain(Fixtures.PHONE);
      assertThat(PersonalDataMask.containsPersonalNumber(everything))
          .as(table.tableName())
          .isFalse();
    }
    List<org.apache.spark.sql.Row> contacts =
        lake.read(LakeTable.CONTACTS)
            .where("source_file = '131103_20200301.csv'")
            .orderBy("source_row")
            .collectAsList();
    assertThat(contacts)
        .extracting(row -> row.<String>getAs("reporter"))
        .containsExactly(CONTACT, "刘敏", "物流停运", CONTACT, CONTACT);
    assertThat(contacts.get(0).<String>getAs("phone")).isEqualTo(MOBILE);
    assertThat(contacts.get(1).getJavaMap(contacts.get(1).fieldIndex("untrusted_cells")))
        .containsEntry("列37", MOBILE);
  }

  private static void assertRejected(FileSummary file, String reason, String messageStart) {
    assertThat(file).isNotNull();
    assertThat(file.status()).isEqualTo(FileStatus.REJECTED);
    assertThat(file.rejection()).isEqualTo(reason);
    assertThat(file.rejectionMessage()).startsWith(messageStart);
    assertThat(file.rowsRead()).isZero();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void validateMasksAPhoneNumberInABadDateCellAndRefusesLinksAndPipes() throws IOException {
    Path reference = Fixtures.reference(temporary.resolve("reference"));
    // personal columns first, as in the issue; row 2 has the phone number typed into 填报日期;
    // rows 3 and 4 an unquoted comma in 填报人 that pushes the phone number into 填报日期: row 3's
    // last column (困难描述) is empty, so the shift only shows in its problems (the cells masked),
    // row 4's is not, and the row is ROW_WIDTH_MISMATCH
    String header = "填报人,联系电话," + Fixtures.header().replace(",填报人,联系电话", "");
    String resumed = Fixtures.resumed("2020-03-10", "桃城区", A, 80, "40", "");
    String cells =
        resumed.substring(
            0, resumed.length() - ("," + Fixtures.REPORTER + "," + Fixtures.PHONE).length());
    String afterDate = cells.substring(cells.indexOf(','));
    Path file =
        Fixtures.write(
            temporary,
            "131102_20200310.csv",
            StandardCharsets.UTF_8,
            header,
            Fixtures.REPORTER + "," + Fixtures.PHONE + "," + MOBILE + afterDate,
            "刘敏,王强," + MOBILE + "," + cells,
            "刘敏,王强," + MOBILE + "," + cells + "原料不足");
    Path link =
        Files.createSymbolicLink(temporary.resolve("131102_20200311.csv"), Path.of("/etc/passwd"));
    Path pipe = temporary.resolve("131102_20200312.csv");
    boolean fifo = makeFifo(pipe);

    List<String> arguments = new ArrayList<>(List.of("validate", file.toString(), link.toString()));
    if (fifo) {
      arguments.add(pipe.toString());
    }
    arguments.addAll(List.of("--reference", reference.toString()));
    CommandLineTest.Outcome outcome = CommandLineTest.execute(arguments.toArray(String[]::new));

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out())
        .contains("131102_20200310.csv:2\t填报日期\tBAD_DATE\t\"[手机号]\"\t不是有效的日期")
        .contains("131102_20200310.csv:3\t填报日期\tBAD_DATE\t\"[手机号]\"")
        .contains("131102_20200310.csv:4\t-\tROW_WIDTH_MISMATCH\t\"\"\t本行列数与表头不一致")
        .contains("# 131102_20200310.csv: 3 rows read, 0 accepted, 3 quarantined")
        .doesNotContain(MOBILE)
        .doesNotContain(Fixtures.PHONE)
        .doesNotContain("刘敏")
        .contains(
            "131102_20200311.csv (whole file)\t-\tNOT_A_REGULAR_FILE\t\"\"\t131102_20200311.csv: a"
                + " symbolic link")
        .doesNotContain("root:");
    if (fifo) {
      assertThat(outcome.out()).contains("131102_20200312.csv (whole file)\t-\tNOT_A_REGULAR_FILE");
    }
  }
}
