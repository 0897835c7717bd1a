package io.cohesion.persistence.memory;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Versioned;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMapId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Codings of wishes and declared keywords in memory, under the store's one lock. */
final class MemoryWishCodes implements WishCodeRepository {
  private final Object lock;
  private final Predicate<String> mapExists;
  private final Map<String, TreeMap<WishId, Versioned<WishCoding>>> codings = new HashMap<>();
  private final Map<String, Versioned<WishKeywords>> keywords = new HashMap<>();

  MemoryWishCodes(Object lock, Predicate<String> mapExists) {
    this.lock = lock;
    this.mapExists = mapExists;
  }

  @Override
  public Map<WishId, Versioned<WishCoding>> codings(WishMapId map) {
    synchronized (lock) {
      return new TreeMap<>(codings.getOrDefault(map.value(), new TreeMap<>()));
    }
  }

  private void requireMap(WishMapId map) {
    if (!mapExists.test(map.value())) {
      throw new NotFoundException("wish map", map.value());
    }
  }

  @Override
  public Versioned<WishCoding> code(WishCoding coding, long expectedVersion) {
    synchronized (lock) {
      requireMap(coding.map());
      TreeMap<WishId, Versioned<WishCoding>> ofMap =
          codings.computeIfAbsent(coding.map().value(), m -> new TreeMap<>());
      Versioned<WishCoding> current = ofMap.get(coding.wish());
      long version = current == null ? 1 : current.version();
      if (version != expectedVersion) {
        throw new ConflictException(
            "the coding of wish "
                + coding.wish()
                + " is at version "
                + version
                + ", not the expected version "
                + expectedVersion);
      }
      Versioned<WishCoding> stored = new Versioned<>(coding, version + 1);
      ofMap.put(coding.wish(), stored);
      return stored;
    }
  }

  @Override
  public int keepOnly(WishMapId map, long[] responses) {
    long[] keep = responses.clone();
    Arrays.sort(keep);
    synchronized (lock) {
      TreeMap<WishId, Versioned<WishCoding>> ofMap = codings.get(map.value());
      if (ofMap == null) {
        return 0;
      }
      int before = ofMap.size();
      ofMap.keySet().removeIf(wish -> Arrays.binarySearch(keep, wish.response()) < 0);
      return before - ofMap.size();
    }
  }

  @Override
  public Optional<Versioned<WishKeywords>> keywords(WishMapId map) {
    synchronized (lock) {
      return Optional.ofNullable(keywords.get(map.value()));
    }
  }

  @Override
  public Versioned<WishKeywords> declare(WishKeywords declared, long expectedVersion) {
    synchronized (lock) {
      requireMap(declared.map());
      Versioned<WishKeywords> current = keywords.get(declared.map().value());
      long version = current == null ? 1 : current.version();
      if (version != expectedVersion) {
        throw new ConflictException(
            "the keywords of wish map "
                + declared.map()
                + " are at version "
                + version
                + ", not the expected version "
                + expectedVersion);
      }
      Versioned<WishKeywords> stored = new Versioned<>(declared, version + 1);
      keywords.put(declared.map().value(), stored);
      return stored;
    }
  }

  /** Forgets everything of a deleted wish map. */
  void forget(String map) {
    synchronized (lock) {
      codings.remove(map);
      keywords.remove(map);
    }
  }

  /** Forgets the codings of responses that {@code live} no longer holds. */
  void keepLive(String map, Predicate<Long> live) {
    synchronized (lock) {
      TreeMap<WishId, Versioned<WishCoding>> ofMap = codings.get(map);
      if (ofMap != null) {
        ofMap.keySet().removeIf(wish -> !live.test(wish.response()));
      }
    }
  }
}
