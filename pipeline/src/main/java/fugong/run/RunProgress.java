package fugong.run;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a person sees of a run while it works: the stage ("[2/6] ingesting …"), its counts (files
 * parsed of total, tables written of total, dates reported of total), the running Spark job's tasks
 * and the stage's elapsed time. {@link PlainProgress} writes timestamped lines for logs (cron, CI,
 * a pipe); {@link LiveProgress} redraws one line on a terminal. Warnings always show; {@link
 * Verbosity#QUIET} hides everything else, {@link Verbosity#VERBOSE} adds a line per item. Plain
 * Java: the Spark listener feeding the task counts lives in {@code fugong.spark}.
 */
public abstract class RunProgress implements ProgressCounts {
  /** How much a run says while it works. */
  public enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  /** How progress is shown. */
  public enum Display {
    /** {@link #LIVE} on an interactive terminal, else {@link #PLAIN}. */
    AUTO,
    LIVE,
    PLAIN;

    /**
     * The display to use: AUTO is LIVE when the process has a console (stdin and stdout are a
     * terminal), the environment has no {@code CI} variable and {@code TERM} is not {@code dumb};
     * anything else (cron, CI, a pipe, a redirect) gets PLAIN.
     */
    public Display resolve(boolean console, Map<String, String> environment) {
      if (this != AUTO) {
        return this;
      }
      boolean dumb = "dumb".equals(environment.get("TERM"));
      return console && !environment.containsKey("CI") && !dumb ? LIVE : PLAIN;
    }
  }

  /** The number of stages of a run, as in "[2/6]". */
  public static final int STAGES = 6;

  protected final PrintWriter writer;
  protected final Clock clock;
  protected final Verbosity verbosity;
  private int stage;
  private String text = "";
  private long stageStartedMillis;
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private boolean stopped;
  private String job;
  private long tasksDone;
  private long tasksTotal;

  protected RunProgress(PrintWriter writer, Clock clock, Verbosity verbosity) {
    this.writer = requireNonNull(writer, "writer is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.verbosity = requireNonNull(verbosity, "verbosity is null");
  }

  /** The progress for {@code display} (resolved already: LIVE or PLAIN) on {@code writer}. */
  public static RunProgress of(Display display, Verbosity verbosity, PrintWriter writer) {
    return display == Display.LIVE
        ? new LiveProgress(
            writer, Clock.systemDefaultZone(), verbosity, LiveProgress.width(System.getenv()), 1000)
        : new PlainProgress(
            writer, Clock.systemDefaultZone(), verbosity, PlainProgress.INTERVAL_MILLIS);
  }

  /** Stage {@code number} of {@link #STAGES} begins. */
  public final synchronized void stage(int number, String description) {
    if (stage > 0) {
      stageEnded();
    }
    stage = number;
    text = description;
    stageStartedMillis = clock.millis();
    counts.clear();
    job = null;
    tasksDone = 0;
    tasksTotal = 0;
    stageStarted();
  }

  @Override
  public final synchronized void total(String unit, long total) {
    counts.put(unit, new long[] {0, total});
    changed(false);
  }

  @Override
  public final synchronized void done(String unit, long done) {
    long[] count = counts.computeIfAbsent(unit, key -> new long[] {0, -1});
    count[0] = count[1] >= 0 ? Math.min(done, count[1]) : done;
    changed(count[1] >= 0 && count[0] == count[1]);
  }

  @Override
  public final synchronized void advance(String unit) {
    long[] count = counts.computeIfAbsent(unit, key -> new long[] {0, -1});
    done(unit, count[0] + 1);
  }

  /**
   * The Spark jobs running now: {@code done} of {@code total} tasks; {@code job} is the latest
   * job's description (null when none runs).
   */
  public final synchronized void tasks(String job, long done, long total) {
    this.job = job;
    tasksDone = done;
    tasksTotal = total;
    changed(false);
  }

  @Override
  public final synchronized void detail(String line) {
    if (verbosity == Verbosity.VERBOSE) {
      line(line);
    }
  }

  /**
   * A line about the run that is not a warning (e.g. a leftover of a dead run swept); hidden by
   * --quiet.
   */
  public final synchronized void note(String line) {
    if (verbosity != Verbosity.QUIET) {
      line(line);
    }
  }

  /** A warning: always shown. */
  public final synchronized void warning(String line) {
    line(line);
  }

  /**
   * The run failed: ends the last stage as stopped, not done (the error follows from the caller).
   */
  public final synchronized void stop() {
    stopped = true;
    finish();
  }

  /** The run is over: ends the last stage. */
  public final synchronized void finish() {
    if (stage > 0) {
      stageEnded();
      stage = 0;
    }
    writer.flush();
  }

  /**
   * "[2/6] ingesting data-sample/inbox … 12/182 files" with the running job's tasks when one runs.
   */
  protected final synchronized String status() {
    StringBuilder line =
        new StringBuilder()
            .append('[')
            .append(stage)
            .append('/')
            .append(STAGES)
            .append("] ")
            .append(text);
    String separator = " … ";
    for (Map.Entry<String, long[]> count : counts.entrySet()) {
      line.append(separator).append(count.getValue()[0]);
      if (count.getValue()[1] >= 0) {
        line.append('/').append(count.getValue()[1]);
      }
      line.append(' ').append(count.getKey());
      separator = ", ";
    }
    if (tasksTotal > 0) {
      line.append(" · ")
          .append(job == null ? "Spark" : job)
          .append(' ')
          .append(tasksDone)
          .append('/')
          .append(tasksTotal)
          .append(" tasks");
    }
    return line.toString();
  }

  /** The current stage's elapsed time, "0:07", "12:40" or "1:02:03". */
  protected final synchronized String elapsed() {
    return duration(clock.millis() - stageStartedMillis);
  }

  protected final synchronized boolean inStage() {
    return stage > 0;
  }

  /** Whether the stage ending now was cut short by a failure. */
  protected final synchronized boolean stopped() {
    return stopped;
  }

  static String duration(long millis) {
    long seconds = Math.max(0, millis) / 1000;
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** A stage began (its status holds the new stage). */
  protected abstract void stageStarted();

  /** The counts or tasks changed; {@code complete} when a count just reached its total. */
  protected abstract void changed(boolean complete);

  /** The current stage is over (status still holds it). */
  protected abstract void stageEnded();

  /** Shows a whole line (a note, a warning, a detail). */
  protected abstract void line(String line);
}
