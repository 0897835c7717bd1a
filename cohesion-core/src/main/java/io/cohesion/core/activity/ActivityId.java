package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of an {@link Activity}, for example {@code torch-24h}. */
@API(status = STABLE, since = "0.1.0")
public record ActivityId(String value) {
  public ActivityId {
    Identifiers.check("activity id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
