package fugong.jobs;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme, {@code fugongtest://}, known to Hadoop only through a
 * setting made on the driver ({@code fs.fugongtest.impl}): a stand-in for s3a or hdfs settings,
 * with no network.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "fugongtest";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
