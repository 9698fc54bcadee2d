package fugong.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes a submission as CSV in one of the encodings counties use: UTF-8, UTF-8 with a byte-order
 * mark, or GBK (written as GB18030, its superset, with Windows line ends). Rows are encoded as they
 * are written, so a large file is never held in memory as text.
 */
final class CsvSubmissionWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvSubmissionWriter() {}

  /** Writes the table to {@code out} and closes it. */
  static void write(SubmissionTable table, FileFormat format, OutputStream out) throws IOException {
    switch (format) {
      case CSV_UTF8 -> CsvText.write(writer(out, StandardCharsets.UTF_8), table.asText(), "\n");
      case CSV_UTF8_BOM -> {
        out.write(BOM);
        CsvText.write(writer(out, StandardCharsets.UTF_8), table.asText(), "\r\n");
      }
      case CSV_GB18030 -> CsvText.write(writer(out, GB18030), table.asText(), "\r\n");
      default -> throw new IllegalArgumentException(format + " is not a CSV format");
    }
  }

  private static BufferedWriter writer(OutputStream out, Charset charset) {
    return new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
  }
}
