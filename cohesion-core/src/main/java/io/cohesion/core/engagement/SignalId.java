package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link Signal}. */
public record SignalId(String value) {
  public SignalId {
    Identifiers.check("signal id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
