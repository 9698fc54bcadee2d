package fugong.report.html;

import static fugong.report.html.Html.escape;

import fugong.report.Formats;
import fugong.run.LocalFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code OUT/reports/index.html}: every report date in the folder, newest first, with its issue
 * number and headline rate, and for each brief (the city's first, then the leaders' by name) links
 * to its HTML and PDF editions. It lists what is on disk, so dates rendered by earlier runs stay
 * listed; the issue and the headline are read from the date's {@code city.html}, which states them
 * from the briefing model ({@code data-issue}, {@code data-headline} on its body), so no figure is
 * computed here. The same folder gives the same bytes.
 */
public final class ReportIndex {
  public static final String FILE = "index.html";
  private static final Pattern ISSUE = Pattern.compile("data-issue=\"([^\"]*)\"");
  private static final Pattern HEADLINE = Pattern.compile("data-headline=\"([^\"]*)\"");

  /** One brief of a date: who it is for and which editions exist. */
  public record Brief(String label, String stem, boolean html, boolean pdf) {}

  /**
   * One report date with its issue number, headline (empty when its city.html is missing) and
   * briefs.
   */
  public record DateEntry(LocalDate date, String issue, String headline, List<Brief> briefs) {}

  private ReportIndex() {}

  /**
   * Writes {@code index.html} into the reports folder (through a temporary file, moved into place)
   * and returns its path.
   */
  public static Path write(Path reports) {
    Path index = reports.resolve(FILE);
    Path temporary = reports.resolve(FILE + ".tmp");
    try {
      Files.createDirectories(reports);
      Files.writeString(temporary, render(entries(reports)), StandardCharsets.UTF_8);
      Files.move(
          temporary, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException failure) {
      throw LocalFolders.failure(index, "write", failure);
    }
    return index;
  }

  /** The report dates of the folder, newest first. */
  public static List<DateEntry> entries(Path reports) {
    List<DateEntry> entries = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return entries;
    }
    try (var folders = Files.list(reports)) {
      for (Path folder :
          folders
              .filter(Files::isDirectory)
              .sorted(Comparator.comparing(Path::toString).reversed())
              .toList()) {
        Optional<LocalDate> date = date(folder.getFileName().toString());
        if (date.isEmpty()) {
          continue;
        }
        String issue = "";
        String headline = "";
        Path city = folder.resolve("city.html");
        if (Files.isRegularFile(city)) {
          String text = Files.readString(city, StandardCharsets.UTF_8);
          issue = attribute(ISSUE, text);
          headline = attribute(HEADLINE, text);
        }
        entries.add(new DateEntry(date.get(), issue, headline, briefs(folder)));
      }
    } catch (IOException failure) {
      throw LocalFolders.failure(reports, "read", failure);
    }
    return entries;
  }

  private static Optional<LocalDate> date(String name) {
    if (name.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(name));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static String attribute(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Html.unescape(matcher.group(1)) : "";
  }

  /** The city's brief first, then each leader's by name, each with the editions present. */
  private static List<Brief> briefs(Path folder) throws IOException {
    List<String> stems;
    try (var files = Files.list(folder)) {
      stems =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".pdf") || name.endsWith(".html"))
              .map(name -> name.substring(0, name.lastIndexOf('.')))
              .filter(stem -> stem.equals("city") || stem.startsWith("leader-"))
              .distinct()
              .sorted(
                  Comparator.comparing((String stem) -> stem.equals("city") ? 0 : 1)
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
    }
    List<Brief> briefs = new ArrayList<>();
    for (String stem : stems) {
      String label = stem.equals("city") ? "全市" : stem.substring("leader-".length()) + "同志分包县市区";
      briefs.add(
          new Brief(
              label,
              stem,
              Files.isRegularFile(folder.resolve(stem + ".html")),
              Files.isRegularFile(folder.resolve(stem + ".pdf"))));
    }
    return briefs;
  }

  /** The page listing the entries in the order given. */
  public static String render(List<DateEntry> entries) {
    StringBuilder page = new StringBuilder(16 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>工业企业复工复产督导日报 目录</title>\n<style>\n")
        .append(PageStyle.CSS)
        .append(
            ".dates { list-style: none; padding: 0; }\n"
                + ".dates > li { border-top: 1px solid #ddd; padding: 0.4em 0 0.8em; }\n")
        .append(
            ".briefs { padding-left: 1.2em; }\n"
                + ".briefs a { display: inline-block; padding: 0.3em 0.4em; }\n")
        .append(".headline { font-size: 1.1em; }\n.headline strong { font-size: 1.3em; }\n")
        .append(
            "</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<header class=\"masthead\">\n"
                + "<p class=\"journal\">工业企业复工复产督导日报</p>\n"
                + "<h1>各期目录（新的在前）</h1>\n"
                + "</header>\n"
                + "<main>\n");
    if (entries.isEmpty()) {
      page.append("<p>尚无日报。</p>\n");
    } else {
      page.append("<ol class=\"dates\">\n");
      for (DateEntry entry : entries) {
        page.append("<li>\n<h2>")
            .append(
                escape(
                    Formats.chineseDate(entry.date())
                        + (entry.issue().isEmpty() ? "" : "　" + entry.issue())))
            .append("</h2>\n");
        if (!entry.headline().isEmpty()) {
          page.append("<p class=\"headline\">全市")
              .append(headline(entry.headline()))
              .append("</p>\n");
        }
        page.append("<ul class=\"briefs\">\n");
        for (Brief brief : entry.briefs()) {
          page.append("<li>").append(escape(brief.label()));
          String folder = entry.date() + "/";
          if (brief.html()) {
            page.append(" <a href=\"")
                .append(Html.link(folder + brief.stem() + ".html"))
                .append("\">网页版</a>");
          }
          if (brief.pdf()) {
            page.append(" <a href=\"")
                .append(Html.link(folder + brief.stem() + ".pdf"))
                .append("\">PDF版</a>");
          }
          page.append("</li>\n");
        }
        page.append("</ul>\n</li>\n");
      }
      page.append("</ol>\n");
    }
    page.append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  /** "复工率 87.3%" → "复工率 <strong>87.3%</strong>". */
  private static String headline(String headline) {
    int space = headline.lastIndexOf(' ');
    return space < 0
        ? "<strong>" + escape(headline) + "</strong>"
        : escape(headline.substring(0, space + 1))
            + "<strong>"
            + escape(headline.substring(space + 1))
            + "</strong>";
  }
}
