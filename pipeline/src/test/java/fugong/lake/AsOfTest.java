package fugong.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which kept state an {@code --as-of} run id or time names, and how a state records its time. */
class AsOfTest {
  static final PublishedState FIRST = state(4, "20200309T120000Z-aaaa", "2020-03-09T12:05:00Z");
  static final PublishedState SECOND = state(5, "20200310T120000Z-bbbb", "2020-03-10T12:05:00Z");
  static final PublishedState THIRD = state(6, "20200311T120000Z-cccc", "2020-03-11T12:05:00Z");
  static final List<PublishedState> KEPT = List.of(THIRD, SECOND, FIRST);

  private static PublishedState state(long sequence, String runId, String publishedAt) {
    return new PublishedState(
        sequence,
        runId,
        Map.of(LakeTable.COUNTY_DAILY, "lake/county_daily/" + runId),
        Instant.parse(publishedAt));
  }

  @Test
  void aRunIdNamesTheStateThatRunPublished() {
    assertThat(AsOf.of("20200310T120000Z-bbbb").choose(KEPT, 3)).isEqualTo(SECOND);
    assertThat(AsOf.of(" 20200311T120000Z-cccc ").choose(KEPT, 3)).isEqualTo(THIRD);
  }

  @Test
  void aTimeNamesTheLatestStatePublishedAtOrBeforeIt() {
    assertThat(AsOf.of("2020-03-10T12:05:00Z").choose(KEPT, 3)).isEqualTo(SECOND);
    assertThat(AsOf.of("2020-03-10T12:04:59Z").choose(KEPT, 3)).isEqualTo(FIRST);
    assertThat(AsOf.of("2020-03-10T20:05:00+08:00").choose(KEPT, 3)).isEqualTo(SECOND);
    // without an offset: Asia/Shanghai, with a space or a T, seconds optional
    assertThat(AsOf.of("2020-03-10 20:05:00").choose(KEPT, 3)).isEqualTo(SECOND);
    assertThat(AsOf.of("2020-03-10 20:04").choose(KEPT, 3)).isEqualTo(FIRST);
    assertThat(AsOf.of("2020-03-10T20:05").choose(KEPT, 3)).isEqualTo(SECOND);
    assertThat(AsOf.of("2030-01-01 00:00:00").choose(KEPT, 3)).isEqualTo(THIRD);
  }

  @Test
  void aRunIdNotKeptIsRefusedListingTheKeptRunsAndTheSetting() {
    assertThatThrownBy(() -> AsOf.of("20200301T120000Z-dddd").choose(KEPT, 3))
        .isInstanceOf(FugongException.class)
        .satisfies(
            refused -> assertThat(((FugongException) refused).code()).isEqualTo(ErrorCode.USAGE))
        .hasMessage(
            "no kept published state of run 20200301T120000Z-dddd: that run published nothing, or"
                + " its state was deleted (each run keeps the newest lake.published_states_kept ="
                + " 3 states). Kept now, newest first: 20200311T120000Z-cccc (state 6),"
                + " 20200310T120000Z-bbbb (state 5), 20200309T120000Z-aaaa (state 4)");
  }

  @Test
  void aTimeBeforeTheOldestKeptStateIsRefusedNamingIt() {
    assertThatThrownBy(() -> AsOf.of("2020-03-09 08:00:00").choose(KEPT, 3))
        .isInstanceOf(FugongException.class)
        .hasMessage(
            "no kept state was published at or before 2020-03-09T08:00:00+08:00: the oldest kept,"
                + " state 4 of run 20200309T120000Z-aaaa, was published at"
                + " 2020-03-09T20:05:00+08:00 (each run keeps the newest"
                + " lake.published_states_kept = 3 states)");
  }

  @Test
  void anythingElseIsRefusedWithTheAcceptedForms() {
    for (String text : List.of("yesterday", "2020-03-10", "10/03/2020 16:00", "")) {
      assertThatThrownBy(() -> AsOf.of(text).choose(KEPT, 3))
          .as(text)
          .isInstanceOf(FugongException.class)
          .hasMessageContaining("is neither a run id (like 20261130T143000Z-3fa2) nor a time")
          .hasMessageContaining("2026-11-30 22:00:00 (Asia/Shanghai)");
    }
    assertThatThrownBy(() -> AsOf.of("2020-03-10 16:00:00").choose(List.of(), 30))
        .hasMessageContaining("the lake has no published state yet");
  }

  @Test
  void aPointerFileRecordsItsPublishTimeAndOlderFilesStillParse() throws IOException {
    assertThat(PublishedState.parse(SECOND.render())).isEqualTo(SECOND);
    assertThat(SECOND.render()).contains("published_at=2020-03-10T12:05:00Z\n");
    String older = SECOND.render().replace("published_at=2020-03-10T12:05:00Z\n", "");
    assertThat(PublishedState.parse(older).publishedAt()).isNull();
    assertThat(PublishedState.parse(older).locations()).isEqualTo(SECOND.locations());
  }

  @Test
  void anOlderPointerFileIsTakenAsPublishedWhenItsRunStarted(@TempDir Path out) throws IOException {
    Path folder = Files.createDirectories(out.resolve("lake/_published"));
    Files.writeString(
        folder.resolve("000000000004.properties"),
        FIRST.render().replace("published_at=2020-03-09T12:05:00Z\n", ""));
    Files.writeString(folder.resolve("000000000005.properties"), SECOND.render());
    Files.writeString(
        folder.resolve("000000000006.properties"), "format=2\nsequence=6\n"); // cut short

    assertThat(PublishedPointers.local(out).kept())
        .containsExactly(SECOND, FIRST.withPublishedAt(Instant.parse("2020-03-09T12:00:00Z")));
  }
}
