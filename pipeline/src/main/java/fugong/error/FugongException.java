package fugong.error;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type of fugong. Its message is meant for a person: it names the file, row,
 * column and offending text where there is one.
 */
public final class FugongException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public FugongException(ErrorCode code, String message) {
    super(requireNonNull(message, "message is null"));
    this.code = requireNonNull(code, "code is null");
  }

  public FugongException(ErrorCode code, String message, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.code = requireNonNull(code, "code is null");
  }

  public ErrorCode code() {
    return code;
  }
}
