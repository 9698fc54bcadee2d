package fugong.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.ingest.InboxLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file still being written is left for the next run, and the warning names it by its whole path:
 * a county file and a meter file have the same name, so the name alone would not say which.
 */
class InboxListingTest {
  @TempDir Path inbox;

  @Test
  void aFileStillBeingWrittenIsLeftOutAndNamedByItsWholePath() throws IOException {
    Path power = Files.createDirectories(inbox.resolve("power"));
    Path county =
        Files.writeString(inbox.resolve("131102_20200301.csv"), "a", StandardCharsets.UTF_8);
    Path meter =
        Files.writeString(power.resolve("131102_20200301.csv"), "b", StandardCharsets.UTF_8);
    Instant now = Instant.now();
    Files.setLastModifiedTime(county, FileTime.from(now.minusSeconds(3_600)));
    Files.setLastModifiedTime(meter, FileTime.from(now.minusSeconds(5)));

    InboxListing.Listing counties =
        InboxListing.list(inbox.toString(), new Configuration(), InboxLimits.DEFAULTS, now);
    InboxListing.Listing meters =
        InboxListing.list(power.toString(), new Configuration(), InboxLimits.DEFAULTS, now);

    assertThat(counties.files()).extracting(InboxFile::name).containsExactly("131102_20200301.csv");
    assertThat(counties.deferred()).isEmpty();
    assertThat(meters.files()).isEmpty();
    assertThat(meters.deferred())
        .containsExactly(
            "fugong: "
                + meter.toAbsolutePath()
                + " was modified 5 s ago, less than 60 s (ingest.quiet_seconds): it may still be"
                + " being written and is left for the next run");
  }
}
