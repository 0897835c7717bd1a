package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Ambassador}. */
@API(status = STABLE, since = "0.1.0")
public record AmbassadorId(String value) {
  public AmbassadorId {
    Identifiers.check("ambassador id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
