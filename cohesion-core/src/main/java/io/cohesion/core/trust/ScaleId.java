package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Scale}, for example {@code social-cohesion-trust}. */
@API(status = STABLE, since = "0.1.0")
public record ScaleId(String value) {
  public ScaleId {
    Identifiers.check("scale id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
