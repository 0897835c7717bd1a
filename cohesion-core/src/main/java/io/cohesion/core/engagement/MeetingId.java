package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link Meeting}. */
public record MeetingId(String value) {
  public MeetingId {
    Identifiers.check("meeting id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
