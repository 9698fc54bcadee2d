package fugong.lake;

import static org.apache.spark.sql.functions.col;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Parquet lake under an output folder ({@code OUT}, local, {@code hdfs://} or {@code s3a://}).
 *
 * <p>Every run writes each table it changes into a new version folder {@code
 * lake/{table}/{run_id}/} (restricted tables under {@code restricted/}), invisible to readers,
 * then {@link #publish} makes all of them visible at once by adding one pointer file. A run that
 * dies before publishing leaves only unreferenced folders, which readers never see and {@link
 * #removeUnpublished} deletes.
 */
public final class Lake {
  private static final String PUBLISHED_FOLDER = "lake/_published";
  private static final int PUBLISHED_STATES_KEPT = 3;

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fileSystem;

  public Lake(SparkSession spark, String outputFolder) {
    this.spark = spark;
    this.root = new Path(outputFolder);
    try {
      this.fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.fileSystem.setWriteChecksum(false);
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot open output folder " + outputFolder + ": " + failure.getMessage(), failure);
    }
  }

  public Path root() {
    return root;
  }

  /** The state the last successful run published; empty for a new output folder. */
  public PublishedState published() {
    Path folder = new Path(root, PUBLISHED_FOLDER);
    try {
      if (!fileSystem.exists(folder)) {
        return PublishedState.empty();
      }
      Optional<FileStatus> newest =
          List.of(fileSystem.listStatus(folder)).stream()
              .filter(status -> status.getPath().getName().endsWith(".properties"))
              .max(Comparator.comparing(status -> status.getPath().getName()));
      if (newest.isEmpty()) {
        return PublishedState.empty();
      }
      try (InputStream input = fileSystem.open(newest.get().getPath())) {
        return PublishedState.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.LAKE_CORRUPT, "cannot read the published lake state in " + folder + ": " + failure.getMessage(), failure);
    }
  }

  /** Where a run writes a table's new version, relative to {@code OUT}. */
  public static String versionLocation(LakeTable table, String runId) {
    return (table.restricted() ? "restricted/" : "lake/") + table.tableName() + "/" + runId;
  }

  public Path absolute(String relativeLocation) {
    return new Path(root, relativeLocation);
  }

  /** The published rows of a table, or an empty dataset with the table's schema. */
  public Dataset<Row> read(LakeTable table) {
    return read(table, published());
  }

  /** The rows of a table as a given state sees it (published, or a run's state before publishing). */
  public Dataset<Row> read(LakeTable table, PublishedState state) {
    Optional<String> location = state.location(table);
    if (location.isEmpty()) {
      return spark.createDataFrame(List.of(), table.schema());
    }
    return readLocation(table, location.get());
  }

  public Dataset<Row> readLocation(LakeTable table, String relativeLocation) {
    String path = absolute(relativeLocation).toString();
    return spark.read().schema(table.schema()).option("basePath", path).parquet(path);
  }

  /** How the rows of a table partitioned by report date are spread over files. */
  public enum Clustering {
    /** Rows are first shuffled by report date: each date gets one file per task holding it, few in all. */
    BY_DATE,
    /**
     * Rows stay in the partitions they were computed in (no shuffle): each date gets up to one
     * file per partition. For big tables whose last step already spread them evenly.
     */
    AS_COMPUTED
  }

  /**
   * Writes a table's new version for a run (not yet visible), {@link Clustering#BY_DATE}. Rows are
   * sorted (after the report date for partitioned tables) so equal inputs give equal files.
   */
  public String write(LakeTable table, Dataset<Row> rows, String runId, Column... sortColumns) {
    return write(table, rows, runId, Clustering.BY_DATE, sortColumns);
  }

  /** As {@link #write(LakeTable, Dataset, String, Column...)}, with the given clustering. */
  public String write(LakeTable table, Dataset<Row> rows, String runId, Clustering clustering, Column... sortColumns) {
    String location = versionLocation(table, runId);
    Dataset<Row> shaped = rows.select(fieldColumns(table));
    List<Column> sort = new ArrayList<>(List.of(sortColumns));
    if (table.partitionedByDate()) {
      if (clustering == Clustering.BY_DATE) {
        shaped = shaped.repartition(col(LakeTable.PARTITION_COLUMN));
      }
      // the partitioned writer needs rows grouped by date; sorting by it first saves a second sort
      sort.add(0, col(LakeTable.PARTITION_COLUMN));
    } else {
      shaped = shaped.coalesce(1);
    }
    if (!sort.isEmpty()) {
      shaped = shaped.sortWithinPartitions(sort.toArray(Column[]::new));
    }
    spark.sparkContext().setJobDescription("write lake table " + table.tableName());
    var writer = shaped.write().mode(SaveMode.ErrorIfExists);
    if (table.partitionedByDate()) {
      writer = writer.partitionBy(LakeTable.PARTITION_COLUMN);
    }
    writer.parquet(absolute(location).toString());
    return location;
  }

  /** The table's declared columns in order, each cast to its declared type. */
  private static Column[] fieldColumns(LakeTable table) {
    return java.util.Arrays.stream(table.schema().fields())
        .map(field -> col("`" + field.name() + "`").cast(field.dataType()).as(field.name()))
        .toArray(Column[]::new);
  }

  /**
   * Makes the given version folders visible together: checks each was completely written, then
   * adds the next pointer file by an atomic rename. Tables not named keep their published version.
   */
  public PublishedState publish(String runId, Map<LakeTable, String> locations) {
    for (Map.Entry<LakeTable, String> entry : locations.entrySet()) {
      Path success = new Path(absolute(entry.getValue()), "_SUCCESS");
      try {
        if (!fileSystem.exists(success)) {
          throw new FugongException(
              ErrorCode.LAKE_CORRUPT, "table " + entry.getKey().tableName() + " was not completely written (" + success + " is missing); nothing was published");
        }
      } catch (IOException failure) {
        throw new FugongException(ErrorCode.IO_FAILURE, "cannot check " + success + ": " + failure.getMessage(), failure);
      }
    }
    PublishedState next = published().next(runId, locations);
    Path folder = new Path(root, PUBLISHED_FOLDER);
    Path temporary = new Path(folder, "_tmp-" + runId);
    Path target = new Path(folder, String.format("%012d.properties", next.sequence()));
    try {
      fileSystem.mkdirs(folder);
      try (OutputStream output = fileSystem.create(temporary, true)) {
        output.write(next.render().getBytes(StandardCharsets.UTF_8));
      }
      if (!fileSystem.rename(temporary, target)) {
        throw new FugongException(ErrorCode.IO_FAILURE, "cannot publish: " + target + " already exists (another run published at the same time?)");
      }
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot publish the lake state to " + target + ": " + failure.getMessage(), failure);
    }
    return next;
  }

  /**
   * Checks that every Parquet file under the given version folders is complete (the {@code PAR1}
   * magic at both ends and a footer that fits): a truncated or half-copied file is found before
   * anything is computed from it or published. Reads 8 bytes at each end of each file.
   */
  public void verify(java.util.Collection<String> locations) {
    for (String location : locations) {
      Path folder = absolute(location);
      try {
        if (!fileSystem.exists(folder)) {
          throw new FugongException(ErrorCode.LAKE_CORRUPT, "lake folder " + folder + " is missing; the lake is damaged, nothing was published");
        }
        var files = fileSystem.listFiles(folder, true);
        while (files.hasNext()) {
          FileStatus file = files.next();
          if (file.getPath().getName().endsWith(".parquet")) {
            verifyParquet(file);
          }
        }
      } catch (IOException failure) {
        throw new FugongException(ErrorCode.IO_FAILURE, "cannot check " + folder + ": " + failure.getMessage(), failure);
      }
    }
  }

  private void verifyParquet(FileStatus file) throws IOException {
    long length = file.getLen();
    byte[] head = new byte[4];
    byte[] tail = new byte[8];
    boolean complete = length >= 12;
    if (complete) {
      try (var input = fileSystem.open(file.getPath())) {
        input.readFully(0, head);
        input.readFully(length - 8, tail);
      }
      long footer = (tail[0] & 0xFFL) | (tail[1] & 0xFFL) << 8 | (tail[2] & 0xFFL) << 16 | (tail[3] & 0xFFL) << 24;
      complete =
          new String(head, StandardCharsets.US_ASCII).equals("PAR1")
              && new String(tail, 4, 4, StandardCharsets.US_ASCII).equals("PAR1")
              && footer > 0
              && footer <= length - 12;
    }
    if (!complete) {
      throw new FugongException(
          ErrorCode.LAKE_CORRUPT,
          "Parquet file " + file.getPath() + " is truncated or damaged (" + length + " bytes); nothing was computed from it or published."
              + " Restore it from a backup or re-ingest into a new output folder.");
    }
  }

  /**
   * Deletes version folders and pointer files that no recent published state refers to: leftovers
   * of dead runs and versions old enough that no reader can still be using them.
   */
  public List<String> removeUnpublished() {
    List<String> removed = new ArrayList<>();
    Path folder = new Path(root, PUBLISHED_FOLDER);
    try {
      if (!fileSystem.exists(folder)) {
        return removed;
      }
      List<FileStatus> pointers =
          new ArrayList<>(
              List.of(fileSystem.listStatus(folder)).stream()
                  .sorted(Comparator.comparing((FileStatus status) -> status.getPath().getName()).reversed())
                  .toList());
      Set<String> referenced = new HashSet<>();
      int kept = 0;
      for (FileStatus pointer : pointers) {
        String name = pointer.getPath().getName();
        if (name.endsWith(".properties") && kept < PUBLISHED_STATES_KEPT) {
          kept++;
          try (InputStream input = fileSystem.open(pointer.getPath())) {
            referenced.addAll(PublishedState.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)).locations().values());
          }
        } else {
          fileSystem.delete(pointer.getPath(), false);
          removed.add(PUBLISHED_FOLDER + "/" + name);
        }
      }
      for (LakeTable table : LakeTable.values()) {
        String tableFolder = (table.restricted() ? "restricted/" : "lake/") + table.tableName();
        Path tablePath = new Path(root, tableFolder);
        if (!fileSystem.exists(tablePath)) {
          continue;
        }
        for (FileStatus version : fileSystem.listStatus(tablePath)) {
          String relative = tableFolder + "/" + version.getPath().getName();
          if (!referenced.contains(relative)) {
            fileSystem.delete(version.getPath(), true);
            removed.add(relative);
          }
        }
      }
    } catch (IOException failure) {
      throw new FugongException(ErrorCode.IO_FAILURE, "cannot clean the lake in " + root + ": " + failure.getMessage(), failure);
    }
    return removed;
  }
}
