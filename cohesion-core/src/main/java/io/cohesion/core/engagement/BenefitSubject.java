package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;

/** Whom a benefit statement is for: a household, or a whole building (for example a VvE). */
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
