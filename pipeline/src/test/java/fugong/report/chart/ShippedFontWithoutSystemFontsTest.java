package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the charts in a child JVM whose fontconfig sees only DejaVu, so no CJK system font (such
 * as the WenQuanYi installed under /usr/share/fonts/truetype/wqy) can stand in for the shipped one.
 * The child's user.home is a fresh directory too: Java caches what fontconfig listed in
 * ~/.java/fonts/&lt;version&gt;/fcinfo-*.properties and would otherwise reuse the system's fonts
 * from that cache whatever FONTCONFIG_FILE says.
 */
class ShippedFontWithoutSystemFontsTest {

  private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu";

  @Test
  void chartsRenderChineseWithTheShippedFontWhenSystemFontsAreHidden(@TempDir Path directory)
      throws IOException, InterruptedException {
    Path config = directory.resolve("fonts.conf");
    Files.writeString(
        config,
        """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>%s</dir>
          <cachedir>%s</cachedir>
        </fontconfig>
        """
            .formatted(DEJAVU, directory.resolve("fontconfig-cache")),
        StandardCharsets.UTF_8);
    Path home = Files.createDirectories(directory.resolve("home"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java.toString(),
                "-Djava.awt.headless=true",
                "-Duser.home=" + home,
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ShippedFontProbe.class.getName(),
                directory.resolve("png").toString()));
    builder.environment().put("FONTCONFIG_FILE", config.toString());
    builder.environment().put("HOME", home.toString());
    builder.redirectErrorStream(true);
    Process child = builder.start();
    String output;
    try (var stream = child.getInputStream()) {
      output = new String(stream.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(output).isEqualTo("OK");
    assertThat(child.exitValue()).isZero();
    assertThat(directory.resolve("png").resolve("heatmap.png")).isNotEmptyFile();
  }
}
