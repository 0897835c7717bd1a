package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** How far the team is in following up a signal. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum FollowUpStatus {
  /** Heard, not yet picked up. */
  OPEN,
  /** Someone is on it. */
  IN_PROGRESS,
  /** Followed up: answered, solved or taken into the plans. */
  DONE;

  /** The status's code in requests and stores, for example {@code in_progress}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
