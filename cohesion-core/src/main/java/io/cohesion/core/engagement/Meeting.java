package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A neighbourhood meeting and how many residents came. KetelhuisWG tracked its meetings: 65, then
 * 85, then about 135 residents.
 *
 * @param id the meeting id
 * @param neighbourhood where it was held
 * @param kind what it was for
 * @param title a short title
 * @param date the day it was held
 * @param attendance how many residents came, at least 0
 */
@API(status = STABLE, since = "0.1.0")
public record Meeting(
    MeetingId id,
    NeighbourhoodId neighbourhood,
    MeetingKind kind,
    String title,
    LocalDate date,
    int attendance) {
  public Meeting {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of meeting " + id);
    requireNonNull(kind, "kind of meeting " + id);
    title = ValidationException.requireText("title", title, 200);
    requireNonNull(date, "date of meeting " + id);
    ValidationException.require(
        attendance >= 0, "attendance", "must be at least 0, got " + attendance);
  }
}
