package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps ambassadors (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface AmbassadorRepository {

  /**
   * Stores a new ambassador at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<Ambassador> create(Ambassador ambassador);

  /** The ambassador with this id, if stored. */
  Optional<Versioned<Ambassador>> find(AmbassadorId id);

  /**
   * Replaces a ambassador if it is still at {@code expectedVersion}.
   *
   * @return the stored ambassador at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Ambassador> update(Ambassador ambassador, long expectedVersion);

  /** One page of the ambassadors of a building, ordered by id. */
  Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request);
}
