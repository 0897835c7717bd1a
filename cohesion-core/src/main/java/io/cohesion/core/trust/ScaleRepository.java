package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps scale definitions, each with a version for optimistic concurrency. */
@API(status = STABLE, since = "0.1.0")
public interface ScaleRepository {

  /**
   * Stores a new scale at version 1.
   *
   * @throws io.cohesion.core.ConflictException when a scale with this id exists
   */
  Versioned<Scale> save(Scale scale);

  /** The scale with this id, if stored. */
  Optional<Versioned<Scale>> find(ScaleId id);

  /** The scales, ordered by id. */
  Page<Versioned<Scale>> list(PageRequest page);

  /**
   * Replaces a scale if it is still at {@code expectedVersion}.
   *
   * @throws io.cohesion.core.NotFoundException when no scale has this id
   * @throws io.cohesion.core.ConflictException when the stored version is another one
   */
  Versioned<Scale> update(Scale scale, long expectedVersion);

  /**
   * Deletes a scale no measurement uses, if it is still at {@code expectedVersion}.
   *
   * @throws io.cohesion.core.NotFoundException when no scale has this id
   * @throws io.cohesion.core.ConflictException when the version is stale or a measurement uses it
   */
  void delete(ScaleId id, long expectedVersion);
}
