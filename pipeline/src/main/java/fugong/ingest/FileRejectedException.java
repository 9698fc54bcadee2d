package fugong.ingest;

import static java.util.Objects.requireNonNull;

/** A submission file that cannot be read at all; the whole file is rejected with this reason. */
public final class FileRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final FileRejection reason;

  public FileRejectedException(FileRejection reason, String message) {
    super(requireNonNull(message, "message is null"));
    this.reason = requireNonNull(reason, "reason is null");
  }

  public FileRejection reason() {
    return reason;
  }
}
