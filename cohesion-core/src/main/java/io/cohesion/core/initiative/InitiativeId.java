package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of an {@link Initiative}, for example {@code ketelhuis-wg}. */
@API(status = STABLE, since = "0.1.0")
public record InitiativeId(String value) {
  public InitiativeId {
    Identifiers.check("initiative id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
