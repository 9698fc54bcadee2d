package fugong.run;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Progress for logs (cron, CI, a pipe): timestamped lines, one when a stage begins, one when it
 * ends (with its final counts and duration), and in between at most one every {@code
 * intervalMillis} and only when the counts moved. Never redraws, never floods.
 *
 * <pre>
 * 2026-11-30 23:40:01 [2/6] ingesting inbox
 * 2026-11-30 23:40:11 [2/6] ingesting inbox … 96/182 files · parse and validate submission files 4/8 tasks
 * 2026-11-30 23:40:19 [2/6] ingesting inbox … 182/182 files, 13/13 tables (done in 0:18)
 * </pre>
 */
public final class PlainProgress extends RunProgress {
  /** The default least time between two lines within a stage. */
  public static final long INTERVAL_MILLIS = 10_000;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final long intervalMillis;
  private long lastPrintedMillis;
  private String lastPrinted = "";

  public PlainProgress(PrintWriter writer, Clock clock, Verbosity verbosity, long intervalMillis) {
    super(writer, clock, verbosity);
    this.intervalMillis = intervalMillis;
  }

  @Override
  protected void stageStarted() {
    if (verbosity != Verbosity.QUIET) {
      print(status());
    }
  }

  @Override
  protected void changed(boolean complete) {
    if (verbosity == Verbosity.QUIET || !inStage()) {
      return;
    }
    String status = status();
    if (clock.millis() - lastPrintedMillis >= intervalMillis && !status.equals(lastPrinted)) {
      print(status);
    }
  }

  @Override
  protected void stageEnded() {
    if (verbosity != Verbosity.QUIET) {
      print(status() + (stopped() ? " (stopped after " : " (done in ") + elapsed() + ")");
    }
  }

  @Override
  protected void line(String line) {
    writer.println(timestamp() + " " + line);
    writer.flush();
  }

  private void print(String status) {
    writer.println(timestamp() + " " + status);
    writer.flush();
    lastPrinted = status;
    lastPrintedMillis = clock.millis();
  }

  private String timestamp() {
    return TIMESTAMP.format(Instant.ofEpochMilli(clock.millis()).atZone(clock.getZone()));
  }
}
