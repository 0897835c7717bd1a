package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A critical voice an ambassador picked up in their building. Signals are what the team needs to
 * hear, not complaints to be handled away; each has a declared theme and a follow-up.
 *
 * @param id the signal id
 * @param building where it was heard
 * @param recordedBy the ambassador who recorded it
 * @param date the day it was heard
 * @param text what was said, without names
 * @param theme what it is about, from a declared list
 * @param followUp where its follow-up stands
 * @param recorded the day it was recorded, never before {@code date}; tallies released to readers
 *     who may not read signals count it from then (docs/practice.md#signals)
 */
@API(status = STABLE, since = "0.1.0")
public record Signal(
    SignalId id,
    BuildingId building,
    AmbassadorId recordedBy,
    LocalDate date,
    String text,
    SignalTheme theme,
    FollowUp followUp,
    LocalDate recorded) {
  public Signal {
    requireNonNull(id, "id");
    requireNonNull(building, "building of signal " + id);
    requireNonNull(recordedBy, "ambassador of signal " + id);
    requireNonNull(date, "date of signal " + id);
    text = ValidationException.requireText("text", text, 4000);
    requireNonNull(theme, "theme of signal " + id);
    requireNonNull(followUp, "follow-up of signal " + id);
    requireNonNull(recorded, "recorded date of signal " + id);
    ValidationException.require(
        !recorded.isBefore(date),
        "date",
        "a signal cannot be recorded (" + recorded + ") before it was heard (" + date + ")");
  }

  /**
   * A signal just heard and recorded the same day, its follow-up open and set by the ambassador who
   * recorded it.
   */
  public static Signal heard(
      SignalId id,
      BuildingId building,
      AmbassadorId recordedBy,
      LocalDate date,
      String text,
      SignalTheme theme) {
    return new Signal(
        id,
        building,
        recordedBy,
        date,
        text,
        theme,
        new FollowUp(FollowUpStatus.OPEN, recordedBy.value(), date),
        date);
  }

  /**
   * The same signal, recorded on {@code day} with its follow-up opened that day by the ambassador
   * who recorded it.
   */
  public Signal recordedOn(LocalDate day) {
    return new Signal(
        id,
        building,
        recordedBy,
        date,
        text,
        theme,
        new FollowUp(FollowUpStatus.OPEN, recordedBy.value(), day),
        day);
  }

  /** The same signal with another follow-up. */
  public Signal with(FollowUp next) {
    return new Signal(id, building, recordedBy, date, text, theme, next, recorded);
  }
}
