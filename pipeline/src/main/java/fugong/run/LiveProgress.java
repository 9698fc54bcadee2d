package fugong.run;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress on a terminal: one line per stage, redrawn in place with a carriage return as the counts
 * move and every {@code tickMillis} for the elapsed time; when the stage ends its last state stays
 * on screen and the next stage starts a new line. Notes and warnings are printed on their own line
 * above it. Only the carriage return is used: no cursor movement, no colours.
 *
 * <pre>
 * [2/6] ingesting data-sample/inbox … 12/182 files · parse and validate submission files 3/8 tasks  0:07
 * </pre>
 */
public final class LiveProgress extends RunProgress {
  /** Least time between two redraws caused by counts (a stage change always redraws). */
  static final long REDRAW_MILLIS = 200;

  private final int width;
  private final long tickMillis;
  private ScheduledExecutorService ticker;
  private int drawnLength;
  private long drawnMillis = Long.MIN_VALUE / 2;

  /** {@code tickMillis} 0: redraw only when something changes (tests). */
  public LiveProgress(
      PrintWriter writer, Clock clock, Verbosity verbosity, int width, long tickMillis) {
    super(writer, clock, verbosity);
    this.width = Math.max(20, width);
    this.tickMillis = tickMillis;
  }

  /** The terminal's width from {@code COLUMNS} when the shell exports it, else 100. */
  static int width(Map<String, String> environment) {
    try {
      return Integer.parseInt(environment.getOrDefault("COLUMNS", "100").strip());
    } catch (NumberFormatException notANumber) {
      return 100;
    }
  }

  /** The line drawn for the current state: status and elapsed time, cut to the terminal's width. */
  public String line() {
    String line = status() + "  " + elapsed();
    return line.codePointCount(0, line.length()) < width
        ? line
        : line.substring(0, line.offsetByCodePoints(0, width - 2)) + "…";
  }

  @Override
  protected void stageStarted() {
    if (verbosity == Verbosity.QUIET) {
      return;
    }
    draw();
    if (tickMillis > 0 && ticker == null) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "fugong-progress");
                thread.setDaemon(true);
                return thread;
              });
      ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void tick() {
    synchronized (this) {
      if (inStage() && drawnLength > 0) {
        draw();
      }
    }
  }

  @Override
  protected void changed(boolean complete) {
    if (verbosity != Verbosity.QUIET
        && inStage()
        && (complete || clock.millis() - drawnMillis >= REDRAW_MILLIS)) {
      draw();
    }
  }

  @Override
  protected void stageEnded() {
    if (verbosity == Verbosity.QUIET) {
      return;
    }
    draw();
    writer.println(stopped() ? "  stopped" : "");
    writer.flush();
    drawnLength = 0;
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  @Override
  protected void line(String line) {
    if (drawnLength > 0) {
      writer.print("\r" + " ".repeat(drawnLength) + "\r");
      drawnLength = 0;
    }
    writer.println(line);
    if (inStage() && verbosity != Verbosity.QUIET) {
      draw();
    }
    writer.flush();
  }

  private void draw() {
    String line = line();
    int length = line.codePointCount(0, line.length());
    writer.print("\r" + line + " ".repeat(Math.max(0, drawnLength - length)));
    writer.flush();
    drawnLength = length;
    drawnMillis = clock.millis();
  }
}
