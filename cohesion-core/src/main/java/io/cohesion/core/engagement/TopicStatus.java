package io.cohesion.core.engagement;

/** Where a residents' question stands. */
public enum TopicStatus {
  /** Raised, not yet answered or parked. */
  OPEN,
  /** Answered later on purpose, with a message saying when. */
  PARKED,
  /** Answered. */
  ANSWERED
}
