package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link Result}. */
public record ResultId(String value) {
  public ResultId {
    Identifiers.check("result id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
