package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import org.apiguardian.api.API;

/** Whom a benefit statement is for: a household, or a whole building (for example a VvE). */
@API(status = STABLE, since = "0.1.0")
public sealed interface BenefitSubject {

  /** The building the subject lives in or is. */
  BuildingId building();

  /**
   * One household in a building, known by its pseudonym.
   *
   * @param building the building
   * @param household the household's pseudonym
   */
  record Household(BuildingId building, Pseudonym household) implements BenefitSubject {
    public Household {
      requireNonNull(building, "building");
      requireNonNull(household, "household");
    }
  }

  /**
   * A whole building.
   *
   * @param building the building
   */
  record WholeBuilding(BuildingId building) implements BenefitSubject {
    public WholeBuilding {
      requireNonNull(building, "building");
    }
  }
}
