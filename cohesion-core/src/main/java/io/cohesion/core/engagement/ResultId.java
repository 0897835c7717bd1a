package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Result}. */
@API(status = STABLE, since = "0.1.0")
public record ResultId(String value) {
  public ResultId {
    Identifiers.check("result id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
