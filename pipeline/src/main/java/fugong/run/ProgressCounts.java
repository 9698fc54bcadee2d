package fugong.run;

/**
 * What a job tells about its progress: counts of a unit (files, tables, dates) against their total,
 * and per-item lines for a verbose run. The jobs only count; {@link RunProgress} decides what a
 * person sees.
 */
public interface ProgressCounts {
  /** Counts nothing: for a job run on its own (tests, tools). */
  ProgressCounts NONE =
      new ProgressCounts() {
        @Override
        public void total(String unit, long total) {}

        @Override
        public void done(String unit, long done) {}

        @Override
        public void advance(String unit) {}

        @Override
        public void detail(String line) {}
      };

  /** The current stage works through {@code total} items of {@code unit} (none done yet). */
  void total(String unit, long total);

  /** {@code done} items of {@code unit} are finished. */
  void done(String unit, long done);

  /** One more item of {@code unit} is finished (safe from several threads). */
  void advance(String unit);

  /** A line about one item (a table written, a date's reports), shown by a verbose run only. */
  void detail(String line);
}
