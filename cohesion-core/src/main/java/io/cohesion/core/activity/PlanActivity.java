package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.internal.ActivityService;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.wishmap.WishMap;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Plans a creative activity, runs it and records its sessions (use case, a port in). Ranking
 * activities by how well they fit the red thread is scoring's work, through the scoring SPI.
 */
@API(status = STABLE, since = "0.1.0")
public interface PlanActivity {

  /** The use case on the given stores. */
  static PlanActivity using(ActivityRepository activities, ActivitySessionRepository sessions) {
    return new ActivityService(activities, sessions);
  }

  /**
   * Plans a new activity against the wish map whose red thread it answers.
   *
   * @throws ValidationException if it is not {@link ActivityStatus#PLANNED} or does not fit {@code
   *     map} (unknown target values or segment columns)
   * @throws ConflictException if the id is taken
   */
  Versioned<Activity> plan(Activity activity, WishMap map);

  /**
   * The activity with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Activity> get(ActivityId id);

  /** One page of the activities of a neighbourhood. */
  Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request);

  /**
   * Changes a planned activity's design (the status stays as stored).
   *
   * @throws ValidationException if the activity is no longer planned, or the status differs
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Activity> redesign(Activity activity, long expectedVersion);

  /**
   * Moves an activity to its next status.
   *
   * @throws ValidationException if the move is not legal
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Activity> moveTo(ActivityId id, ActivityStatus next, long expectedVersion);

  /**
   * Records a session of a running or done activity.
   *
   * @throws NotFoundException if there is no such activity
   * @throws ValidationException if the activity is still planned
   */
  default void recordSession(ActivitySession session) {
    recordSession(session, Optional.empty());
  }

  /**
   * Records a session of a running or done activity once per idempotency key: a repeat under the
   * same {@code key} records nothing and returns the session recorded first.
   *
   * @return the session recorded, or the one recorded earlier under {@code key}
   * @throws NotFoundException if there is no such activity
   * @throws ValidationException if the activity is still planned
   */
  ActivitySession recordSession(ActivitySession session, Optional<IdempotencyKey> key);

  /**
   * The attendance of an activity over its sessions.
   *
   * @throws NotFoundException if there is no such activity
   */
  Attendance attendance(ActivityId id);
}
