package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Measurement}, for example {@code nij-beets-trust-before}. */
@API(status = STABLE, since = "0.1.0")
public record MeasurementId(String value) {
  public MeasurementId {
    Identifiers.check("measurement id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
