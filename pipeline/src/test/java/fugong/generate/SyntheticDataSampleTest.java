package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code data-sample/} is what the generator writes with the defaults: regenerating
 * it into a temporary folder gives the same reference and inbox files, byte for byte (the
 * hand-written {@code bad/} and the README are not generated).
 */
class SyntheticDataSampleTest {
  private static final Path SAMPLE = Path.of("..", "data-sample");

  @TempDir Path out;

  @Test
  void defaultsReproduceTheCommittedSample() throws IOException {
    new SyntheticDataGenerator(GeneratorConfig.defaults(out)).run();
    for (String folder : List.of("reference", "inbox")) {
      List<Path> committed = files(SAMPLE.resolve(folder));
      assertThat(files(out.resolve(folder))).as(folder).isEqualTo(committed);
      for (Path file : committed) {
        assertThat(Files.readAllBytes(out.resolve(folder).resolve(file)))
            .as(folder + "/" + file)
            .isEqualTo(Files.readAllBytes(SAMPLE.resolve(folder).resolve(file)));
      }
    }
  }

  /** The names of the regular files in a folder, sorted. */
  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
    }
  }
}
