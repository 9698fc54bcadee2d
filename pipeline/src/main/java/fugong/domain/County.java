package fugong.domain;

import static java.util.Objects.requireNonNull;

/** A county-level unit (县市区) with its statistical division code. */
public record County(String code, String name) implements java.io.Serializable {
  public County {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
  }
}
