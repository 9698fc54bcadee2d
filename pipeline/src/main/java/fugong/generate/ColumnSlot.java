package fugong.generate;

import fugong.ingest.SubmissionColumn;

/**
 * One column of a generated file: the submission column it holds (null for the unknown extra
 * column) and its header.
 */
record ColumnSlot(SubmissionColumn column, String header) {}
