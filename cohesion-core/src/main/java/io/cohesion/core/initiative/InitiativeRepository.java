package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps initiatives (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface InitiativeRepository {

  /**
   * Stores a new initiative at version 1.
   *
   * @throws ConflictException if an initiative with this id exists
   */
  Versioned<Initiative> create(Initiative initiative);

  /** The initiative with this id, if stored. */
  Optional<Versioned<Initiative>> find(InitiativeId id);

  /**
   * Replaces an initiative if it is still at {@code expectedVersion}.
   *
   * @return the stored initiative at the next version
   * @throws NotFoundException if no initiative has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Initiative> update(Initiative initiative, long expectedVersion);

  /** One page of all initiatives, ordered by id. */
  Page<Versioned<Initiative>> list(PageRequest request);
}
