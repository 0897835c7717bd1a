package io.cohesion.persistence.memory;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Versioned aggregates by id, ordered by id. Not thread-safe: the owning store locks. */
final class VersionedTable<T> {
  private final String kind;
  private final Function<T, String> idOf;
  private final TreeMap<String, Versioned<T>> rows = new TreeMap<>();

  VersionedTable(String kind, Function<T, String> idOf) {
    this.kind = kind;
    this.idOf = idOf;
  }

  Versioned<T> insert(T value) {
    String id = idOf.apply(value);
    if (rows.containsKey(id)) {
      throw new ConflictException(kind + " " + id + " exists already");
    }
    Versioned<T> stored = new Versioned<>(value, 1);
    rows.put(id, stored);
    return stored;
  }

  Optional<Versioned<T>> find(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  boolean contains(String id) {
    return rows.containsKey(id);
  }

  Page<Versioned<T>> list(PageRequest page) {
    List<Versioned<T>> items =
        rows.values().stream().skip(page.offset()).limit(page.pageSize()).toList();
    return new Page<>(items, page, rows.size());
  }

  List<Versioned<T>> all() {
    return List.copyOf(rows.values());
  }

  /** Checks that {@code id} is stored at {@code expectedVersion}. */
  Versioned<T> expect(String id, long expectedVersion) {
    Versioned<T> current = rows.get(id);
    if (current == null) {
      throw new NotFoundException(kind, id);
    }
    if (current.version() != expectedVersion) {
      throw new ConflictException(
          kind
              + " "
              + id
              + " is at version "
              + current.version()
              + ", not the expected version "
              + expectedVersion);
    }
    return current;
  }

  Versioned<T> update(T value, long expectedVersion) {
    String id = idOf.apply(value);
    Versioned<T> current = expect(id, expectedVersion);
    Versioned<T> next = new Versioned<>(value, current.version() + 1);
    rows.put(id, next);
    return next;
  }

  void delete(String id) {
    rows.remove(id);
  }
}
