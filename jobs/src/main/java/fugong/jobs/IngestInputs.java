package fugong.jobs;

import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxListing;
import fugong.reference.PowerBaseline;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The inputs of an ingest run, listed on the driver (metadata only). {@code meterFiles} is null
 * when there is no meter folder, {@code baselines} when the reference has no meter baselines;
 * {@code meterFilesDeferred} counts the meter files left for the next run (still being written).
 */
record IngestInputs(
    ReferenceData reference,
    List<PowerBaseline> baselines,
    List<InboxFile> inbox,
    List<InboxFile> meterFiles,
    int meterFilesDeferred) {

  /**
   * Lists the inbox and the meter folder, loads the reference data and the optional meter
   * baselines.
   */
  static IngestInputs list(SparkSession spark, IngestJob.Config config) {
    ReferenceData reference = ReferenceLoader.load(config.reference());
    List<PowerBaseline> baselines =
        ReferenceLoader.loadPowerBaselineRows(config.reference(), reference).orElse(null);
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Instant now = Instant.now();
    List<InboxFile> inbox = InboxListing.list(config.inbox(), hadoop, config.limits(), now).files();
    InboxListing.Listing meter =
        config.power() != null
            ? InboxListing.list(config.power(), hadoop, config.limits(), now)
            : InboxListing.listIfPresent(config.powerFolder(), hadoop, config.limits(), now)
                .orElse(null);
    return new IngestInputs(
        reference,
        baselines,
        inbox,
        meter == null ? null : meter.files(),
        meter == null ? 0 : meter.deferred().size());
  }
}
