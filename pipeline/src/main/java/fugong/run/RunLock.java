package fugong.run;

/** The one-run-at-a-time lock of an output folder, released by {@link #close()}. */
public interface RunLock extends AutoCloseable {
  /** The file name of the lock in {@code OUT}, local or remote. */
  String LOCK_FILE = ".fugong.lock";

  @Override
  void close();
}
