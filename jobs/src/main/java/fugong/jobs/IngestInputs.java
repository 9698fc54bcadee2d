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
 * when there is no meter folder, {@code baselines} when the reference has no meter baselines.
 */
record IngestInputs(
    ReferenceData reference,
    List<PowerBaseline> baselines,
    List<InboxFile> inbox,
    List<InboxFile> meterFiles) {

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
    List<InboxFile> meter =
        config.power() != null
            ? InboxListing.list(config.power(), hadoop, config.limits(), now).files()
            : InboxListing.listIfPresent(config.powerFolder(), hadoop, config.limits(), now)
                .map(InboxListing.Listing::files)
                .orElse(null);
    return new IngestInputs(reference, baselines, inbox, meter);
  }
}
