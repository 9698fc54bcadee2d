package fugong.sheet;

import static java.util.Objects.requireNonNull;

/** A file that cannot be read as a sheet: its message names the file and what is wrong. */
public final class SheetRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final SheetRejection reason;

  public SheetRejectedException(SheetRejection reason, String message) {
    super(requireNonNull(message, "message is null"));
    this.reason = requireNonNull(reason, "reason is null");
  }

  public SheetRejection reason() {
    return reason;
  }
}
