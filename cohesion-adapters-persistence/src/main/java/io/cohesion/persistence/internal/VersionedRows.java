package io.cohesion.persistence.internal;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Optional;

/**
 * The rows of one kind of aggregate, each with its version: what a {@link TableRepository} needs of
 * a table, in a database or in memory.
 *
 * @param <T> the aggregate
 */
public interface VersionedRows<T> {
  /** Stores a new aggregate at version 1. */
  Versioned<T> create(T value);

  /** The aggregate with id {@code id}, if stored. */
  Optional<Versioned<T>> find(String id);

  /** Replaces the aggregate stored at {@code expectedVersion}. */
  Versioned<T> update(T value, long expectedVersion);

  /** One page of every aggregate, ordered by id. */
  Page<Versioned<T>> list(PageRequest request);

  /** Deletes the aggregate stored at {@code expectedVersion} if nothing refers to it. */
  void delete(String id, long expectedVersion);
}
