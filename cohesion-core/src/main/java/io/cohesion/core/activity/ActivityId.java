package io.cohesion.core.activity;

import io.cohesion.core.Identifiers;

/** The id of an {@link Activity}, for example {@code torch-24h}. */
public record ActivityId(String value) {
  public ActivityId {
    Identifiers.check("activity id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
