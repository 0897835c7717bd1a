package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an activity stands: planned, then running, then done. */
@API(status = STABLE, since = "0.1.0")
public enum ActivityStatus {
  /** Designed, not started. */
  PLANNED,
  /** Under way: sessions can be recorded. */
  RUNNING,
  /** Finished: the after-wave can be measured. */
  DONE;

  /**
   * Whether an activity may move from this status to {@code next}. Only one step forward is legal:
   * an activity that never ran cannot be done, and a done activity does not restart (plan a new one
   * instead, so the waves before and after stay clear).
   */
  public boolean canMoveTo(ActivityStatus next) {
    return next.ordinal() == ordinal() + 1;
  }
}
