package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Something an activity lacks that the method asks for. Flagged activities are shown with their
 * flags, never hidden.
 */
@API(status = STABLE, since = "0.1.0")
public enum ActivityFlag {
  /** The activity gives sustainability no place. */
  NO_SUSTAINABILITY_LINK,
  /** The activity does not say what is in it for participants (boter bij de vis). */
  NO_BENEFIT
}
