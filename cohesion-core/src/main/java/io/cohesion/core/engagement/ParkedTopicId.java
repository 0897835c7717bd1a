package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link ParkedTopic}. */
public record ParkedTopicId(String value) {
  public ParkedTopicId {
    Identifiers.check("parked topic id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
