package io.cohesion.core.neighbourhood;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * A building (or a block, or a street of houses handled as one) in a neighbourhood: the unit a
 * contact person (ambassador) looks after and a cost calculation can be made for.
 *
 * @param id the building id
 * @param neighbourhood the neighbourhood the building lies in
 * @param name a name or address residents recognise, for example {@code Wingerdweg 12-40}
 * @param households the number of households, at least 1
 * @param stakeholder who mainly lives in or uses the building
 */
@API(status = STABLE, since = "0.1.0")
public record Building(
    BuildingId id,
    NeighbourhoodId neighbourhood,
    String name,
    int households,
    StakeholderKind stakeholder) {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public Building {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of building " + id);
    name = ValidationException.requireText("name", name, MAX_NAME_LENGTH);
    ValidationException.require(
        households >= 1, "households", "must be at least 1, got " + households);
    requireNonNull(stakeholder, "stakeholder of building " + id);
  }
}
