package fugong.testing;

import fugong.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession for the whole test JVM (local[2], small shuffles, UI off, loopback). */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.create("local[2]", "fugong tests");
      session.conf().set("spark.sql.shuffle.partitions", "2");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
