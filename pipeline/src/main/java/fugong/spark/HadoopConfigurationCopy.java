package fugong.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, carried to the executors (broadcast it once per job). A plain
 * {@code new Configuration()} on an executor holds only the *-site.xml files of that machine, so
 * settings made on the driver — s3a credentials and endpoints, hdfs name services, any {@code
 * spark.hadoop.*} or {@code spark.conf.spark.hadoop.*} value — would never reach the code that
 * opens inbox files there.
 *
 * <p>Serialised with Hadoop's own {@link Configuration#write} and {@link Configuration#readFields}.
 */
public final class HadoopConfigurationCopy implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Configuration configuration;

  public HadoopConfigurationCopy(Configuration configuration) {
    this.configuration = new Configuration(configuration);
  }

  /** The copied configuration; callers must not change it. */
  public Configuration value() {
    return configuration;
  }

  private void writeObject(ObjectOutputStream output) throws IOException {
    output.defaultWriteObject();
    configuration.write(output);
  }

  private void readObject(ObjectInputStream input) throws IOException, ClassNotFoundException {
    input.defaultReadObject();
    configuration = new Configuration(false);
    configuration.readFields(input);
  }
}
