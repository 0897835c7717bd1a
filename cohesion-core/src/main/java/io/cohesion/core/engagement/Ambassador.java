package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import org.apiguardian.api.API;

/**
 * A building's contact person (gebouwcontactpersoon): spreads flyers, knows the neighbours and
 * picks up critical voices.
 *
 * @param id the ambassador id
 * @param building the building they look after
 * @param name their name, or a pseudonym where names are not kept
 * @param active whether they are active now
 */
@API(status = STABLE, since = "0.1.0")
public record Ambassador(AmbassadorId id, BuildingId building, String name, boolean active) {
  public Ambassador {
    requireNonNull(id, "id");
    requireNonNull(building, "building of ambassador " + id);
    name = ValidationException.requireText("name", name, 200);
  }

  /** The same ambassador, active or not. */
  public Ambassador withActive(boolean nowActive) {
    return new Ambassador(id, building, name, nowActive);
  }
}
