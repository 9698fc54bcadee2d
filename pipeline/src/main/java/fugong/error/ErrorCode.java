package fugong.error;

/** Stable error identifiers, each with the category that says who must act. */
public enum ErrorCode {
  USAGE(ErrorCategory.USER_ERROR),
  REFERENCE_INVALID(ErrorCategory.USER_ERROR),
  REFERENCE_MISSING(ErrorCategory.USER_ERROR),
  INBOX_MISSING(ErrorCategory.USER_ERROR),
  CONFIG_INVALID(ErrorCategory.USER_ERROR),
  LAKE_CORRUPT(ErrorCategory.EXTERNAL),
  IO_FAILURE(ErrorCategory.EXTERNAL),
  OUTPUT_LOCKED(ErrorCategory.USER_ERROR),
  /** The lake was published (the commit point passed), then the catalog or the reports failed. */
  PUBLISHED_INCOMPLETE(ErrorCategory.EXTERNAL),
  IDENTITY_VIOLATED(ErrorCategory.INTERNAL),
  INTERNAL(ErrorCategory.INTERNAL);

  private final ErrorCategory category;

  ErrorCode(ErrorCategory category) {
    this.category = category;
  }

  public ErrorCategory category() {
    return category;
  }
}
