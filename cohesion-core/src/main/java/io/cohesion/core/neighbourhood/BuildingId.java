package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Building}, for example {@code ketelhuis-block-a}. */
@API(status = STABLE, since = "0.1.0")
public record BuildingId(String value) {
  public BuildingId {
    Identifiers.check("building id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
