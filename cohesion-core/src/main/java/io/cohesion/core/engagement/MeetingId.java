package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link Meeting}. */
@API(status = STABLE, since = "0.1.0")
public record MeetingId(String value) {
  public MeetingId {
    Identifiers.check("meeting id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
