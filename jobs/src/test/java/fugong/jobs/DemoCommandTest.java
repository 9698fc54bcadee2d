package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.run.OutputLock;
import fugong.run.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo empties reports/demo only while it holds the output lock, and never deletes the lock
 * file.
 */
class DemoCommandTest {
  @TempDir Path home;

  private Path demoOutputOfAFirstDemo() throws IOException {
    Files.createDirectories(home.resolve("data-sample/inbox"));
    Path out = home.resolve("reports/demo");
    Files.createDirectories(out.resolve("2020-03-10"));
    Files.writeString(out.resolve("2020-03-10/city.pdf"), "the first demo's briefing");
    return out;
  }

  @Test
  void aSecondDemoWhileTheFirstWorksIsRefusedAndDeletesNothing() throws IOException {
    Path out = demoOutputOfAFirstDemo();
    try (OutputLock first = OutputLock.acquire(out, "the-first-demo")) {
      CommandLineTest.Outcome second = CommandLineTest.execute("demo", "--home", home.toString());

      assertThat(second.exitCode()).isEqualTo(FugongCommand.EXIT_FAILED);
      assertThat(second.err().strip().lines().toList())
          .singleElement()
          .asString()
          .startsWith("fugong: another fugong run is working on " + out)
          .contains("run_id=the-first-demo")
          .contains("this run was refused and changed nothing");
      assertThat(out.resolve("2020-03-10/city.pdf")).hasContent("the first demo's briefing");
      assertThat(out.resolve(RunLock.LOCK_FILE))
          .as("the lock file the first demo holds")
          .content()
          .contains("run_id=the-first-demo");
    }
  }

  @Test
  void theDemoEmptiesItsOutputUnderTheLockAndKeepsTheLockFile() throws IOException {
    Path out = demoOutputOfAFirstDemo();
    // no data-sample/reference: the run fails right after emptying the folder, cheaply

    CommandLineTest.Outcome outcome = CommandLineTest.execute("demo", "--home", home.toString());

    assertThat(outcome.exitCode()).isEqualTo(FugongCommand.EXIT_FAILED);
    assertThat(outcome.err()).contains("reference file").contains("does not exist");
    assertThat(out.resolve("2020-03-10")).as("emptied").doesNotExist();
    assertThat(out.resolve(RunLock.LOCK_FILE))
        .as("the lock file stays")
        .exists()
        .content()
        .contains("run_id=");
    try (OutputLock next = OutputLock.acquire(out, "a-later-demo")) {
      assertThat(out.resolve(RunLock.LOCK_FILE)).content().contains("run_id=a-later-demo");
    }
  }
}
