package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Signal}. */
@API(status = STABLE, since = "0.1.0")
public record SignalId(String value) {
  public SignalId {
    Identifiers.check("signal id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
