package io.cohesion.core.activity.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.Attendance;
import io.cohesion.core.activity.PlanActivity;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.wishmap.WishMap;
import java.util.List;
import java.util.Optional;

/** {@link PlanActivity} on the activity and session stores. */
public final class ActivityService implements PlanActivity {
  private final ActivityRepository activities;
  private final ActivitySessionRepository sessions;

  public ActivityService(ActivityRepository activities, ActivitySessionRepository sessions) {
    this.activities = requireNonNull(activities, "activities");
    this.sessions = requireNonNull(sessions, "sessions");
  }

  @Override
  public Versioned<Activity> plan(Activity activity, WishMap map) {
    ValidationException.require(
        activity.status() == ActivityStatus.PLANNED,
        "status",
        "a new activity is PLANNED, got " + activity.status());
    List<FieldError> errors = activity.check(map);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return activities.create(activity);
  }

  @Override
  public Versioned<Activity> get(ActivityId id) {
    return activities.find(id).orElseThrow(() -> new NotFoundException("activity", id));
  }

  @Override
  public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
    return activities.list(neighbourhood, request);
  }

  @Override
  public Versioned<Activity> redesign(Activity activity, long expectedVersion) {
    Activity stored = get(activity.id()).value();
    ValidationException.require(
        stored.status() == ActivityStatus.PLANNED,
        "status",
        "activity " + activity.id() + " is " + stored.status() + "; only a planned one changes");
    ValidationException.require(
        activity.status() == stored.status(),
        "status",
        "change the status with a move, not a redesign");
    return activities.update(activity, expectedVersion);
  }

  @Override
  public Versioned<Activity> moveTo(ActivityId id, ActivityStatus next, long expectedVersion) {
    return activities.update(get(id).value().moveTo(next), expectedVersion);
  }

  @Override
  public ActivitySession recordSession(ActivitySession session, Optional<IdempotencyKey> key) {
    Activity activity = get(session.activity()).value();
    ValidationException.require(
        activity.status() != ActivityStatus.PLANNED,
        "activity",
        "activity " + activity.id() + " has not started; move it to RUNNING first");
    return sessions.add(session, key);
  }

  @Override
  public Attendance attendance(ActivityId id) {
    get(id);
    return Attendance.of(sessions.sessions(id));
  }
}
