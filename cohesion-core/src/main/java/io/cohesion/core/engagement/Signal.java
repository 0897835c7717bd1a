package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A critical voice an ambassador picked up in their building. Signals are what the team needs to
 * hear, not complaints to be handled away.
 *
 * @param id the signal id
 * @param building where it was heard
 * @param recordedBy the ambassador who recorded it
 * @param date the day it was heard
 * @param text what was said, without names
 * @param theme a short theme to group signals by, for example {@code costs} or {@code noise}
 */
@API(status = STABLE, since = "0.1.0")
public record Signal(
    SignalId id,
    BuildingId building,
    AmbassadorId recordedBy,
    LocalDate date,
    String text,
    String theme) {
  public Signal {
    requireNonNull(id, "id");
    requireNonNull(building, "building of signal " + id);
    requireNonNull(recordedBy, "ambassador of signal " + id);
    requireNonNull(date, "date of signal " + id);
    text = ValidationException.requireText("text", text, 4000);
    theme = ValidationException.requireText("theme", theme, 100);
  }
}
