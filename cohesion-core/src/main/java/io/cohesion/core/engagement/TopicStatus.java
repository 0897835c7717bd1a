package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a residents' question stands. */
@API(status = STABLE, since = "0.1.0")
public enum TopicStatus {
  /** Raised, not yet answered or parked. */
  OPEN,
  /** Answered later on purpose, with a message saying when. */
  PARKED,
  /** Answered. */
  ANSWERED
}
