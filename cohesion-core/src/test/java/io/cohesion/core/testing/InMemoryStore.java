package io.cohesion.core.testing;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A map-based store with versions, for fakes of repository ports in tests: a fake extends it and
 * implements the port, whose {@code create/find/update/list/delete} methods this class already
 * provides. It checks versions but no references: the contract-tested store of the persistence
 * adapter does that. Items are listed in the order of their ids' text.
 */
public class InMemoryStore<I, T> {
  private final String kind;
  private final Function<T, I> idOf;
  private final Map<I, Versioned<T>> items = new TreeMap<>(Comparator.comparing(Object::toString));

  public InMemoryStore(String kind, Function<T, I> idOf) {
    this.kind = kind;
    this.idOf = idOf;
  }

  public Versioned<T> create(T value) {
    I id = idOf.apply(requireNonNull(value));
    if (items.containsKey(id)) {
      throw new ConflictException(kind + " " + id + " exists already");
    }
    Versioned<T> stored = new Versioned<>(value, 1);
    items.put(id, stored);
    return stored;
  }

  public Optional<Versioned<T>> find(I id) {
    return Optional.ofNullable(items.get(id));
  }

  public Versioned<T> update(T value, long expectedVersion) {
    I id = idOf.apply(value);
    Versioned<T> current = items.get(id);
    if (current == null) {
      throw new NotFoundException(kind, id);
    }
    if (current.version() != expectedVersion) {
      throw new ConflictException(
          kind + " " + id + " is at version " + current.version() + ", not " + expectedVersion);
    }
    Versioned<T> stored = new Versioned<>(value, expectedVersion + 1);
    items.put(id, stored);
    return stored;
  }

  public void delete(I id, long expectedVersion) {
    Versioned<T> current = items.get(id);
    if (current == null) {
      throw new NotFoundException(kind, id);
    }
    if (current.version() != expectedVersion) {
      throw new ConflictException(
          kind + " " + id + " is at version " + current.version() + ", not " + expectedVersion);
    }
    items.remove(id);
  }

  public Page<Versioned<T>> list(PageRequest request) {
    return list(v -> true, request);
  }

  /** One page of the items that pass {@code filter}. */
  public Page<Versioned<T>> list(Predicate<T> filter, PageRequest request) {
    List<Versioned<T>> matching =
        items.values().stream().filter(v -> filter.test(v.value())).toList();
    int from = (int) Math.min(request.offset(), matching.size());
    int to = Math.min(from + request.pageSize(), matching.size());
    return new Page<>(matching.subList(from, to), request, matching.size());
  }

  /** How many items are stored. */
  public int size() {
    return items.size();
  }
}
