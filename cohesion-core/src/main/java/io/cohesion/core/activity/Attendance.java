package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The attendance of an activity over its sessions.
 *
 * @param sessions the sessions, by date
 * @param total the attendance summed over the sessions (a person who came twice counts twice)
 * @param newParticipants the first-time participants summed over the sessions: the people reached
 */
@API(status = STABLE, since = "0.1.0")
public record Attendance(List<ActivitySession> sessions, long total, long newParticipants) {
  public Attendance {
    sessions = List.copyOf(sessions);
  }

  /** The attendance of these sessions. */
  public static Attendance of(List<ActivitySession> sessions) {
    List<ActivitySession> byDate =
        sessions.stream().sorted(Comparator.comparing(ActivitySession::date)).toList();
    long total = byDate.stream().mapToLong(ActivitySession::attendance).sum();
    long reached = byDate.stream().mapToLong(ActivitySession::newParticipants).sum();
    return new Attendance(byDate, total, reached);
  }

  /** The day of the last session, if there was one. */
  public Optional<LocalDate> lastSession() {
    return sessions.isEmpty()
        ? Optional.empty()
        : Optional.of(sessions.get(sessions.size() - 1).date());
  }
}
