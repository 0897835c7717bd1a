package io.cohesion.persistence.internal;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import java.util.Optional;
import java.util.function.Function;

/**
 * The verbs of every {@link VersionedRepository} over the rows of one table, in a database or in
 * memory; a subclass adds the listings and queries of its own port. Not API.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 * @param <R> the table
 */
public abstract class TableRepository<I, T, R extends VersionedRows<T>>
    implements VersionedRepository<I, T> {
  protected final R table;
  private final Function<I, String> key;

  protected TableRepository(R table, Function<I, String> key) {
    this.table = table;
    this.key = key;
  }

  @Override
  public Versioned<T> create(T value) {
    return table.create(value);
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    return table.find(key.apply(id));
  }

  @Override
  public Versioned<T> update(T value, long expectedVersion) {
    return table.update(value, expectedVersion);
  }

  @Override
  public Page<Versioned<T>> list(PageRequest request) {
    return table.list(request);
  }

  @Override
  public void delete(I id, long expectedVersion) {
    table.delete(key.apply(id), expectedVersion);
  }
}
