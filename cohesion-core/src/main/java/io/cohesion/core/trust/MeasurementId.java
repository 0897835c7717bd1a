package io.cohesion.core.trust;

import io.cohesion.core.Identifiers;

/** The id of a {@link Measurement}, for example {@code nij-beets-trust-before}. */
public record MeasurementId(String value) {
  public MeasurementId {
    Identifiers.check("measurement id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
