package io.cohesion.core.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One session of an activity and who came.
 *
 * @param activity the activity
 * @param date the day of the session
 * @param attendance how many people took part, at least 0
 * @param newParticipants how many of them took part for the first time, 0…attendance
 */
@API(status = STABLE, since = "0.1.0")
public record ActivitySession(
    ActivityId activity, LocalDate date, int attendance, int newParticipants) {
  public ActivitySession {
    requireNonNull(activity, "activity");
    requireNonNull(date, "date of a session of " + activity);
    ValidationException.require(
        attendance >= 0, "attendance", "must be at least 0, got " + attendance);
    ValidationException.require(
        newParticipants >= 0, "newParticipants", "must be at least 0, got " + newParticipants);
    ValidationException.require(
        newParticipants <= attendance,
        "newParticipants",
        "cannot exceed the attendance of " + attendance + ", got " + newParticipants);
  }
}
