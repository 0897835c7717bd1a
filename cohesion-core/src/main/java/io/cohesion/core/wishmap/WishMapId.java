package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link WishMap}. */
@API(status = STABLE, since = "0.1.0")
public record WishMapId(String value) {
  public WishMapId {
    Identifiers.check("wish map id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
