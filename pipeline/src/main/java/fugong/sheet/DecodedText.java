package fugong.sheet;

/** Text decoded from a file's bytes, with the encoding that was detected. */
public record DecodedText(String text, String encoding) {}
