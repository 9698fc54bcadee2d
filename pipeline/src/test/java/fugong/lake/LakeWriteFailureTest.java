package fugong.lake;

import static fugong.spark.LocalSpark.row;
import static fugong.spark.LocalSpark.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fugong.error.ErrorCategory;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lake table that cannot be written is the machine's failure (EXTERNAL), naming the folder. */
class LakeWriteFailureTest {
  @TempDir Path out;

  @Test
  void aTableFolderThatCannotBeWrittenIsAnExternalFailureNamingIt() throws IOException {
    Lake lake = new Lake(LocalSpark.session(), out.toString());
    Files.createDirectories(out.resolve("lake"));
    Files.writeString(
        out.resolve("lake").resolve("counties"), "a file where the table's folder should be");
    FugongException failure =
        catchThrowableOfType(
            () ->
                lake.write(
                    LakeTable.COUNTIES,
                    rows(LakeSchemas.COUNTIES, row("county_code", "131102", "county_name", "桃城区")),
                    "run-1"),
            FugongException.class);
    assertThat(failure).as("an I/O failure, not a bare Spark error").isNotNull();
    assertThat(failure.code()).isEqualTo(ErrorCode.IO_FAILURE);
    assertThat(failure.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
    assertThat(failure.getMessage())
        .startsWith(
            "cannot write "
                + lake.absolute(Lake.versionLocation(LakeTable.COUNTIES, "run-1"))
                + ": ")
        .contains(out.resolve("lake").resolve("counties").toString());
  }
}
