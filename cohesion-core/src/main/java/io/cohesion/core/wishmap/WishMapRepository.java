package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps wish map definitions, each with a version for optimistic concurrency. */
@API(status = STABLE, since = "0.1.0")
public interface WishMapRepository {

  /**
   * Stores a new wish map at version 1.
   *
   * @throws io.cohesion.core.ConflictException when a wish map with this id exists
   */
  Versioned<WishMap> save(WishMap wishMap);

  /** The wish map with this id, if stored. */
  Optional<Versioned<WishMap>> find(WishMapId id);

  /** The wish maps, ordered by id. */
  Page<Versioned<WishMap>> list(PageRequest page);

  /**
   * Replaces a wish map if it is still at {@code expectedVersion}.
   *
   * @return the wish map at its new version
   * @throws io.cohesion.core.NotFoundException when no wish map has this id
   * @throws io.cohesion.core.ConflictException when the stored version is another one (nothing is
   *     changed)
   */
  Versioned<WishMap> update(WishMap wishMap, long expectedVersion);

  /**
   * Deletes a wish map that has no responses, if it is still at {@code expectedVersion}.
   *
   * @throws io.cohesion.core.NotFoundException when no wish map has this id
   * @throws io.cohesion.core.ConflictException when the version is stale or responses exist
   */
  void delete(WishMapId id, long expectedVersion);
}
