package io.cohesion.core.neighbourhood;

import io.cohesion.core.Identifiers;

/** The id of a {@link Building}, for example {@code ketelhuis-block-a}. */
public record BuildingId(String value) {
  public BuildingId {
    Identifiers.check("building id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
