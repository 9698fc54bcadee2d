package fugong.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fugong.error.ErrorCategory;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFoldersTest {
  @TempDir Path folder;

  @Test
  void deletesATreeAndToleratesAMissingOne() throws IOException {
    Path tree = folder.resolve("tree");
    Files.createDirectories(tree.resolve("a/b"));
    Files.writeString(tree.resolve("a/b/file.txt"), "x");
    Files.writeString(tree.resolve("top.txt"), "y");
    LocalFolders.delete(tree);
    assertThat(tree).doesNotExist();
    LocalFolders.delete(tree);
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void emptyingKeepsTheFolderAndWhatIsKept() throws IOException {
    Files.createDirectories(folder.resolve("lake/x"));
    Files.writeString(folder.resolve("lake/x/part.parquet"), "p");
    Files.writeString(folder.resolve(".lock"), "");
    LocalFolders.empty(folder, Set.of(folder.resolve(".lock")));
    assertThat(folder).isDirectory();
    try (var entries = Files.list(folder)) {
      assertThat(entries.map(path -> path.getFileName().toString())).containsExactly(".lock");
    }
  }

  @Test
  void aFailureIsExternalAndNamesThePath() throws IOException {
    Path blocked = folder.resolve("reports");
    Files.writeString(blocked, "a file where a folder should be");
    Path target = blocked.resolve("2020-03-01");
    IOException cause =
        catchThrowableOfType(() -> Files.createDirectories(target), IOException.class);
    FugongException failure = LocalFolders.failure(target, "create", cause);
    assertThat(failure.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
    assertThat(failure.getMessage())
        .startsWith("cannot create " + target + ": java.nio.file.")
        .contains(cause.getMessage());
    assertThat(failure.getCause()).isSameAs(cause);
  }
}
