package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link ParkedTopic}. */
@API(status = STABLE, since = "0.1.0")
public record ParkedTopicId(String value) {
  public ParkedTopicId {
    Identifiers.check("parked topic id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
