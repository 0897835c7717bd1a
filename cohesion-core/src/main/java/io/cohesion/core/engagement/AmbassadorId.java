package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link Ambassador}. */
public record AmbassadorId(String value) {
  public AmbassadorId {
    Identifiers.check("ambassador id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
