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

/** Keeps signals (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface SignalRepository {

  /**
   * Stores a new signal at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<Signal> create(Signal signal);

  /** The signal with this id, if stored. */
  Optional<Versioned<Signal>> find(SignalId id);

  /**
   * Replaces a signal if it is still at {@code expectedVersion}.
   *
   * @return the stored signal at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Signal> update(Signal signal, long expectedVersion);

  /** One page of the signals heard in a building, ordered by id. */
  Page<Versioned<Signal>> list(BuildingId building, PageRequest request);
}
