package io.cohesion.core.activity;

/**
 * Something an activity lacks that the method asks for. Flagged activities are shown with their
 * flags, never hidden.
 */
public enum ActivityFlag {
  /** The activity gives sustainability no place. */
  NO_SUSTAINABILITY_LINK,
  /** The activity does not say what is in it for participants (boter bij de vis). */
  NO_BENEFIT
}
