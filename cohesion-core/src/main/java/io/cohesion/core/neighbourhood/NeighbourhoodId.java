package io.cohesion.core.neighbourhood;

import io.cohesion.core.Identifiers;

/** The id of a neighbourhood (buurt, wijk, dorp), for example {@code nij-beets}. */
public record NeighbourhoodId(String value) {
  public NeighbourhoodId {
    Identifiers.check("neighbourhood id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
