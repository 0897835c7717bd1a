package io.cohesion.persistence.internal;

import io.cohesion.core.Versioned;
import java.util.Optional;
import java.util.function.Function;

/**
 * The create, find and update of a repository port whose aggregates are the rows of one table, in a
 * database or in memory; a subclass adds the listings of its port. Not API.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 * @param <R> the table
 */
public abstract class TableRepository<I, T, R extends VersionedRows<T>> {
  protected final R table;
  private final Function<I, String> key;

  protected TableRepository(R table, Function<I, String> key) {
    this.table = table;
    this.key = key;
  }

  public Versioned<T> create(T value) {
    return table.create(value);
  }

  public Optional<Versioned<T>> find(I id) {
    return table.find(key.apply(id));
  }

  public Versioned<T> update(T value, long expectedVersion) {
    return table.update(value, expectedVersion);
  }
}
