package fugong.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Detects the encoding of a text file strictly: a UTF-8 BOM means UTF-8; otherwise UTF-8 if every
 * byte sequence is valid UTF-8, else GB18030 (the superset of GBK) if valid there. Never decodes
 * with replacement characters, so a GBK file is never silently read as UTF-8 garbage.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** The decoded text, or empty when the bytes are neither valid UTF-8 nor valid GB18030. */
  public static Optional<DecodedText> decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8)
          .map(text -> new DecodedText(text, "UTF-8 with BOM"));
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return Optional.of(new DecodedText(utf8.get(), "UTF-8"));
    }
    return strict(bytes, 0, GB18030).map(text -> new DecodedText(text, "GB18030"));
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text =
          decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      if (text.indexOf('\u0000') >= 0) {
        return Optional.empty();
      }
      return Optional.of(text);
    } catch (CharacterCodingException notThisEncoding) {
      return Optional.empty();
    }
  }
}
