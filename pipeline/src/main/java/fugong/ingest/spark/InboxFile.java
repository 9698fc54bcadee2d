package fugong.ingest.spark;

import java.io.Serializable;
import java.time.Instant;

/** A file found in the inbox: where it is, its name, size and when it arrived. */
public record InboxFile(String location, String name, long sizeBytes, Instant arrivedAt) implements Serializable {}
