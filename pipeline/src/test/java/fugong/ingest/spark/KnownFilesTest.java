package fugong.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.FileRejection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which inbox files are taken as already ingested without being read. */
class KnownFilesTest {
  private static final Instant INGESTED = Instant.parse("2020-03-02T16:00:00Z");
  private static final Instant MODIFIED = Instant.parse("2020-03-01T12:17:41.123456Z");

  private static final KnownFiles KNOWN =
      new KnownFiles(
          List.of(
              new KnownFiles.Entry("131102_20200301.csv", "abc", 500L, MODIFIED, true, INGESTED)),
          false);

  private static InboxFile file(long size, Instant arrived, Instant modified) {
    return InboxFile.readable(
        "/inbox/131102_20200301.csv", "131102_20200301.csv", size, arrived, modified, true);
  }

  @Test
  void sameNameSizeAndModificationTimeIsTheIngestedCopy() {
    assertThat(KNOWN.unchanged(file(500, MODIFIED, MODIFIED))).contains("abc");
    // the file system's nanoseconds are beyond what the lake stores
    Instant finer = MODIFIED.plusNanos(789);
    assertThat(KNOWN.unchanged(file(500, finer, finer))).contains("abc");
  }

  @Test
  void anyDifferenceMeansTheFileIsRead() {
    assertThat(KNOWN.unchanged(file(501, MODIFIED, MODIFIED))).as("size").isEmpty();
    Instant touched = MODIFIED.plusSeconds(1);
    assertThat(KNOWN.unchanged(file(500, touched, touched))).as("modification time").isEmpty();
    assertThat(
            KNOWN.unchanged(
                InboxFile.readable(
                    "/inbox/131103_20200301.csv",
                    "131103_20200301.csv",
                    500,
                    MODIFIED,
                    MODIFIED,
                    true)))
        .as("another name")
        .isEmpty();
  }

  @Test
  void anArrivalFromTheArrivalsFileOrAnUnknownModificationTimeMeansTheFileIsRead() {
    // a copy without a recorded modification time (an older lake), and _arrivals.csv gave the
    // arrival: it says nothing of the file on disk
    assertThat(KNOWN.unchanged(file(500, MODIFIED.minusSeconds(3600), MODIFIED))).isEmpty();
    assertThat(KNOWN.unchanged(file(500, MODIFIED, null))).isEmpty();
    assertThat(
            KNOWN.unchanged(
                InboxFile.refused(
                    "/inbox/131102_20200301.csv",
                    "131102_20200301.csv",
                    500,
                    MODIFIED,
                    FileRejection.NOT_A_REGULAR_FILE,
                    "a link")))
        .isEmpty();
  }

  @Test
  void aRecordedModificationTimeLetsAFileWithAnArrivalFromTheArrivalsFileBeKnown() {
    Instant arrived = MODIFIED.minusSeconds(3600); // from _arrivals.csv
    KnownFiles recorded =
        new KnownFiles(
            List.of(
                new KnownFiles.Entry(
                    "131102_20200301.csv", "abc", 500L, arrived, true, INGESTED, MODIFIED)),
            false);
    assertThat(recorded.unchanged(file(500, arrived, MODIFIED))).contains("abc");
    assertThat(recorded.unchanged(file(500, arrived, MODIFIED.plusSeconds(1))))
        .as("touched since")
        .isEmpty();
    assertThat(recorded.unchanged(file(499, arrived, MODIFIED))).as("size").isEmpty();
  }

  @Test
  void rehashReadsEveryFileAndARejectedCopyIsReadAgain() {
    KnownFiles rehash =
        new KnownFiles(
            List.of(
                new KnownFiles.Entry("131102_20200301.csv", "abc", 500L, MODIFIED, true, INGESTED)),
            true);
    assertThat(rehash.unchanged(file(500, MODIFIED, MODIFIED))).isEmpty();
    assertThat(rehash.contains("131102_20200301.csv", "abc")).isTrue();
    KnownFiles rejected =
        new KnownFiles(
            List.of(
                new KnownFiles.Entry(
                    "131102_20200301.csv", "e3b0", 500L, MODIFIED, false, INGESTED)),
            false);
    assertThat(rejected.unchanged(file(500, MODIFIED, MODIFIED))).isEmpty();
    assertThat(KnownFiles.none().unchanged(file(500, MODIFIED, MODIFIED))).isEmpty();
  }
}
