package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The verbs every repository of a versioned aggregate has, in memory and in a database: create,
 * find, list, and update and delete under an expected version (as HTTP's {@code If-Match}). A port
 * of one aggregate extends it and adds only its own listings and queries.
 *
 * <p>Writes are optimistic: an update or a delete names the version it was read at, and a stale
 * version is a {@link ConflictException} that changes nothing. A delete never leaves another record
 * pointing at nothing: while something refers to the aggregate (a building to its neighbourhood, a
 * response to its wish map), the delete is refused with a {@link ConflictException} that says what.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 */
@API(status = STABLE, since = "0.1.0")
public interface VersionedRepository<I, T> {

  /**
   * Stores a new aggregate at version 1.
   *
   * @throws NotFoundException when an aggregate it refers to is not stored (nothing is stored)
   * @throws ConflictException when an aggregate with this id exists
   */
  Versioned<T> create(T value);

  /** The aggregate with this id at its current version, if stored. */
  Optional<Versioned<T>> find(I id);

  /** One page of every stored aggregate, ordered by id as Java compares strings. */
  Page<Versioned<T>> list(PageRequest request);

  /**
   * Replaces an aggregate if it is still at {@code expectedVersion}.
   *
   * @return the aggregate at its next version
   * @throws NotFoundException when no aggregate has this id, or one it refers to is not stored
   * @throws ConflictException when the stored version is another one (nothing is changed)
   */
  Versioned<T> update(T value, long expectedVersion);

  /**
   * Deletes an aggregate if it is still at {@code expectedVersion} and nothing refers to it.
   *
   * @throws NotFoundException when no aggregate has this id
   * @throws ConflictException when the stored version is another one, or another record refers to
   *     the aggregate (nothing is deleted)
   */
  void delete(I id, long expectedVersion);
}
