package io.cohesion.persistence.memory;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.persistence.internal.VersionedRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Versioned aggregates that refer to others, under the store's lock: a write first checks that
 * every aggregate it refers to is stored, as the foreign keys of the SQL stores do, and writes
 * nothing when one is missing; a delete first checks that nothing refers to the aggregate. A {@link
 * Reference} to another table is also that table's {@link Referrer}; records kept outside these
 * tables (responses, sessions) are declared with {@link #referredToBy}.
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

  /**
   * Records that refer to an aggregate of this table and keep it from being deleted.
   *
   * @param kind what they are, for messages ({@code building})
   * @param refersTo whether one of them refers to the aggregate with the given id
   * @param remedy what the caller may do about them, for messages
   */
  record Referrer(String kind, Predicate<String> refersTo, String remedy) {}

  private final Object lock;
  private final String kind;
  private final Function<T, String> idOf;
  private final VersionedTable<T> rows;
  private final List<Reference<T>> references;
  private final List<Referrer> referrers = new ArrayList<>();
  private final List<Consumer<String>> owned = new ArrayList<>();

  MemoryTable(Object lock, String kind, Function<T, String> idOf, List<Reference<T>> references) {
    this.lock = lock;
    this.kind = kind;
    this.idOf = idOf;
    this.rows = new VersionedTable<>(kind, idOf);
    this.references = List.copyOf(references);
    for (Reference<T> reference : this.references) {
      reference
          .table()
          .referredToBy(
              new Referrer(
                  kind,
                  id ->
                      rows.all().stream()
                          .anyMatch(v -> reference.ids().apply(v.value()).contains(id)),
                  "delete that first"));
    }
  }

  /**
   * Declares what belongs to an aggregate of this table alone and goes with it when it is deleted
   * (a wave's status and release states): {@code drop} is called with the deleted id.
   */
  void owning(Consumer<String> drop) {
    synchronized (lock) {
      owned.add(drop);
    }
  }

  /** Declares records outside this table that keep its aggregates from being deleted. */
  void referredToBy(Referrer referrer) {
    synchronized (lock) {
      referrers.add(referrer);
    }
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

  @Override
  public void delete(String id, long expectedVersion) {
    synchronized (lock) {
      rows.expect(id, expectedVersion);
      for (Referrer referrer : referrers) {
        if (referrer.refersTo().test(id)) {
          throw VersionedRows.referredTo(kind, id, referrer.kind(), referrer.remedy());
        }
      }
      rows.delete(id);
      owned.forEach(drop -> drop.accept(id));
    }
  }

  @Override
  public Page<Versioned<T>> list(PageRequest request) {
    synchronized (lock) {
      return rows.list(request);
    }
  }

  /** Every aggregate, ordered by id. */
  List<Versioned<T>> all() {
    synchronized (lock) {
      return rows.all();
    }
  }

  /** One page of the aggregates that pass {@code filter}, ordered by id. */
  Page<Versioned<T>> list(Predicate<T> filter, PageRequest request) {
    synchronized (lock) {
      List<Versioned<T>> matching =
          rows.all().stream().filter(v -> filter.test(v.value())).toList();
      List<Versioned<T>> items =
          matching.stream().skip(request.offset()).limit(request.pageSize()).toList();
      return new Page<>(items, request, matching.size());
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
