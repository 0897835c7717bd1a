package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps results (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface ResultRepository {

  /**
   * Stores a new result at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<Result> create(Result result);

  /** The result with this id, if stored. */
  Optional<Versioned<Result>> find(ResultId id);

  /**
   * Replaces a result if it is still at {@code expectedVersion}.
   *
   * @return the stored result at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Result> update(Result result, long expectedVersion);

  /** One page of the results shown in a neighbourhood, ordered by id. */
  Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
