package io.cohesion.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A stored aggregate with the version it was read at. An update names the version it expects; a
 * stale version is a {@link ConflictException}, so no update is lost.
 *
 * @param value the aggregate
 * @param version the version, starting at 1 and increased by every update
 */
@API(status = STABLE, since = "0.1.0")
public record Versioned<T>(T value, long version) {
  public Versioned {
    requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("a version starts at 1, got " + version);
    }
  }

  /** The version as an HTTP entity tag value, for example {@code "3"}. */
  public String etag() {
    return "\"" + version + "\"";
  }
}
