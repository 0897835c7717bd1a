package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.internal.NeighbourhoodService;
import org.apiguardian.api.API;

/** Registers neighbourhoods and their buildings (use case, a port in). */
@API(status = STABLE, since = "0.1.0")
public interface ManageNeighbourhoods {

  /** The use case on the given stores. */
  static ManageNeighbourhoods using(
      NeighbourhoodRepository neighbourhoods, BuildingRepository buildings) {
    return new NeighbourhoodService(neighbourhoods, buildings);
  }

  /**
   * Registers a new neighbourhood.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<Neighbourhood> register(Neighbourhood neighbourhood);

  /**
   * The neighbourhood with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Neighbourhood> get(NeighbourhoodId id);

  /**
   * Changes a neighbourhood's name, municipality or CBS code.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Neighbourhood> change(Neighbourhood neighbourhood, long expectedVersion);

  /** One page of all neighbourhoods. */
  Page<Versioned<Neighbourhood>> list(PageRequest request);

  /**
   * Registers a building in a registered neighbourhood.
   *
   * @throws NotFoundException if its neighbourhood is not registered
   * @throws ConflictException if the id is taken
   */
  Versioned<Building> registerBuilding(Building building);

  /**
   * The building with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Building> building(BuildingId id);

  /**
   * Changes a building; it cannot move to another neighbourhood.
   *
   * @throws NotFoundException if there is none
   * @throws io.cohesion.core.ValidationException if the neighbourhood differs from the stored one
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Building> changeBuilding(Building building, long expectedVersion);

  /**
   * One page of the buildings of a neighbourhood.
   *
   * @throws NotFoundException if the neighbourhood is not registered
   */
  Page<Versioned<Building>> buildings(NeighbourhoodId neighbourhood, PageRequest request);
}
