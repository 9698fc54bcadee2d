package fugong.spark;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/** Java collections as the Scala values external Spark rows need for array and map columns. */
public final class SparkValues {
  private SparkValues() {}

  public static scala.collection.immutable.Seq<Object> array(List<?> values) {
    return values == null
        ? null
        : CollectionConverters.asScala(List.<Object>copyOf(values)).toList();
  }

  public static scala.collection.Map<String, String> map(Map<String, String> values) {
    return values == null ? null : CollectionConverters.asScala(values);
  }
}
