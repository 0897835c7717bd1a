package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.IdempotencyKey;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps the sessions of activities (a port out). Sessions are facts: they are added, not changed,
 * so they have no id of their own, no version and none of the update or delete verbs of {@link
 * io.cohesion.core.VersionedRepository}. An activity with sessions is not deleted.
 */
@API(status = STABLE, since = "0.1.0")
public interface ActivitySessionRepository {

  /** Adds a session. */
  default void add(ActivitySession session) {
    add(session, Optional.empty());
  }

  /**
   * Adds a session once per idempotency key: when a session of the same activity was added under
   * {@code key} before, nothing is added and that first session is returned, so a client repeating
   * a request after a lost reply does not count the attendance twice.
   *
   * @return the session added, or the one added earlier under {@code key}
   * @throws io.cohesion.core.NotFoundException if there is no such activity
   */
  ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key);

  /** The sessions of one activity, by date. */
  List<ActivitySession> sessions(ActivityId activity);
}
