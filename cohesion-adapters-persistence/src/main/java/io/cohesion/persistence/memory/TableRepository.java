package io.cohesion.persistence.memory;

import io.cohesion.core.Versioned;
import java.util.Optional;
import java.util.function.Function;

/**
 * The create, find and update of a repository port whose aggregates live in one {@link
 * MemoryTable}; a subclass adds the listings of its port.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 */
abstract class TableRepository<I, T> {
  final MemoryTable<T> table;
  private final Function<I, String> key;

  TableRepository(MemoryTable<T> table, Function<I, String> key) {
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
