package io.cohesion.core.wishmap;

import io.cohesion.core.Identifiers;

/** The id of a {@link WishMap}. */
public record WishMapId(String value) {
  public WishMapId {
    Identifiers.check("wish map id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
