package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
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

  /**
   * The refusal to delete a record that another stored record still refers to, worded the same in
   * memory and in SQL.
   *
   * @param kind what is being deleted, such as {@code neighbourhood}
   * @param referrer what refers to it, such as {@code building}
   * @param remedy what to do first, such as {@code delete that first}
   */
  static ConflictException referredTo(String kind, String id, String referrer, String remedy) {
    return new ConflictException(
        kind + " " + id + " is referred to by a stored " + referrer + "; " + remedy);
  }
}
