package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps buildings (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface BuildingRepository {

  /**
   * Stores a new building at version 1.
   *
   * @throws ConflictException if a building with this id exists
   */
  Versioned<Building> create(Building building);

  /** The building with this id, if stored. */
  Optional<Versioned<Building>> find(BuildingId id);

  /**
   * Replaces a building if it is still at {@code expectedVersion}.
   *
   * @return the stored building at the next version
   * @throws NotFoundException if no building has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Building> update(Building building, long expectedVersion);

  /** One page of the buildings of one neighbourhood, ordered by id. */
  Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
