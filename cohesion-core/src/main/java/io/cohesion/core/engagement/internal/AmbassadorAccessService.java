package io.cohesion.core.engagement.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorAccess;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.Optional;

/** {@link AmbassadorAccess} on the ambassador and building stores. */
public final class AmbassadorAccessService implements AmbassadorAccess {
  private final AmbassadorRepository ambassadors;
  private final BuildingRepository buildings;

  public AmbassadorAccessService(AmbassadorRepository ambassadors, BuildingRepository buildings) {
    this.ambassadors = requireNonNull(ambassadors, "ambassadors");
    this.buildings = requireNonNull(buildings, "buildings");
  }

  @Override
  public Standing standing(AmbassadorId id) {
    requireNonNull(id, "id");
    return ambassadors
        .find(id)
        .map(Versioned::value)
        .<Standing>map(a -> a.active() ? new Standing.Active(a) : new Standing.Retired(a))
        .orElseGet(() -> new Standing.Unknown(id));
  }

  @Override
  public boolean mayActFor(Ambassador ambassador, BuildingId building) {
    return ambassador.active() && ambassador.building().equals(building);
  }

  @Override
  public boolean mayActIn(Ambassador ambassador, NeighbourhoodId neighbourhood) {
    return ambassador.active()
        && neighbourhood(ambassador).filter(neighbourhood::equals).isPresent();
  }

  @Override
  public Optional<NeighbourhoodId> neighbourhood(Ambassador ambassador) {
    return buildings.find(ambassador.building()).map(Versioned::value).map(Building::neighbourhood);
  }
}
