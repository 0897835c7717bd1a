package io.cohesion.persistence.memory;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.persistence.internal.VersionedRows;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Versioned aggregates that refer to others, under the store's lock: a write first checks that
 * every aggregate it refers to is stored, as the foreign keys of the SQL stores do, and writes
 * nothing when one is missing.
 */
final class MemoryTable<T> implements VersionedRows<T> {
  /**
   * Aggregates of another table an aggregate refers to.
   *
   * @param kind what they are, for messages
   * @param table where they are kept
   * @param ids their ids
   */
  record Reference<T>(String kind, MemoryTable<?> table, Function<T, List<String>> ids) {
    static <T> Reference<T> one(String kind, MemoryTable<?> table, Function<T, String> id) {
      return new Reference<>(kind, table, t -> List.of(id.apply(t)));
    }
  }

  private final Object lock;
  private final Function<T, String> idOf;
  private final VersionedTable<T> rows;
  private final List<Reference<T>> references;

  MemoryTable(Object lock, String kind, Function<T, String> idOf, List<Reference<T>> references) {
    this.lock = lock;
    this.idOf = idOf;
    this.rows = new VersionedTable<>(kind, idOf);
    this.references = List.copyOf(references);
  }

  @Override
  public Versioned<T> create(T value) {
    synchronized (lock) {
      requireReferences(value);
      return rows.insert(value);
    }
  }

  @Override
  public Optional<Versioned<T>> find(String id) {
    synchronized (lock) {
      return rows.find(id);
    }
  }

  boolean contains(String id) {
    synchronized (lock) {
      return rows.contains(id);
    }
  }

  @Override
  public Versioned<T> update(T value, long expectedVersion) {
    synchronized (lock) {
      // The version first, so that an unknown or stale aggregate is reported as such.
      rows.expect(idOf.apply(value), expectedVersion);
      requireReferences(value);
      return rows.update(value, expectedVersion);
    }
  }

  Page<Versioned<T>> list(PageRequest page) {
    synchronized (lock) {
      return rows.list(page);
    }
  }

  /** One page of the aggregates that pass {@code filter}, ordered by id. */
  Page<Versioned<T>> list(Predicate<T> filter, PageRequest page) {
    synchronized (lock) {
      List<Versioned<T>> matching =
          rows.all().stream().filter(v -> filter.test(v.value())).toList();
      List<Versioned<T>> items =
          matching.stream().skip(page.offset()).limit(page.pageSize()).toList();
      return new Page<>(items, page, matching.size());
    }
  }

  private void requireReferences(T value) {
    for (Reference<T> reference : references) {
      for (String id : reference.ids().apply(value)) {
        if (!reference.table().contains(id)) {
          throw new NotFoundException(reference.kind(), id);
        }
      }
    }
  }
}
