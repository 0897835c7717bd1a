package io.cohesion.core.initiative;

import io.cohesion.core.Identifiers;

/** The id of an {@link Initiative}, for example {@code ketelhuis-wg}. */
public record InitiativeId(String value) {
  public InitiativeId {
    Identifiers.check("initiative id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
