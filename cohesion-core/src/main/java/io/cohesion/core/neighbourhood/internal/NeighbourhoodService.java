package io.cohesion.core.neighbourhood.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;

/** {@link ManageNeighbourhoods} on two repositories. */
public final class NeighbourhoodService implements ManageNeighbourhoods {
  private final NeighbourhoodRepository neighbourhoods;
  private final BuildingRepository buildings;

  public NeighbourhoodService(
      NeighbourhoodRepository neighbourhoods, BuildingRepository buildings) {
    this.neighbourhoods = requireNonNull(neighbourhoods, "neighbourhoods");
    this.buildings = requireNonNull(buildings, "buildings");
  }

  @Override
  public Versioned<Neighbourhood> register(Neighbourhood neighbourhood) {
    return neighbourhoods.create(requireNonNull(neighbourhood, "neighbourhood"));
  }

  @Override
  public Versioned<Neighbourhood> get(NeighbourhoodId id) {
    return neighbourhoods.find(id).orElseThrow(() -> new NotFoundException("neighbourhood", id));
  }

  @Override
  public Versioned<Neighbourhood> change(Neighbourhood neighbourhood, long expectedVersion) {
    get(neighbourhood.id());
    return neighbourhoods.update(neighbourhood, expectedVersion);
  }

  @Override
  public Page<Versioned<Neighbourhood>> list(PageRequest request) {
    return neighbourhoods.list(request);
  }

  @Override
  public Versioned<Building> registerBuilding(Building building) {
    get(building.neighbourhood());
    return buildings.create(building);
  }

  @Override
  public Versioned<Building> building(BuildingId id) {
    return buildings.find(id).orElseThrow(() -> new NotFoundException("building", id));
  }

  @Override
  public Versioned<Building> changeBuilding(Building building, long expectedVersion) {
    Building stored = building(building.id()).value();
    // A building that moves would silently change the coverage of two neighbourhoods.
    ValidationException.require(
        stored.neighbourhood().equals(building.neighbourhood()),
        "neighbourhood",
        "building "
            + building.id()
            + " lies in "
            + stored.neighbourhood()
            + " and cannot move to "
            + building.neighbourhood());
    return buildings.update(building, expectedVersion);
  }

  @Override
  public Page<Versioned<Building>> buildings(NeighbourhoodId neighbourhood, PageRequest request) {
    get(neighbourhood);
    return buildings.list(neighbourhood, request);
  }
}
