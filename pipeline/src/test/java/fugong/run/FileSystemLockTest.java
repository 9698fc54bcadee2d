package fugong.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of an output folder on a Hadoop file system (hdfs://, s3a://), exercised through the
 * same Hadoop code path on the local file system ({@code file:} URI): no HDFS here.
 */
class FileSystemLockTest {
  @TempDir Path folder;

  private org.apache.hadoop.fs.Path out() {
    return new org.apache.hadoop.fs.Path(folder.resolve("out").toUri());
  }

  @Test
  void aSecondRunIsRefusedWithTheHolderAndTheLockIsGoneAfterTheFirst() throws Exception {
    Path lockFile = folder.resolve("out").resolve(RunLock.LOCK_FILE);
    try (FileSystemLock first =
        FileSystemLock.acquire(out(), new Configuration(), "20200301T223000Z-0001")) {
      assertThat(Files.readString(lockFile))
          .matches("user=\\S+ host=\\S+ pid=\\d+ run_id=20200301T223000Z-0001 started_at=\\S+Z\n");

      assertThatThrownBy(
              () -> FileSystemLock.acquire(out(), new Configuration(), "20200301T223100Z-0002"))
          .isInstanceOfSatisfying(
              FugongException.class,
              refused -> assertThat(refused.code()).isEqualTo(ErrorCode.OUTPUT_LOCKED))
          .hasMessageContaining("another fugong run is working on " + out())
          .hasMessageContaining("run_id=20200301T223000Z-0001")
          .hasMessageContaining("this run was refused and changed nothing")
          .hasMessageContaining(
              "hadoop fs -rm " + new org.apache.hadoop.fs.Path(out(), RunLock.LOCK_FILE));
      assertThat(Files.readString(lockFile))
          .as("the holder's lock is untouched")
          .contains("run_id=20200301T223000Z-0001");
    }
    assertThat(lockFile).doesNotExist();
    try (FileSystemLock again =
        FileSystemLock.acquire(out(), new Configuration(), "20200301T223200Z-0003")) {
      assertThat(Files.readString(lockFile)).contains("run_id=20200301T223200Z-0003");
    }
  }

  @Test
  void aStaleLockOfAKilledRunRefusesUntilClearedAsDocumented() throws Exception {
    Path lockFile = folder.resolve("out").resolve(RunLock.LOCK_FILE);
    Files.createDirectories(lockFile.getParent());
    Files.writeString(
        lockFile,
        "user=fugong host=node-7 pid=4242 run_id=20200229T223000Z-dead"
            + " started_at=2020-02-29T14:30:00Z\n");

    assertThatThrownBy(
            () -> FileSystemLock.acquire(out(), new Configuration(), "20200301T223000Z-0001"))
        .hasMessageContaining("host=node-7 pid=4242 run_id=20200229T223000Z-dead")
        .hasMessageContaining(
            "If that run is gone (killed, machine lost), clear its stale lock: hadoop fs -rm");

    Files.delete(lockFile);
    try (FileSystemLock taken =
        FileSystemLock.acquire(out(), new Configuration(), "20200301T223000Z-0001")) {
      assertThat(Files.readString(lockFile)).contains("run_id=20200301T223000Z-0001");
    }
  }

  @Test
  void closingLeavesALockThatIsNoLongerItsOwn() throws Exception {
    Path lockFile = folder.resolve("out").resolve(RunLock.LOCK_FILE);
    FileSystemLock first =
        FileSystemLock.acquire(out(), new Configuration(), "20200301T223000Z-0001");
    Files.delete(lockFile); // cleared by hand while the run still worked
    try (FileSystemLock second =
        FileSystemLock.acquire(out(), new Configuration(), "20200301T223100Z-0002")) {
      first.close();
      assertThat(Files.readString(lockFile)).contains("run_id=20200301T223100Z-0002");
    }
  }
}
