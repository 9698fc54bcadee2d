package fugong.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes a submission as CSV in one of the encodings counties use: UTF-8, UTF-8 with a byte-order
 * mark, or GBK (written as GB18030, its superset, with Windows line ends).
 */
final class CsvSubmissionWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvSubmissionWriter() {}

  static byte[] write(SubmissionTable table, FileFormat format) {
    return switch (format) {
      case CSV_UTF8 -> CsvText.render(table.asText(), "\n").getBytes(StandardCharsets.UTF_8);
      case CSV_UTF8_BOM -> {
        byte[] text = CsvText.render(table.asText(), "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        yield bytes;
      }
      case CSV_GB18030 -> CsvText.render(table.asText(), "\r\n").getBytes(GB18030);
      default -> throw new IllegalArgumentException(format + " is not a CSV format");
    };
  }
}
