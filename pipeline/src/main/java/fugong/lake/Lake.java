package fugong.lake;

import static org.apache.spark.sql.functions.col;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Parquet lake under an output folder ({@code OUT}, local, {@code hdfs://} or {@code s3a://}).
 *
 * <p>Every run writes each table it changes into a new version folder {@code
 * lake/{table}/{run_id}/} (restricted tables under {@code restricted/}), invisible to readers, then
 * {@link #publish} makes all of them visible at once by adding one pointer file. A run that dies
 * before publishing leaves only unreferenced folders, which readers never see and {@link
 * #removeUnpublished} deletes.
 */
public final class Lake {
  private static final String PUBLISHED_FOLDER = PublishedPointers.FOLDER;

  /**
   * How many published states {@link #removeUnpublished()} keeps without a setting: the default of
   * {@code lake.published_states_kept}.
   */
  public static final int DEFAULT_STATES_KEPT =
      Integer.parseInt(fugong.config.SettingKey.PUBLISHED_STATES_KEPT.defaultValue());

  /** A version folder's name: the run id that wrote it ({@link fugong.run.RunIds}). */
  private static final Pattern RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");

  private static final AtomicBoolean NO_PERMISSIONS_SAID = new AtomicBoolean();

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fileSystem;
  private final PublishedPointers pointers;

  public Lake(SparkSession spark, String outputFolder) {
    this.spark = spark;
    this.root = new Path(outputFolder);
    try {
      this.fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.fileSystem.setWriteChecksum(false);
      this.pointers = new PublishedPointers(fileSystem, root);
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot open output folder " + outputFolder + ": " + failure.getMessage(),
          failure);
    }
  }

  public Path root() {
    return root;
  }

  /**
   * The state the last successful run published; empty for a new output folder. A pointer file that
   * cannot be read or parsed (a torn write, a damaged disk) is skipped in favour of the previous
   * one: {@link #unreadablePointers()} names it so the run can warn.
   */
  public PublishedState published() {
    for (FileStatus pointer : pointersNewestFirst()) {
      Optional<PublishedState> state = readPointer(pointer);
      if (state.isPresent()) {
        return state.get();
      }
    }
    return PublishedState.empty();
  }

  /**
   * Pointer files newer than the state {@link #published()} returns that cannot be read, newest
   * first.
   */
  public List<String> unreadablePointers() {
    List<String> unreadable = new ArrayList<>();
    for (FileStatus pointer : pointersNewestFirst()) {
      if (readPointer(pointer).isPresent()) {
        break;
      }
      unreadable.add(PUBLISHED_FOLDER + "/" + pointer.getPath().getName());
    }
    return unreadable;
  }

  private List<FileStatus> pointersNewestFirst() {
    return pointers.newestFirst();
  }

  private Optional<PublishedState> readPointer(FileStatus pointer) {
    return pointers.read(pointer);
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

  /**
   * The rows of a table as a given state sees it (published, or a run's state before publishing).
   */
  public Dataset<Row> read(LakeTable table, PublishedState state) {
    Optional<String> location = state.location(table);
    if (location.isEmpty()) {
      return spark.createDataFrame(List.of(), table.schema());
    }
    return readLocation(table, location.get());
  }

  /**
   * Refuses a published lake written before amounts were stored as decimals (issue 14): its {@code
   * submissions.output_value} is a double, which this version cannot read as the exact amount
   * typed. The way forward is a new output folder, ingested from the inbox (which keeps every
   * file).
   */
  public void requireCurrentFormat(PublishedState state) {
    Optional<String> location = state.location(LakeTable.SUBMISSIONS);
    if (location.isEmpty()) {
      return;
    }
    org.apache.spark.sql.types.StructType stored;
    try {
      Optional<Path> file = oneDataFile(absolute(location.get()));
      if (file.isEmpty()) {
        return; // no rows yet
      }
      // one file's footer: every file of a version is written with the same schema, and reading
      // the whole version's schema would list every date folder of the history
      stored = spark.read().parquet(file.get().toString()).schema();
    } catch (IOException | RuntimeException unreadable) {
      return; // a damaged file is the lake check's to report, naming it
    }
    if (java.util.Arrays.asList(stored.fieldNames()).contains("output_value")
        && !(stored.apply("output_value").dataType()
            instanceof org.apache.spark.sql.types.DecimalType)) {
      throw new FugongException(
          ErrorCode.USAGE,
          "the lake in "
              + root
              + " was written by an earlier fugong, which stored amounts (万元, m²) as doubles;"
              + " this version stores them as the exact decimals typed and cannot add to it."
              + " Ingest the inbox (which keeps every file) into a new output folder:"
              + " fugong run --inbox INBOX --reference REFERENCE --out NEW_FOLDER");
    }
  }

  /**
   * One Parquet data file of a table's version folder, found by listing as few folders as possible:
   * the version's top level, then its date folders until one holds a data file.
   */
  private Optional<Path> oneDataFile(Path version) throws IOException {
    if (!fileSystem.exists(version)) {
      return Optional.empty();
    }
    ArrayDeque<Path> folders = new ArrayDeque<>(List.of(version));
    while (!folders.isEmpty()) {
      for (FileStatus entry : fileSystem.listStatus(folders.pop())) {
        String name = entry.getPath().getName();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        if (entry.isDirectory()) {
          folders.add(entry.getPath());
        } else if (name.endsWith(".parquet")) {
          return Optional.of(entry.getPath());
        }
      }
    }
    return Optional.empty();
  }

  public Dataset<Row> readLocation(LakeTable table, String relativeLocation) {
    String path = absolute(relativeLocation).toString();
    return spark.read().schema(table.schema()).option("basePath", path).parquet(path);
  }

  /** How the rows of a table partitioned by report date are spread over files. */
  public enum Clustering {
    /**
     * Rows are first shuffled by report date: each date gets one file per task holding it, few in
     * all.
     */
    BY_DATE,
    /**
     * Rows stay in the partitions they were computed in (no shuffle): each date gets up to one file
     * per partition. For big tables whose last step already spread them evenly.
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
  public String write(
      LakeTable table,
      Dataset<Row> rows,
      String runId,
      Clustering clustering,
      Column... sortColumns) {
    return write(table, rows, runId, clustering, KeptFiles.none(), sortColumns);
  }

  /**
   * Writes a table's new version for a run (not yet visible): {@code rows} (of a table partitioned
   * by date: those of the dates {@code kept} does not keep) as new files, and the files {@code
   * kept} keeps of the published version hard-linked beside them (copied where the file system has
   * no links). The version is a whole table, as if every row had been written.
   */
  public String write(
      LakeTable table,
      Dataset<Row> rows,
      String runId,
      Clustering clustering,
      KeptFiles kept,
      Column... sortColumns) {
    String location = versionLocation(table, runId);
    if (!table.partitionedByDate() && !kept.keepsAll() && kept.location().isPresent()) {
      throw new IllegalArgumentException(
          table.tableName() + " is not partitioned by date: it keeps all its files or none");
    }
    Dataset<Row> shaped = rows.select(fieldColumns(table));
    if (table.partitionedByDate()) {
      shaped = shaped.where(kept.written());
    }
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
    var writer =
        shaped.write().mode(SaveMode.ErrorIfExists).options(ParquetWriteOptions.of(table.schema()));
    if (table.partitionedByDate()) {
      writer = writer.partitionBy(LakeTable.PARTITION_COLUMN);
    }
    if (table.restricted()) {
      createRestrictedFolder();
    }
    var parquet = writer;
    fugong.spark.SparkJobs.describeUnlessNamed(
        spark,
        "write lake table " + table.tableName(),
        () -> {
          writeParquet(parquet, absolute(location));
          return location;
        });
    try {
      keepFiles(table, kept, absolute(location));
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot keep the files of "
              + kept.location().orElse("")
              + " in "
              + absolute(location)
              + ": "
              + failure.getMessage(),
          failure);
    }
    if (table.restricted()) {
      try {
        restrictPermissions(absolute(location));
      } catch (IOException failure) {
        throw new FugongException(
            ErrorCode.IO_FAILURE,
            "cannot limit " + absolute(location) + " to its owner: " + failure.getMessage(),
            failure);
      }
    }
    return location;
  }

  /**
   * Links (or copies) the data files {@code kept} keeps into the version folder {@code target}:
   * every file of an unpartitioned table that keeps all, the files of each kept {@code
   * report_date=} folder of a partitioned one. Spark's markers ({@code _SUCCESS}, {@code .crc})
   * stay behind.
   */
  private void keepFiles(LakeTable table, KeptFiles kept, Path target) throws IOException {
    if (kept.location().isEmpty()) {
      return;
    }
    Path source = absolute(kept.location().get());
    if (!fileSystem.exists(source)) {
      throw new FugongException(
          ErrorCode.LAKE_CORRUPT,
          "lake folder " + source + " is missing; the lake is damaged, nothing was published");
    }
    if (isLocal()) {
      keepLocalFiles(table, kept, localPath(source), localPath(target));
      return;
    }
    for (FileStatus entry : fileSystem.listStatus(source)) {
      String name = entry.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        if (table.partitionedByDate() && kept.keeps(partitionDate(name))) {
          Path folder = new Path(target, name);
          fileSystem.mkdirs(folder);
          for (FileStatus file : fileSystem.listStatus(entry.getPath())) {
            String fileName = file.getPath().getName();
            if (file.isFile() && !fileName.startsWith("_") && !fileName.startsWith(".")) {
              copy(file.getPath(), new Path(folder, fileName));
            }
          }
        }
      } else if (kept.keepsAll()) {
        copy(entry.getPath(), new Path(target, name));
      }
    }
  }

  /**
   * {@link #keepFiles} in a local folder, with {@code java.nio}: Hadoop's local {@code mkdirs}
   * starts a {@code chmod} process per folder (2,400 of them a night at 140 days of history).
   */
  private static void keepLocalFiles(
      LakeTable table, KeptFiles kept, java.nio.file.Path source, java.nio.file.Path target)
      throws IOException {
    List<java.nio.file.Path> entries;
    try (Stream<java.nio.file.Path> listed = Files.list(source)) {
      entries = listed.toList();
    }
    for (java.nio.file.Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        if (table.partitionedByDate() && kept.keeps(partitionDate(name))) {
          java.nio.file.Path folder = Files.createDirectories(target.resolve(name));
          List<java.nio.file.Path> files;
          try (Stream<java.nio.file.Path> listed = Files.list(entry)) {
            files = listed.toList();
          }
          for (java.nio.file.Path file : files) {
            String fileName = file.getFileName().toString();
            if (!fileName.startsWith("_")
                && !fileName.startsWith(".")
                && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              linkLocal(file, folder.resolve(fileName));
            }
          }
        }
      } else if (kept.keepsAll()) {
        linkLocal(entry, target.resolve(name));
      }
    }
  }

  /** The date of a {@code report_date=} folder; null for Spark's folder of rows without a date. */
  private static java.time.LocalDate partitionDate(String folderName) {
    String prefix = LakeTable.PARTITION_COLUMN + "=";
    if (!folderName.startsWith(prefix)) {
      throw new FugongException(
          ErrorCode.LAKE_CORRUPT, "unexpected folder " + folderName + " in a lake table version");
    }
    String value = folderName.substring(prefix.length());
    return value.equals("__HIVE_DEFAULT_PARTITION__") ? null : java.time.LocalDate.parse(value);
  }

  /**
   * A copy of {@code source} at {@code target}, by the file system (HDFS and object stores have no
   * hard links; a local lake links its files in {@link #keepLocalFiles}).
   */
  private void copy(Path source, Path target) throws IOException {
    if (!org.apache.hadoop.fs.FileUtil.copy(
        fileSystem, source, fileSystem, target, false, false, fileSystem.getConf())) {
      throw new IOException("cannot copy " + source + " to " + target);
    }
  }

  /**
   * A hard link of the local file {@code from} at {@code to}; a copy where links are not possible.
   */
  private static void linkLocal(java.nio.file.Path from, java.nio.file.Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
      if (Files.exists(to)) {
        throw noLinks instanceof IOException io ? io : new IOException(noLinks);
      }
      Files.copy(from, to);
    }
  }

  private static final String FINGERPRINT_FILE = "_fingerprint";

  /**
   * Records in a version folder the fingerprint of the rows written there ({@link
   * ReferenceTables#fingerprint}), so a later run can tell it would write the same rows.
   */
  public void writeFingerprint(String location, String fingerprint) {
    Path file = new Path(absolute(location), FINGERPRINT_FILE);
    try (FSDataOutputStream output = fileSystem.create(file, false)) {
      output.write(fingerprint.getBytes(StandardCharsets.UTF_8));
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE, "cannot write " + file + ": " + failure.getMessage(), failure);
    }
  }

  /** The fingerprint recorded in a version folder, if any (older versions have none). */
  public Optional<String> fingerprint(String location) {
    Path file = new Path(absolute(location), FINGERPRINT_FILE);
    try (InputStream input = fileSystem.open(file)) {
      return Optional.of(new String(input.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (java.io.FileNotFoundException absent) {
      return Optional.empty();
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE, "cannot read " + file + ": " + failure.getMessage(), failure);
    }
  }

  /** {@code restricted/} exists, owner-only (0700), before any personal data is written into it. */
  private void createRestrictedFolder() {
    Path restricted = new Path(root, "restricted");
    try {
      if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
        java.nio.file.Path local =
            java.nio.file.Path.of(fileSystem.makeQualified(restricted).toUri());
        Files.createDirectories(local.getParent());
        if (!Files.isDirectory(local)) {
          if (Files.getFileStore(local.getParent()).supportsFileAttributeView("posix")) {
            Files.createDirectories(local, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
          } else {
            Files.createDirectories(local);
          }
        }
        if (Files.getFileStore(local).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(local, OWNER_FOLDER);
        }
      } else {
        fileSystem.mkdirs(restricted, new FsPermission((short) 0700));
      }
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot create " + restricted + ": " + failure.getMessage(),
          failure);
    }
  }

  /** The table's declared columns in order, each cast to its declared type. */
  /**
   * Writes the Parquet files of a version. A failure with an I/O cause (a full disk, a missing
   * permission, a file in the way) is the machine's: IO_FAILURE naming the folder, not a fugong
   * bug.
   */
  private static void writeParquet(org.apache.spark.sql.DataFrameWriter<Row> writer, Path folder) {
    try {
      writer.parquet(folder.toString());
    } catch (Exception failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException io) {
          throw new FugongException(
              ErrorCode.IO_FAILURE, "cannot write " + folder + ": " + io, failure);
        }
      }
      throw failure;
    }
  }

  private static Column[] fieldColumns(LakeTable table) {
    return java.util.Arrays.stream(table.schema().fields())
        .map(field -> col("`" + field.name() + "`").cast(field.dataType()).as(field.name()))
        .toArray(Column[]::new);
  }

  /**
   * Makes the given version folders visible together: checks each was completely written, then
   * creates the next pointer file, create-only (it fails if the file exists, so one publish can
   * never silently replace another) and synced to disk. Tables not named keep their published
   * version. The sequence is one above every pointer file present, readable or not.
   */
  public PublishedState publish(String runId, Map<LakeTable, String> locations) {
    return publish(runId, locations, published());
  }

  /**
   * As {@link #publish(String, Map)}, on top of {@code base}, the state the run computed its tables
   * from. If another state was published since, publishing would drop that run's tables: refused,
   * nothing published. Unreadable pointer files newer than {@code base} are stepped over.
   */
  public PublishedState publish(
      String runId, Map<LakeTable, String> locations, PublishedState base) {
    for (Map.Entry<LakeTable, String> entry : locations.entrySet()) {
      Path success = new Path(absolute(entry.getValue()), "_SUCCESS");
      try {
        if (!fileSystem.exists(success)) {
          throw new FugongException(
              ErrorCode.LAKE_CORRUPT,
              "table "
                  + entry.getKey().tableName()
                  + " was not completely written ("
                  + success
                  + " is missing); nothing was published");
        }
      } catch (IOException failure) {
        throw new FugongException(
            ErrorCode.IO_FAILURE, "cannot check " + success + ": " + failure.getMessage(), failure);
      }
    }
    long sequence = base.sequence();
    for (FileStatus pointer : pointersNewestFirst()) {
      long number = Long.parseLong(pointer.getPath().getName().substring(0, 12));
      if (number <= base.sequence()) {
        break;
      }
      Optional<PublishedState> newer = readPointer(pointer);
      if (newer.isPresent()) {
        throw new FugongException(
            ErrorCode.IO_FAILURE,
            "cannot publish: state "
                + number
                + " (run "
                + newer.get().runId()
                + ") was published while this run worked from state "
                + base.sequence()
                + "; nothing was published by this run. Run again.");
      }
      sequence = Math.max(sequence, number);
    }
    PublishedState next =
        new PublishedState(
            sequence + 1,
            runId,
            base.next(runId, locations).locations(),
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Path folder = new Path(root, PUBLISHED_FOLDER);
    Path target = new Path(folder, PublishedPointers.pointerName(next.sequence()));
    byte[] content = next.render().getBytes(StandardCharsets.UTF_8);
    try {
      fileSystem.mkdirs(folder);
      if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
        createLocalPointer(
            java.nio.file.Path.of(fileSystem.makeQualified(target).toUri()), content, runId);
      } else {
        try (FSDataOutputStream output = fileSystem.create(target, false)) {
          output.write(content);
          output.hsync();
        }
      }
    } catch (java.nio.file.FileAlreadyExistsException
        | org.apache.hadoop.fs.FileAlreadyExistsException exists) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot publish: "
              + target
              + " already exists (another run published at the same time?); nothing was published"
              + " by this run",
          exists);
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot publish the lake state to " + target + ": " + failure.getMessage(),
          failure);
    }
    return next;
  }

  /**
   * Creates a pointer file that must not exist yet ({@code CREATE_NEW}: two runs cannot both
   * publish the same sequence; a rename would silently overwrite), forces its bytes to disk, then
   * the folder entry, so a publish that returned survives a power cut.
   */
  /**
   * Creates the pointer file with its whole content at once: the content is written and synced
   * under a temporary name, then hard-linked to the pointer's name, which fails if that name
   * exists. A reader or a second run therefore never sees a pointer half written (which it would
   * step over as unreadable and publish on top of), and two runs can never both create the same
   * pointer.
   */
  private static void createLocalPointer(java.nio.file.Path target, byte[] content, String runId)
      throws IOException {
    java.nio.file.Path temporary = target.resolveSibling("_tmp-" + runId);
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      java.nio.file.Files.createLink(target, temporary);
    } finally {
      java.nio.file.Files.deleteIfExists(temporary);
    }
    try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException notSupported) {
      // some file systems cannot sync a folder; the file itself is on disk
    }
  }

  /**
   * Checks that every Parquet file under the given version folders is complete (the {@code PAR1}
   * magic at both ends and a footer that fits): a truncated or half-copied file is found before
   * anything is computed from it or published. Reads 8 bytes at each end of each file.
   */
  public void verify(java.util.Collection<String> locations) {
    verify(locations, Instant.EPOCH);
  }

  /**
   * As {@link #verify(java.util.Collection)}, for the files changed at or after {@code
   * writtenSince} only: a run checks the files it wrote, not the ones its versions keep of
   * published ones (hard links keep their modification time; those were checked when they were
   * written and are checked again by the next run's check of the published lake).
   */
  public void verify(java.util.Collection<String> locations, Instant writtenSince) {
    for (String location : locations) {
      Path folder = absolute(location);
      try {
        if (!fileSystem.exists(folder)) {
          throw new FugongException(
              ErrorCode.LAKE_CORRUPT,
              "lake folder " + folder + " is missing; the lake is damaged, nothing was published");
        }
        if (isLocal()) {
          verifyLocal(localPath(folder), writtenSince);
          continue;
        }
        var files = fileSystem.listFiles(folder, true);
        while (files.hasNext()) {
          FileStatus file = files.next();
          if (file.getPath().getName().endsWith(".parquet")
              && file.getModificationTime() >= writtenSince.toEpochMilli()) {
            verifyParquet(file);
          }
        }
      } catch (IOException failure) {
        throw new FugongException(
            ErrorCode.IO_FAILURE, "cannot check " + folder + ": " + failure.getMessage(), failure);
      }
    }
  }

  /**
   * {@link #verify} of a local folder, walked with {@code java.nio}: Hadoop's recursive listing of
   * a local folder asks each file for its permissions, which starts a process per file (a minute
   * for the 10,000 files of 140 days).
   */
  private static void verifyLocal(java.nio.file.Path folder, Instant writtenSince)
      throws IOException {
    List<java.nio.file.Path> written = new ArrayList<>();
    java.nio.file.Files.walkFileTree(
        folder,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              java.nio.file.Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
            if (file.getFileName().toString().endsWith(".parquet")
                && attributes.isRegularFile()
                && attributes.lastModifiedTime().toMillis() >= writtenSince.toEpochMilli()) {
              written.add(file);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    for (java.nio.file.Path file : written) {
      byte[] head = new byte[4];
      byte[] tail = new byte[8];
      long length;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        length = channel.size();
        if (length >= 12) {
          channel.read(ByteBuffer.wrap(head), 0);
          channel.read(ByteBuffer.wrap(tail), length - 8);
        }
      }
      requireComplete(file.toString(), length, head, tail);
    }
  }

  private boolean isLocal() {
    return fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem;
  }

  private java.nio.file.Path localPath(Path path) {
    return java.nio.file.Path.of(fileSystem.makeQualified(path).toUri());
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
    }
    requireComplete(file.getPath().toString(), length, head, tail);
  }

  /**
   * Throws unless a file of {@code length} bytes starting with {@code head} (4 bytes) and ending
   * with {@code tail} (8 bytes) is a whole Parquet file: the magic at both ends, a footer that
   * fits.
   */
  private static void requireComplete(String file, long length, byte[] head, byte[] tail) {
    boolean complete = length >= 12;
    if (complete) {
      long footer =
          (tail[0] & 0xFFL)
              | (tail[1] & 0xFFL) << 8
              | (tail[2] & 0xFFL) << 16
              | (tail[3] & 0xFFL) << 24;
      complete =
          new String(head, StandardCharsets.US_ASCII).equals("PAR1")
              && new String(tail, 4, 4, StandardCharsets.US_ASCII).equals("PAR1")
              && footer > 0
              && footer <= length - 12;
    }
    if (!complete) {
      throw new FugongException(
          ErrorCode.LAKE_CORRUPT,
          "Parquet file "
              + file
              + " is truncated or damaged ("
              + length
              + " bytes); nothing was computed from it or published."
              + " Restore it from a backup or re-ingest into a new output folder.");
    }
  }

  /**
   * Deletes version folders and pointer files that no recent published state refers to: leftovers
   * of dead runs and versions of states older than the newest {@link #DEFAULT_STATES_KEPT}. Without
   * a run holding the output lock (tests, tools), see {@link #removeUnpublished(String, Instant,
   * int)}.
   */
  public List<String> removeUnpublished() {
    return removeUnpublished(null, null, DEFAULT_STATES_KEPT);
  }

  /**
   * As {@link #removeUnpublished()}, for the run {@code runId} that holds the output lock and
   * started at {@code startedAt}: a folder younger than that run (named after a later run id, or
   * changed since it started) belongs to a run that is alive, and is never touched. The newest
   * {@code statesKept} readable states stay readable ({@code lake.published_states_kept}): their
   * pointer files and every version folder they refer to are kept, for {@code fugong sql --as-of}.
   */
  public List<String> removeUnpublished(String runId, Instant startedAt, int statesKept) {
    if (statesKept < 1) {
      throw new IllegalArgumentException("at least the published state is kept: " + statesKept);
    }
    List<String> removed = new ArrayList<>();
    Path folder = new Path(root, PUBLISHED_FOLDER);
    try {
      if (!fileSystem.exists(folder)) {
        return removed;
      }
      for (FileStatus leftover : fileSystem.listStatus(folder)) {
        String name = leftover.getPath().getName();
        if (name.startsWith("_tmp-") && !name.equals("_tmp-" + runId)) {
          // the temporary pointer of a run that died between writing it and linking it into place
          fileSystem.delete(leftover.getPath(), false);
          removed.add(PUBLISHED_FOLDER + "/" + name);
        }
      }
      Set<String> referenced = new HashSet<>();
      int kept = 0;
      for (FileStatus pointer : pointersNewestFirst()) {
        String name = pointer.getPath().getName();
        Optional<PublishedState> state = readPointer(pointer);
        if (kept < statesKept) {
          // an unreadable pointer among the recent ones stays for inspection; it is skipped by
          // readers
          state.ifPresent(readable -> referenced.addAll(readable.locations().values()));
          kept += state.isPresent() ? 1 : 0;
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
          String name = version.getPath().getName();
          String relative = tableFolder + "/" + name;
          if (!referenced.contains(relative) && !youngerThan(name, version, runId, startedAt)) {
            fileSystem.delete(version.getPath(), true);
            removed.add(relative);
          }
        }
      }
    } catch (IOException failure) {
      throw new FugongException(
          ErrorCode.IO_FAILURE,
          "cannot clean the lake in " + root + ": " + failure.getMessage(),
          failure);
    }
    return removed;
  }

  /**
   * True when a version folder belongs to a run that started after {@code runId}, or was changed
   * since.
   */
  private static boolean youngerThan(
      String name, FileStatus version, String runId, Instant startedAt) {
    if (runId == null || name.equals(runId)) {
      return false;
    }
    boolean laterRun = RUN_ID.matcher(name).matches() && name.compareTo(runId) > 0;
    return laterRun || version.getModificationTime() >= startedAt.toEpochMilli();
  }

  /**
   * Limits a restricted table to the account that runs fugong: {@code restricted/} and every folder
   * under it 0700, every file 0600. On a file system without POSIX permissions (object stores) it
   * says so once: protect the folder with the store's own access rules there.
   */
  private void restrictPermissions(Path version) throws IOException {
    Path restricted = new Path(root, "restricted");
    if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
      java.nio.file.Path local =
          java.nio.file.Path.of(fileSystem.makeQualified(restricted).toUri());
      if (!Files.getFileStore(local).supportsFileAttributeView("posix")) {
        sayNoPermissions();
        return;
      }
      java.nio.file.Path localVersion =
          java.nio.file.Path.of(fileSystem.makeQualified(version).toUri());
      Files.setPosixFilePermissions(local, OWNER_FOLDER);
      for (java.nio.file.Path step = localVersion.getParent();
          step.startsWith(local) && !step.equals(local);
          step = step.getParent()) {
        Files.setPosixFilePermissions(step, OWNER_FOLDER);
      }
      try (Stream<java.nio.file.Path> paths = Files.walk(localVersion)) {
        for (java.nio.file.Path path : paths.toList()) {
          Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE);
        }
      }
      return;
    }
    if (!"hdfs".equals(fileSystem.getScheme()) && !"viewfs".equals(fileSystem.getScheme())) {
      sayNoPermissions();
      return;
    }
    fileSystem.setPermission(restricted, new FsPermission((short) 0700));
    fileSystem.setPermission(version.getParent(), new FsPermission((short) 0700));
    var files = fileSystem.listLocatedStatus(version);
    fileSystem.setPermission(version, new FsPermission((short) 0700));
    ArrayDeque<RemoteIterator<LocatedFileStatus>> pending = new ArrayDeque<>();
    pending.add(files);
    while (!pending.isEmpty()) {
      var iterator = pending.pop();
      while (iterator.hasNext()) {
        var status = iterator.next();
        fileSystem.setPermission(
            status.getPath(), new FsPermission(status.isDirectory() ? (short) 0700 : (short) 0600));
        if (status.isDirectory()) {
          pending.push(fileSystem.listLocatedStatus(status.getPath()));
        }
      }
    }
  }

  private void sayNoPermissions() {
    if (NO_PERMISSIONS_SAID.compareAndSet(false, true)) {
      System.err.println(
          "fugong: warning: the file system of "
              + root
              + " has no POSIX permissions, so "
              + new Path(root, "restricted")
              + " (personal data) cannot be limited to its owner here; protect it with the store's"
              + " own access rules");
    }
  }

  private static final Set<PosixFilePermission> OWNER_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
}
