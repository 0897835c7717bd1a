package io.cohesion.core.contract;

import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import java.util.Optional;

/**
 * Aggregates of the method for the contract suites: every field set, with text that a store might
 * mangle (quotes, accents, a line break).
 */
public final class DomainFixtures {
  /** The neighbourhood the fixtures live in. */
  public static final NeighbourhoodId NIJ_BEETS = new NeighbourhoodId("nij-beets");

  /** Another neighbourhood. */
  public static final NeighbourhoodId ZUIDERBUREN = new NeighbourhoodId("zuiderburen");

  private DomainFixtures() {}

  /** A neighbourhood with a CBS code. */
  public static Neighbourhood neighbourhood(String id) {
    return new Neighbourhood(
        new NeighbourhoodId(id),
        "Nij Beets \"it doarp\"",
        "Opsterland",
        Optional.of(new CbsCode("BU00860101")));
  }

  /** A building in {@code neighbourhood}. */
  public static Building building(String id, NeighbourhoodId neighbourhood) {
    return new Building(
        new BuildingId(id),
        neighbourhood,
        "Wingerdweg 12-40, blok één",
        48,
        StakeholderKind.OWNER_ASSOCIATION);
  }
}
