package io.cohesion.core.trust;

import io.cohesion.core.Identifiers;

/** The id of a {@link Scale}, for example {@code social-cohesion-trust}. */
public record ScaleId(String value) {
  public ScaleId {
    Identifiers.check("scale id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
