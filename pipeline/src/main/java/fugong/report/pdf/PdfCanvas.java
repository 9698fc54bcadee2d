package fugong.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import fugong.report.chart.ReportFonts;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jfree.chart.JFreeChart;

/**
 * An A4 PDF/A-2b document written top to bottom: centred lines, rules, headings, wrapped paragraphs
 * (Chinese line breaking, {@link LineBreaker}), figure tiles, tables that break across pages with
 * their header repeated, and JFreeChart charts as vector graphics whose text stays real text. Pages
 * after the first carry a running header; every page a footer line and its number "— N —" centred.
 * One embedded font (the shipped WenQuanYi Micro Hei, subset); fixed dates and document id, so the
 * same content gives the same bytes.
 */
public final class PdfCanvas implements Closeable {
  public static final float MARGIN = 42;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LINE_GAP = 1.35f;
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);
  private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);

  /** Lowest y the body may reach: above the page number and the footer. */
  private static final float BOTTOM = 52;

  /** A table column: header text, width in points, and whether values are right-aligned. */
  public record Column(String header, float width, boolean rightAligned) {}

  /** A table cell: text and an optional background colour. */
  public record Cell(String text, Color background) {
    public static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final String runningHeader;
  private final String footer;
  private final Map<Integer, Boolean> displayable = new HashMap<>();
  private PDPageContentStream stream;
  private float cursor;
  private int pages;

  public PdfCanvas(String title, Calendar fixedDate, String runningHeader, String footer) {
    this.runningHeader = runningHeader;
    this.footer = footer;
    try {
      font = PDType0Font.load(document, new ByteArrayInputStream(ReportFonts.fontBytes()), true);
      archivalMetadata(title, fixedDate);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    newPage();
  }

  private void archivalMetadata(String title, Calendar date) throws IOException {
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(title);
    information.setCreator("fugong");
    information.setProducer("fugong");
    information.setCreationDate(date);
    information.setModificationDate(date);
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
      identification.setPart(2);
      identification.setConformance("B");
      DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
      dublinCore.setTitle(title);
      dublinCore.addCreator("fugong");
      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreateDate(date);
      basic.setModifyDate(date);
      basic.setCreatorTool("fugong");
      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer("fugong");
      ByteArrayOutputStream serialized = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, serialized, true);
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(serialized.toByteArray());
      document.getDocumentCatalog().setMetadata(metadata);
    } catch (BadFieldValueException | TransformerException failure) {
      throw new IOException("cannot write the XMP metadata: " + failure.getMessage(), failure);
    }
    PDOutputIntent intent =
        new PDOutputIntent(
            document,
            new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    document.getDocumentCatalog().addOutputIntent(intent);
  }

  public float width() {
    return PAGE.getWidth() - 2 * MARGIN;
  }

  /**
   * Starts a new page: the running header from the second page on, the page number and the footer.
   */
  public void newPage() {
    try {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      pages++;
      float top = PAGE.getHeight() - 30;
      if (pages > 1) {
        text(MARGIN, top, runningHeader, 9, MUTED);
        line(MARGIN, top - 5, PAGE.getWidth() - MARGIN, top - 5, RULE);
        cursor = top - 16;
      } else {
        cursor = PAGE.getHeight() - 40;
      }
      String pageLabel = "— " + pages + " —";
      text((PAGE.getWidth() - textWidth(pageLabel, 10.5f)) / 2, 30, pageLabel, 10.5f, TEXT);
      text(MARGIN, 14, footer, 7.5f, MUTED);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Starts a new page unless {@code height} points still fit above the footer. */
  public void ensureSpace(float height) {
    if (cursor - height < BOTTOM) {
      newPage();
    }
  }

  /** Room left on the page above the footer, in points. */
  public float remaining() {
    return cursor - BOTTOM;
  }

  /** A line of text centred on the page. */
  public void centered(String text, float size, Color color) {
    ensureSpace(size * LINE_GAP);
    cursor -= size * LINE_GAP;
    text((PAGE.getWidth() - textWidth(text, size)) / 2, cursor, text, size, color);
  }

  /** Two texts on one line: one at the left margin, one against the right margin. */
  public void spread(String left, String right, float size, Color color) {
    ensureSpace(size * LINE_GAP);
    cursor -= size * LINE_GAP;
    text(MARGIN, cursor, left, size, color);
    text(PAGE.getWidth() - MARGIN - textWidth(right, size), cursor, right, size, color);
  }

  /** A rule across the text width. */
  public void rule(Color color, float thickness) {
    cursor -= thickness / 2 + 4;
    try {
      stream.setStrokingColor(color);
      stream.setLineWidth(thickness);
      stream.moveTo(MARGIN, cursor);
      stream.lineTo(PAGE.getWidth() - MARGIN, cursor);
      stream.stroke();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    cursor -= thickness / 2 + 4;
  }

  public void gap(float points) {
    cursor -= points;
  }

  public void heading(String text, float size) {
    heading(text, size, 60);
  }

  /** A heading kept on one page with at least {@code keepWithNext} points of what follows it. */
  public void heading(String text, float size, float keepWithNext) {
    ensureSpace(size * 2.2f + keepWithNext);
    cursor -= size * 1.5f;
    text(MARGIN, cursor, text, size, TEXT);
    cursor -= size * 0.35f;
  }

  /** Text wrapped to the page width. */
  public void paragraph(String text, float size, Color color) {
    paragraph(text, size, color, 0, 0);
  }

  /**
   * Text wrapped to the page width, its first line indented by {@code firstIndent} points and the
   * others by {@code restIndent} (2 characters first for body text, a hanging indent for numbered
   * items).
   */
  public void paragraph(String text, float size, Color color, float firstIndent, float restIndent) {
    float gap = size * (LINE_GAP + 0.15f);
    List<String> first = wrap(text, size, width() - firstIndent);
    String rest =
        first.size() > 1 ? text.substring(Math.max(0, indexAfter(text, first.get(0)))) : "";
    List<String> lines = new ArrayList<>();
    lines.add(first.get(0));
    if (!rest.isBlank()) {
      lines.addAll(wrap(rest.stripLeading(), size, width() - restIndent));
    }
    for (int index = 0; index < lines.size(); index++) {
      ensureSpace(gap);
      cursor -= gap;
      text(MARGIN + (index == 0 ? firstIndent : restIndent), cursor, lines.get(index), size, color);
    }
  }

  /**
   * Where the rest of {@code text} starts after its first wrapped line (the line may have lost a
   * space).
   */
  private static int indexAfter(String text, String firstLine) {
    int index = text.indexOf(firstLine);
    return index < 0 ? firstLine.length() : index + firstLine.length();
  }

  public void paragraph(String text, float size) {
    paragraph(text, size, TEXT);
  }

  /**
   * A headline figure: its label and standing word on top, the value large with the change and its
   * arrow beside it, the target underneath; a coloured bar on the left.
   */
  public void tile(
      float x,
      float topY,
      float boxWidth,
      float boxHeight,
      String label,
      String standing,
      String value,
      String change,
      String target,
      Color accent) {
    try {
      stream.setNonStrokingColor(new Color(0xF6, 0xF7, 0xF9));
      stream.addRect(x, topY - boxHeight, boxWidth, boxHeight);
      stream.fill();
      stream.setNonStrokingColor(accent);
      stream.addRect(x, topY - boxHeight, 3, boxHeight);
      stream.fill();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    text(x + 9, topY - 14, label, 10.5f, TEXT);
    text(
        x + boxWidth - 6 - textWidth(standing, 10.5f), topY - 14, standing, 10.5f, accent.darker());
    text(x + 9, topY - 36, value, 18, TEXT);
    text(x + 14 + textWidth(value, 18), topY - 36, change, 10.5f, TEXT);
    text(x + 9, topY - boxHeight + 6, target, 10.5f, MUTED);
  }

  /** Reserves a band of the page for figure boxes and returns its top y. */
  public float reserve(float height) {
    ensureSpace(height);
    float top = cursor;
    cursor -= height;
    return top;
  }

  /** A table; rows that do not fit continue on the next page under a repeated header. */
  public void table(List<Column> columns, List<List<Cell>> rows, float size) {
    float rowHeight = size * 1.75f;
    header(columns, size, rowHeight);
    for (List<Cell> row : rows) {
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int index = 0; index < columns.size(); index++) {
        List<String> cellLines = wrap(row.get(index).text(), size, columns.get(index).width() - 6);
        wrapped.add(cellLines);
        lines = Math.max(lines, cellLines.size());
      }
      float height = rowHeight + (lines - 1) * size * LINE_GAP;
      if (cursor - height < BOTTOM) {
        newPage();
        header(columns, size, rowHeight);
      }
      float x = MARGIN;
      for (int index = 0; index < columns.size(); index++) {
        Column column = columns.get(index);
        Cell cell = row.get(index);
        if (cell.background() != null) {
          fill(x, cursor - height, column.width(), height, cell.background());
        }
        float y = cursor - size * 1.25f;
        for (String line : wrapped.get(index)) {
          float textX =
              column.rightAligned() ? x + column.width() - 3 - textWidth(line, size) : x + 3;
          text(textX, y, line, size, TEXT);
          y -= size * LINE_GAP;
        }
        x += column.width();
      }
      cursor -= height;
      line(MARGIN, cursor, MARGIN + totalWidth(columns), cursor, RULE);
    }
    cursor -= 6;
  }

  private void header(List<Column> columns, float size, float rowHeight) {
    fill(MARGIN, cursor - rowHeight, totalWidth(columns), rowHeight, HEADER_FILL);
    float x = MARGIN;
    for (Column column : columns) {
      String header = column.header();
      float textX =
          column.rightAligned() ? x + column.width() - 3 - textWidth(header, size) : x + 3;
      text(textX, cursor - size * 1.25f, header, size, TEXT);
      x += column.width();
    }
    cursor -= rowHeight;
  }

  private static float totalWidth(List<Column> columns) {
    float total = 0;
    for (Column column : columns) {
      total += column.width();
    }
    return total;
  }

  /** Charts are laid out at this width (their fonts are sized for it) and scaled to the page. */
  private static final float CHART_LAYOUT_WIDTH = 900;

  /** A chart drawn as vector graphics, its text kept as text in the embedded font. */
  public void chart(JFreeChart chart, float chartWidth, float chartHeight) {
    ensureSpace(chartHeight + 6);
    float scale = chartWidth / CHART_LAYOUT_WIDTH;
    float layoutHeight = chartHeight / scale;
    try {
      PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, CHART_LAYOUT_WIDTH, layoutHeight);
      PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer();
      java.awt.Font shipped = ReportFonts.font(java.awt.Font.PLAIN, 1f);
      textDrawer.registerFont(shipped.getFontName(), font);
      textDrawer.registerFont(ReportFonts.FAMILY, font);
      graphics.setFontTextDrawer(textDrawer);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, CHART_LAYOUT_WIDTH, layoutHeight));
      graphics.dispose();
      PDFormXObject form = graphics.getXFormObject();
      cursor -= chartHeight;
      stream.saveGraphicsState();
      stream.transform(Matrix.getTranslateInstance(MARGIN, cursor));
      stream.transform(Matrix.getScaleInstance(scale, scale));
      stream.drawForm(form);
      stream.restoreGraphicsState();
      cursor -= 6;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void text(float x, float y, String text, float size, Color color) {
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.setNonStrokingColor(color);
      stream.newLineAtOffset(x, y);
      stream.showText(displayable(text));
      stream.endText();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void fill(float x, float y, float width, float height, Color color) {
    try {
      stream.setNonStrokingColor(color);
      stream.addRect(x, y, width, height);
      stream.fill();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void line(float fromX, float fromY, float toX, float toY, Color color) {
    try {
      stream.setStrokingColor(color);
      stream.setLineWidth(0.5f);
      stream.moveTo(fromX, fromY);
      stream.lineTo(toX, toY);
      stream.stroke();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /**
   * The text with characters the font lacks replaced by '?', so a stray symbol never fails a
   * report.
   */
  private String displayable(String text) {
    StringBuilder result = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            codePoint -> {
              boolean ok =
                  displayable.computeIfAbsent(
                      codePoint,
                      key -> {
                        try {
                          font.encode(new String(Character.toChars(key)));
                          return true;
                        } catch (IOException | IllegalArgumentException missing) {
                          return false;
                        }
                      });
              if (ok) {
                result.appendCodePoint(codePoint);
              } else {
                result.append('?');
              }
            });
    return result.toString();
  }

  public float textWidth(String text, float size) {
    try {
      return font.getStringWidth(displayable(text)) / 1000 * size;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Breaks text into lines no wider than {@code maxWidth} ({@link LineBreaker}). */
  List<String> wrap(String text, float size, float maxWidth) {
    return LineBreaker.wrap(text, maxWidth, piece -> textWidth(piece, size));
  }

  /** Finishes the document with a fixed document id and returns its bytes. */
  public byte[] finish(byte[] documentId) {
    try {
      stream.close();
      stream = null;
      COSArray id = new COSArray();
      id.add(new COSString(documentId));
      id.add(new COSString(documentId));
      document.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  public int pages() {
    return pages;
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.close();
      }
      document.close();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
