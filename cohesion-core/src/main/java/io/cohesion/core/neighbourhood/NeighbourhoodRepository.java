package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps neighbourhoods (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface NeighbourhoodRepository {

  /**
   * Stores a new neighbourhood at version 1.
   *
   * @throws ConflictException if a neighbourhood with this id exists
   */
  Versioned<Neighbourhood> create(Neighbourhood neighbourhood);

  /** The neighbourhood with this id, if stored. */
  Optional<Versioned<Neighbourhood>> find(NeighbourhoodId id);

  /**
   * Replaces a neighbourhood if it is still at {@code expectedVersion}.
   *
   * @return the stored neighbourhood at the next version
   * @throws NotFoundException if no neighbourhood has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Neighbourhood> update(Neighbourhood neighbourhood, long expectedVersion);

  /** One page of all neighbourhoods, ordered by id. */
  Page<Versioned<Neighbourhood>> list(PageRequest request);
}
