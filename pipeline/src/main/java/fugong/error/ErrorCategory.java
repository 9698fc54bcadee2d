package fugong.error;

/** Who has to act on an error: the person who gave the input, or whoever runs the machine. */
public enum ErrorCategory {
  /** The input (a file, a reference table, a command-line value) is wrong; fix the input. */
  USER_ERROR,
  /** The environment failed (disk, permissions, Spark); the input may be fine. */
  EXTERNAL,
  /** A bug or a broken invariant in fugong itself. */
  INTERNAL
}
