package fugong.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Index.atIndex;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a person sees of a run: plain lines on a fake clock (timestamps, throttling, quiet, verbose)
 * and the live line.
 */
class RunProgressTest {
  /** A clock the test moves by hand, at 2026-11-30 23:40:01 UTC. */
  static final class HandClock extends Clock {
    long millis = Instant.parse("2026-11-30T23:40:01Z").toEpochMilli();

    void advanceSeconds(double seconds) {
      millis += (long) (seconds * 1000);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  private final HandClock clock = new HandClock();
  private final StringWriter written = new StringWriter();

  private PlainProgress plain(RunProgress.Verbosity verbosity) {
    return new PlainProgress(new PrintWriter(written, true), clock, verbosity, 10_000);
  }

  /**
   * Stage 1 for 3 s; stage 2 parses 182 files over 15 s with counts at 2, 11, 12 and 15 s; a
   * verbose detail and a warning.
   */
  private void ingestOf182Files(RunProgress progress) {
    progress.stage(1, "checking the published lake (new output folder)");
    clock.advanceSeconds(3);
    progress.stage(2, "ingesting inbox");
    progress.total("files", 182);
    clock.advanceSeconds(2);
    progress.done("files", 12);
    progress.tasks("parse and validate submission files", 1, 8);
    clock.advanceSeconds(9);
    progress.done("files", 96);
    clock.advanceSeconds(1);
    progress.done("files", 100);
    progress.detail("  wrote files (120 ms)");
    clock.advanceSeconds(3);
    progress.done("files", 182);
    progress.tasks(null, 0, 0);
    progress.warning("fugong: warning: something to see");
    progress.stage(3, "computing metrics from 2020-02-26");
    clock.advanceSeconds(61);
    progress.finish();
  }

  @Test
  void plainLinesAreTimestampedAtEachStagesStartAndEndAndAtMostOneEveryTenSecondsInBetween() {
    ingestOf182Files(plain(RunProgress.Verbosity.NORMAL));

    assertThat(written.toString().lines().toList())
        .containsExactly(
            "2026-11-30 23:40:01 [1/6] checking the published lake (new output folder)",
            "2026-11-30 23:40:04 [1/6] checking the published lake (new output folder) (done in"
                + " 0:03)",
            "2026-11-30 23:40:04 [2/6] ingesting inbox",
            // 12 files at 0:02 is within 10 s of the stage's first line; 96 files at 0:11 is not
            "2026-11-30 23:40:15 [2/6] ingesting inbox … 96/182 files · parse and validate"
                + " submission files 1/8 tasks",
            "2026-11-30 23:40:19 fugong: warning: something to see",
            "2026-11-30 23:40:19 [2/6] ingesting inbox … 182/182 files (done in 0:15)",
            "2026-11-30 23:40:19 [3/6] computing metrics from 2020-02-26",
            "2026-11-30 23:41:20 [3/6] computing metrics from 2020-02-26 (done in 1:01)");
  }

  @Test
  void quietShowsOnlyWarningsAndVerboseAddsTheDetailLines() {
    ingestOf182Files(plain(RunProgress.Verbosity.QUIET));
    assertThat(written.toString().lines().toList())
        .containsExactly("2026-11-30 23:40:19 fugong: warning: something to see");

    written.getBuffer().setLength(0);
    clock.millis = Instant.parse("2026-11-30T23:40:01Z").toEpochMilli();
    ingestOf182Files(plain(RunProgress.Verbosity.VERBOSE));
    assertThat(written.toString().lines().toList())
        .as("the normal lines with the detail line in its place")
        .hasSize(9)
        .contains("2026-11-30 23:40:16   wrote files (120 ms)", atIndex(4))
        .contains(
            "2026-11-30 23:40:19 [2/6] ingesting inbox … 182/182 files (done in 0:15)", atIndex(6));
  }

  @Test
  void theLiveLineShowsTheStageItsCountsTheRunningJobsTasksAndTheElapsedTime() {
    LiveProgress live =
        new LiveProgress(
            new PrintWriter(written, true), clock, RunProgress.Verbosity.NORMAL, 120, 0);
    live.stage(2, "ingesting data-sample/inbox");
    live.total("files", 182);
    clock.advanceSeconds(7);
    live.done("files", 12);
    live.tasks("parse and validate submission files", 3, 8);

    assertThat(live.line())
        .isEqualTo(
            "[2/6] ingesting data-sample/inbox … 12/182 files · parse and validate submission files"
                + " 3/8 tasks  0:07");

    live.stage(3, "computing metrics");
    live.total("tables", 10);
    live.advance("tables");
    live.advance("tables");
    clock.advanceSeconds(754);
    assertThat(live.line()).isEqualTo("[3/6] computing metrics … 2/10 tables  12:34");
    live.finish();

    String screen = written.toString();
    assertThat(screen).doesNotContain("\u001b").as("only carriage returns, no escape sequences");
    // what a terminal keeps of each line: its last redraw (after the last carriage return); stage 2
    // keeps its final state
    assertThat(
            java.util.Arrays.stream(screen.split("\n"))
                .map(line -> line.substring(line.lastIndexOf('\r') + 1).stripTrailing())
                .toList())
        .containsExactly(
            "[2/6] ingesting data-sample/inbox … 12/182 files · parse and validate submission files"
                + " 3/8 tasks  0:07",
            "[3/6] computing metrics … 2/10 tables  12:34");
  }

  @Test
  void aStageCutShortByAFailureEndsAsStoppedNotDone() {
    PlainProgress progress = plain(RunProgress.Verbosity.NORMAL);
    progress.stage(3, "computing metrics");
    progress.total("tables", 10);
    progress.advance("tables");
    clock.advanceSeconds(5);
    progress.stop();
    progress.finish();

    assertThat(written.toString().lines().toList())
        .containsExactly(
            "2026-11-30 23:40:01 [3/6] computing metrics",
            "2026-11-30 23:40:06 [3/6] computing metrics … 1/10 tables (stopped after 0:05)");
  }

  @Test
  void theLiveLineIsCutToTheTerminalsWidthSoCarriageReturnsRedrawIt() {
    LiveProgress live =
        new LiveProgress(
            new PrintWriter(written, true), clock, RunProgress.Verbosity.NORMAL, 30, 0);
    live.stage(2, "ingesting a very long inbox path that does not fit");
    assertThat(live.line()).hasSize(29).isEqualTo("[2/6] ingesting a very long …");
  }

  @Test
  void liveOnlyOnAnInteractiveTerminalOutsideCiAndNotOnADumbOne() {
    assertThat(RunProgress.Display.AUTO.resolve(true, Map.of("TERM", "xterm-256color")))
        .isEqualTo(RunProgress.Display.LIVE);
    assertThat(RunProgress.Display.AUTO.resolve(false, Map.of("TERM", "xterm-256color")))
        .as("cron, a pipe")
        .isEqualTo(RunProgress.Display.PLAIN);
    assertThat(RunProgress.Display.AUTO.resolve(true, Map.of("CI", "true")))
        .isEqualTo(RunProgress.Display.PLAIN);
    assertThat(RunProgress.Display.AUTO.resolve(true, Map.of("TERM", "dumb")))
        .isEqualTo(RunProgress.Display.PLAIN);
    assertThat(RunProgress.Display.LIVE.resolve(false, Map.of()))
        .as("asked for")
        .isEqualTo(RunProgress.Display.LIVE);
    assertThat(RunProgress.Display.PLAIN.resolve(true, Map.of()))
        .isEqualTo(RunProgress.Display.PLAIN);
  }

  @Test
  void durationsReadAsMinutesAndSecondsThenHours() {
    assertThat(RunProgress.duration(7_900)).isEqualTo("0:07");
    assertThat(RunProgress.duration(754_000)).isEqualTo("12:34");
    assertThat(RunProgress.duration(3_723_000)).isEqualTo("1:02:03");
  }
}
