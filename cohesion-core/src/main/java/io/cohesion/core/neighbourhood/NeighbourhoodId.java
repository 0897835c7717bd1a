package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a neighbourhood (buurt, wijk, dorp), for example {@code nij-beets}. */
@API(status = STABLE, since = "0.1.0")
public record NeighbourhoodId(String value) {
  public NeighbourhoodId {
    Identifiers.check("neighbourhood id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
