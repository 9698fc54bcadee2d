package fugong.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The CJK font shipped with fugong (WenQuanYi Micro Hei, Apache-2.0), so that charts and PDFs
 * render Chinese on a machine with no CJK font installed. The font is created from the class-path
 * resource with {@link Font#createFont(int, InputStream)}; it is never looked up among, nor
 * registered with, the system fonts.
 */
public final class ReportFonts {

  /** The class-path resource of the shipped font. */
  static final String RESOURCE = "/fugong/fonts/wqy-microhei.ttf";

  private static final byte[] BYTES = readResource();
  private static final Font BASE = createBase();

  /** The family name of the shipped font ("WenQuanYi Micro Hei"). */
  public static final String FAMILY = BASE.getFamily(Locale.ROOT);

  private ReportFonts() {}

  /**
   * The shipped font's bytes, for {@code PDType0Font.load(document, new ByteArrayInputStream(…))}.
   *
   * @return a fresh copy of the TrueType file
   */
  public static byte[] fontBytes() {
    return BYTES.clone();
  }

  /**
   * The shipped font at a size, loaded with {@link Font#createFont} from the resource (never a
   * system font). The font has one face; {@link Font#BOLD} is emboldened by Java2D.
   *
   * @param style {@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC} or BOLD|ITALIC
   * @param size the point size
   * @return the font
   */
  public static Font font(int style, float size) {
    return BASE.deriveFont(style, size);
  }

  private static byte[] readResource() {
    try (InputStream stream = ReportFonts.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException("font resource missing from the class path: " + RESOURCE);
      }
      return stream.readAllBytes();
    } catch (IOException exception) {
      throw new UncheckedIOException("cannot read the font resource " + RESOURCE, exception);
    }
  }

  private static Font createBase() {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES));
    } catch (FontFormatException exception) {
      throw new IllegalStateException("the font resource is not TrueType: " + RESOURCE, exception);
    } catch (IOException exception) {
      throw new UncheckedIOException("cannot create the font " + RESOURCE, exception);
    }
  }
}
