package io.cohesion.core.activity;

import java.util.List;

/**
 * Keeps the sessions of activities (a port out). Sessions are facts: they are added, not changed.
 */
public interface ActivitySessionRepository {

  /** Adds a session. */
  void add(ActivitySession session);

  /** The sessions of one activity, by date. */
  List<ActivitySession> sessions(ActivityId activity);
}
